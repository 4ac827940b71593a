import type { ReactNode } from 'react';
import { render } from 'vitest-browser-react';
import type { MissDeckApi } from '../../../../shared/contract/bridge';
import type { AccountView } from '../../../../shared/model/account';
import type { ColumnView } from '../../../../shared/model/column';
import { createAppStore, StoreContext, type AppStore } from '../../../store';
import { account, fakeBridge, type FakeHandlers } from '../../../store/testing/fakeBridge';
import { notesUiActions } from '../state/notesUi';
import { resetFolds } from '../collapse/folds';
import { resetServerData } from '../state/serverData';
import { resetTranslations } from '../translate/translations';

let current: ReturnType<typeof fakeBridge> = fakeBridge();

// `getBridge()` reads `window.missdeck` once: point it at whichever fake the test set up.
window.missdeck = {
  commands: new Proxy({} as MissDeckApi['commands'], { get: (_t, name: string) => (current.api.commands as unknown as Record<string, unknown>)[name] }),
  on: (name, listener) => current.api.on(name, listener),
};

export const me = account('a1', { userId: 'u-me', username: 'me', host: 'misskey.test', server: 'https://misskey.test', isDefault: true });
export const other = account('a2', { userId: 'u-other', username: 'taro', host: 'other.test', server: 'https://other.test' });

export interface Setup {
  fake: ReturnType<typeof fakeBridge>;
  store: AppStore;
}

/** A fresh fake bridge, app store (accounts, one column `c1` of `a1`) and note UI state. */
export function setup(handlers: FakeHandlers = {}, options: { accounts?: AccountView[]; columns?: ColumnView[] } = {}): Setup {
  current = fakeBridge({
    'server.emojis': () => ({ ok: true, value: [] }),
    'server.info': () => ({ ok: true, value: { name: null, version: null, maxNoteTextLength: 3000, maxFilesPerNote: 16, iconUrl: null, translatorAvailable: false } }),
    'drafts.get': () => ({ ok: true, value: null }),
    ...handlers,
  });
  notesUiActions.reset();
  resetServerData();
  resetFolds();
  resetTranslations();
  localStorage.clear();
  const store = createAppStore(current.api);
  store.setState({
    accounts: options.accounts ?? [me],
    columns: options.columns ?? [{ id: 'c1', accountId: 'a1', kind: 'home', params: {}, width: 340, collapsed: false }],
  });
  return { fake: current, store };
}

/** Render inside the store and a column `c1` (so notes find their account). */
export function renderIn({ store }: Setup, ui: ReactNode) {
  return render(
    <StoreContext value={store}>
      <section data-column-id="c1">{ui}</section>
    </StoreContext>,
  );
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
