import { useEffect, useSyncExternalStore } from 'react';
import { useAppStoreApi } from '../../store';
import { browserNotifications, notifyDesktop, readDesktopPrefs, setDesktopNotifications, subscribeDesktopPrefs } from './desktopNotifications';

/** Shows a desktop notification for each live notification of an account that asked for them. */
export function useDesktopNotifier(): void {
  const store = useAppStoreApi();
  useEffect(
    () =>
      store.getState().onLiveNotifications((items) => {
        const N = browserNotifications();
        if (!N || N.permission !== 'granted') return;
        notifyDesktop(items, {
          accounts: () => store.getState().accounts,
          enabled: (accountId) => readDesktopPrefs()[accountId] === true,
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
    [store],
  );
}

/** Whether an account has desktop notifications on, and a way to turn them on (asking permission) or off. */
export function useDesktopNotificationsPref(accountId: string): [boolean, (on: boolean) => Promise<string | null>] {
  const on = useSyncExternalStore(subscribeDesktopPrefs, () => readDesktopPrefs()[accountId] === true);
  const set = async (next: boolean): Promise<string | null> => {
    if (!next) {
      setDesktopNotifications(accountId, false);
      return null;
    }
    const N = browserNotifications();
    if (!N) return 'This system cannot show desktop notifications.';
    const permission = N.permission === 'granted' ? 'granted' : await N.requestPermission();
    if (permission !== 'granted') return 'Desktop notifications are blocked for MissDeck by the system.';
    setDesktopNotifications(accountId, true);
    return null;
  };
  return [on, set];
}
