import type { entities } from 'misskey-js';

export type Notification = entities.Notification;

/** A notification with the account it was for, so one column can gather every account's. */
export interface NotificationItem {
  accountId: string;
  notification: Notification;
}
