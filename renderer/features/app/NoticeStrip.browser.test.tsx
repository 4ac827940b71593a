import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { I18nextProvider } from 'react-i18next';
import type { AppStatus } from '../../../shared/model/appStatus';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { i18n } from '../../i18n';
import { createAppStore, StoreContext } from '../../store';
import { fakeBridge } from '../../store/testing/fakeBridge';
import { NoticeStrip } from './NoticeStrip';

const serverWords = '<img src=x data-injected> {{host}}';
const status: AppStatus = {
  tokenStorage: { description: 'safeStorage:basic_text', isStrong: false, sessionOnly: false },
  notices: [
    { id: 'weak-token-storage', level: 'warning', ...coreMessage('weakTokenStorage'), action: 'keepTokensForSessionOnly' },
    { id: 'notice-1', level: 'error', ...coreMessage('misskeyError', { host: 'misskey.test', serverMessage: serverWords }) },
    { id: 'notice-2', level: 'info', message: 'From a newer core.' },
  ],
};

async function renderStrip() {
  const store = createAppStore(fakeBridge().api);
  store.getState().setAppStatus(status);
  return render(
    <I18nextProvider i18n={i18n}>
      <StoreContext value={store}>
        <NoticeStrip />
      </StoreContext>
    </I18nextProvider>,
  );
}

const noticeText = (id: string) => document.querySelector(`[data-notice-id="${id}"] .notice-message`)?.textContent;

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('notice strip', () => {
  it('shows the core’s notices in the user’s language, and follows a change of language', async () => {
    const screen = await renderStrip();
    await expect.element(screen.getByText(/No system keyring is available/)).toBeVisible();
    await i18n.changeLanguage('ja');
    await expect.element(screen.getByText(/システムのキーリングが使えないため/)).toBeVisible();
    expect(noticeText('notice-2')).toBe('お知らせ: From a newer core.');
  });

  it('shows a server’s own words as plain text', async () => {
    await renderStrip();
    await expect.poll(() => noticeText('notice-1')).toBe(`Problem: misskey.test: ${serverWords}`);
    expect(document.querySelector('[data-injected]')).toBeNull();
  });
});
