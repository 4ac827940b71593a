import type { entities } from 'misskey-js';

export type Notification = entities.Notification;

/** A notification with the account it was for, so one column can gather every account's. */
export interface NotificationItem {
  accountId: string;
  notification: Notification;
  /**
   * Set when a live notification was merged into an existing grouped row (`notification` is the updated row,
   * same id): the single notification that arrived, for desktop notifications and unseen counts.
   */
  arrived?: Notification;
}
