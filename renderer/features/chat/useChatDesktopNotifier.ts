import { useEffect } from 'react';
import { useAppStoreApi } from '../../store';
import { useSettingsStore } from '../settings/settingsStore';
import { browserNotifications } from '../notifications/desktopNotifications';
import { chatNotificationContent, chatNotificationsKey } from './chatNotifications';
import { onChatUnread } from './chatStore';

/** A desktop notification for a chat message left unread, for accounts that asked, while the window is not focused. */
export function useChatDesktopNotifier(): void {
  const store = useAppStoreApi();
  const settings = useSettingsStore();
  useEffect(
    () =>
      onChatUnread((accountId, message) => {
        const N = browserNotifications();
        if (!N || N.permission !== 'granted' || document.hasFocus()) return;
        if (settings.getState().settings.desktopNotifications[chatNotificationsKey(accountId)] !== true) return;
        const account = store.getState().accounts.find((a) => a.id === accountId);
        const { title, body, tag } = chatNotificationContent(message, account);
        try {
          new N(title, { body, tag, ...(message.fromUser?.avatarUrl ? { icon: message.fromUser.avatarUrl } : {}) });
        } catch {
          // Some shells have the constructor but refuse it; the chat column still marks the conversation.
        }
      }),
    [store, settings],
  );
}
