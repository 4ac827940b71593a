import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { I18nextProvider } from 'react-i18next';
import { defaultSettings, type Settings } from '../../../shared/model/settings';
import { i18n } from '../../i18n';
import { createAppStore, StoreContext } from '../../store';
import { account, fakeBridge, ok } from '../../store/testing/fakeBridge';
import { useAppearance } from '../../theme/appearance';
import { MediaGrid } from '../media/MediaGrid';
import { SettingsDialog } from './SettingsDialog';
import { createSettingsStore, SettingsContext } from './settingsStore';

function Appearance() {
  useAppearance();
  return null;
}

async function renderDialog(initial: Settings = defaultSettings) {
  const fake = fakeBridge({ 'settings.update': ({ patch }) => ok({ ...current, ...patch } as Settings) });
  let current: Settings = initial;
  const settings = createSettingsStore(fake.api, initial);
  settings.subscribe((s) => (current = s.settings));
  const store = createAppStore(fake.api);
  store.setState({ accounts: [account('a1', { username: 'alice', host: 'misskey.test' })] });
  const screen = await render(
    <I18nextProvider i18n={i18n}>
      <StoreContext value={store}>
        <SettingsContext value={settings}>
          <Appearance />
          <SettingsDialog onClose={() => {}} />
          <MediaGrid files={[{ id: 'f1', kind: 'image', name: 'cat.png', url: 'https://misskey.test/cat.png', thumbnailUrl: null, isSensitive: false, comment: null, type: 'image/png', width: null, height: null }]} />
        </SettingsContext>
      </StoreContext>
    </I18nextProvider>,
  );
  return { fake, settings, screen };
}

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('settings dialog', () => {
  it('is a dialog named Settings; theme, text size and density reach <html> and the core', async () => {
    const { fake, settings, screen } = await renderDialog();
    await expect.element(screen.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await screen.getByRole('combobox', { name: 'Theme' }).selectOptions('dark');
    await expect.poll(() => document.documentElement.dataset.theme).toBe('dark');
    await screen.getByRole('combobox', { name: 'Theme' }).selectOptions('light');
    await expect.poll(() => document.documentElement.dataset.theme).toBe('light');
    await screen.getByRole('combobox', { name: 'Note density' }).selectOptions('compact');
    await expect.poll(() => document.documentElement.dataset.density).toBe('compact');
    await screen.getByRole('combobox', { name: 'Motion' }).selectOptions('reduce');
    await expect.poll(() => document.documentElement.dataset.motion).toBe('reduce');
    expect(fake.callsOf('settings.update')).toContainEqual({ patch: { theme: 'dark' } });
    // Text size: the slider's value becomes the root font size (the CSS is rem-based).
    const slider = screen.getByRole('slider', { name: 'Text size' });
    await expect.element(slider).toHaveAttribute('aria-valuetext', '14 px');
    await settings.getState().update({ fontSize: 18 });
    await expect.poll(() => document.documentElement.style.fontSize).toBe('18px');
    await expect.element(slider).toHaveAttribute('aria-valuetext', '18 px');
  });

  it('switches the language live', async () => {
    const { screen } = await renderDialog();
    await screen.getByRole('combobox', { name: 'Language' }).selectOptions('ja');
    await expect.element(screen.getByRole('dialog', { name: '設定' })).toBeVisible();
    await expect.poll(() => document.documentElement.lang).toBe('ja');
    await expect.element(screen.getByRole('combobox', { name: 'テーマ' })).toBeVisible();
  });

  it('hides all media when media is "hide", and shows sensitive media at once when "show"', async () => {
    const { screen } = await renderDialog();
    await expect.element(screen.getByRole('button', { name: /^Open image 1 of 1/ })).toBeVisible();
    await screen.getByRole('combobox', { name: 'Media' }).selectOptions('hide');
    await expect.element(screen.getByRole('button', { name: 'Show hidden image' })).toBeVisible();
  });

  it('link previews are on by default and turn off in the core', async () => {
    const { fake, settings, screen } = await renderDialog();
    const toggle = screen.getByRole('checkbox', { name: 'Show link previews' });
    await expect.element(toggle).toBeChecked();
    await toggle.click();
    await expect.element(toggle).not.toBeChecked();
    expect(fake.callsOf('settings.update')).toEqual([{ patch: { linkPreviews: false } }]);
    expect(settings.getState().settings.linkPreviews).toBe(false);
  });

  it('desktop notifications per account are settings', async () => {
    const { fake, screen } = await renderDialog({ ...defaultSettings, desktopNotifications: { a1: true } });
    const toggle = screen.getByRole('switch', { name: 'Desktop notifications' });
    await expect.element(toggle).toHaveAttribute('aria-checked', 'true');
    // Turning off needs no permission: straight to settings.
    await toggle.click();
    await expect.element(toggle).toHaveAttribute('aria-checked', 'false');
    expect(fake.callsOf('settings.update')).toEqual([{ patch: { desktopNotifications: { a1: false } } }]);
  });
});
