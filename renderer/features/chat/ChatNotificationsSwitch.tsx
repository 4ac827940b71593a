import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesktopNotificationsPref } from '../notifications/useDesktopNotifier';
import { chatNotificationsKey } from './chatNotifications';

/** The account's choice of desktop notifications for new chat messages (kept with the other desktop choices). */
export function ChatNotificationsSwitch({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [on, set] = useDesktopNotificationsPref(chatNotificationsKey(accountId));
  const [error, setError] = useState<string | null>(null);
  return (
    <label className="chat-switch">
      <input type="checkbox" checked={on} onChange={(event) => void set(event.currentTarget.checked).then(setError)} data-chat-desktop-notifications />
      {t('chat.desktopNotifications')}
      {error && <span className="chat-attachment-error">{error}</span>}
    </label>
  );
}
