import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store';
import { useSettings, useSettingsStore } from '../settings/settingsStore';
import { browserNotifications, notifyDesktop, takeLegacyDesktopPrefs } from './desktopNotifications';

/** Shows a desktop notification for each live notification of an account that asked for them (in settings). */
export function useDesktopNotifier(): void {
  const store = useAppStoreApi();
  const settings = useSettingsStore();
  const loaded = useSettings((s) => s.loaded);
  // Choices made before settings existed (localStorage) move into settings once.
  useEffect(() => {
    if (!loaded) return;
    const legacy = takeLegacyDesktopPrefs();
    if (legacy) void settings.getState().update({ desktopNotifications: { ...legacy, ...settings.getState().settings.desktopNotifications } });
  }, [loaded, settings]);
  useEffect(
    () =>
      store.getState().onLiveNotifications((items) => {
        const N = browserNotifications();
        if (!N || N.permission !== 'granted') return;
        notifyDesktop(items, {
          accounts: () => store.getState().accounts,
          enabled: (accountId) => settings.getState().settings.desktopNotifications[accountId] === true,
          focused: () => document.hasFocus(),
          show: ({ title, body, tag, icon }) => {
            try {
              new N(title, { body, tag, ...(icon ? { icon } : {}) });
            } catch {
              // Some shells have the constructor but refuse it; the column still shows the notification.
            }
          },
        });
      }),
    [store, settings],
  );
}

/** Whether an account has desktop notifications on (settings), and a way to turn them on (asking permission) or off. */
export function useDesktopNotificationsPref(accountId: string): [boolean, (on: boolean) => Promise<string | null>] {
  const { t } = useTranslation();
  const settings = useSettingsStore();
  const on = useSettings((s) => s.settings.desktopNotifications[accountId] === true);
  const save = async (next: boolean): Promise<string | null> => {
    const ok = await settings.getState().update({ desktopNotifications: { ...settings.getState().settings.desktopNotifications, [accountId]: next } });
    return ok ? null : (settings.getState().error ?? t('settings.saveFailed'));
  };
  const set = async (next: boolean): Promise<string | null> => {
    if (!next) return save(false);
    const N = browserNotifications();
    if (!N) return t('settings.notificationsUnavailable');
    const permission = N.permission === 'granted' ? 'granted' : await N.requestPermission();
    if (permission !== 'granted') return t('settings.notificationsBlocked');
    return save(true);
  };
  return [on, set];
}
