import type { AccountView } from '../../../shared/model/account';
import type { ChatMessage } from '../../../shared/model/chat';
import { accountAcct, userDisplayName } from '../../lib/acct';
import { t } from '../../i18n';

/** Chat's desktop choice sits beside the account's notification choice, under its own key. */
export const chatNotificationsKey = (accountId: string): string => `chat:${accountId}`;

/** What a desktop notification for a chat message says; the tag shows each message once. */
export function chatNotificationContent(message: ChatMessage, account: AccountView | undefined): { title: string; body: string; tag: string } {
  const from = message.fromUser ? userDisplayName(message.fromUser) : '';
  const title = t('chat.newMessageFrom', { name: from });
  const body = (message.text ?? t('chat.fileMessage')).slice(0, 200);
  return { title: account ? `${title} (${accountAcct(account)})` : title, body, tag: `chat/${account?.id ?? ''}/${message.id}` };
}
