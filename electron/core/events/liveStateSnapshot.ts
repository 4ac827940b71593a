import type { TimelineItem } from '../../../shared/contract/events';

type Kept = Extract<TimelineItem, { type: 'connection' | 'columnState' | 'unread' }>;

/**
 * The latest connection state per account, live state per column and unread count per account,
 * so a renderer that connects (or reloads) late learns what it missed.
 */
export class LiveStateSnapshot {
  private readonly latest = new Map<string, Kept>();

  record(item: TimelineItem): void {
    if (item.type === 'connection' || item.type === 'unread') this.latest.set(`${item.type}:${item.accountId}`, item);
    if (item.type === 'columnState') this.latest.set(`columnState:${item.columnId}`, item);
  }

  items(): TimelineItem[] {
    return [...this.latest.values()];
  }
}
