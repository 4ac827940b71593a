import type { NotificationItem } from '../../shared/model/notification';
import { columnWindow } from './noteOrder';

/** One notification of one account: the same id on two servers is two notifications. */
export const notificationKey = (item: NotificationItem): string => `${item.accountId}/${item.notification.id}`;

const newestFirst = (a: NotificationItem, b: NotificationItem): number => {
  const ta = a.notification.createdAt ?? '';
  const tb = b.notification.createdAt ?? '';
  if (ta !== tb) return ta < tb ? 1 : -1;
  const ka = notificationKey(a);
  const kb = notificationKey(b);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
};

/** Merge notifications into a column's list: never a duplicate, newest first, at most `limit`. */
export function mergeNotifications(existing: readonly NotificationItem[], incoming: readonly NotificationItem[], limit = columnWindow): NotificationItem[] {
  const byKey = new Map<string, NotificationItem>();
  for (const item of existing) byKey.set(notificationKey(item), item);
  let added = 0;
  for (const item of incoming) {
    if (!item?.notification || typeof item.notification.id !== 'string') continue;
    if (!byKey.has(notificationKey(item))) added++;
    byKey.set(notificationKey(item), item.arrived ? { accountId: item.accountId, notification: item.notification } : item);
  }
  if (added === 0 && incoming.length === 0) return [...existing];
  const merged = [...byKey.values()].sort(newestFirst);
  return merged.length > limit ? merged.slice(0, limit) : merged;
}
