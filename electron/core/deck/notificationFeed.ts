import type { NotificationItem, Notification } from '../../../shared/model/notification';
import type { MisskeyClient } from '../misskey/misskeyClient';
import type { Logger } from '../platform';
import type { HubAccount, StreamingHub } from '../streaming/streamingHub';
import { mergeIntoRow } from '../../../shared/model/notificationGroup';
import { oneAtATime } from './oneAtATime';
import { RecentIds } from './recentIds';

export interface NotificationFeedOptions {
  columnId: string;
  client: MisskeyClient;
  hub: StreamingHub;
  account: HubAccount;
  logger: Logger;
  emit(items: NotificationItem[]): void;
}

const pageSize = 100;
const backfillMaxPages = 5;

const looksLikeNotification = (value: unknown): value is Notification =>
  typeof value === 'object' && value !== null && typeof (value as Notification).id === 'string' && typeof (value as Notification).type === 'string';

/**
 * One account's notifications for a column, grouped as Misskey groups them: pages from `i/notifications-grouped`,
 * live ones from `main` merged into the newest row when they continue it (same type on the same note).
 * A reconnect backfills single notifications from `i/notifications` since the newest id and merges them the same way.
 */
export class NotificationFeed {
  /** The newest row as the column shows it (maybe a group). */
  private top: Notification | null = null;
  /** The newest notification id known (a group's id is its oldest member's, so a backfill may re-read members). */
  private newestId: string | null = null;
  /** The oldest row loaded: older pages go on from its id. */
  private oldestId: string | null = null;
  private readonly delivered = new RecentIds(5_000);
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly options: NotificationFeedOptions) {}

  get accountId(): string {
    return this.options.account.accountId;
  }

  start(): void {
    this.unsubscribe = this.options.hub.subscribe(this.options.account, 'main', {}, (type, body) => {
      if (type === 'notification' && looksLikeNotification(body)) this.deliver([body]);
    });
  }

  /** Notifications the column showed when the app last ran: already delivered, and where a catch-up starts. */
  seed(rows: readonly Notification[]): void {
    for (const row of rows) {
      this.delivered.add(row.id);
      this.noteIds(row.id);
      if (!this.top || row.createdAt > this.top.createdAt) this.top = row;
    }
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** The latest page, or (with `older`) the page before the oldest loaded. Reading does not mark them read. */
  async load(older: boolean, limit: number): Promise<NotificationItem[]> {
    if (older && this.oldestId === null) return [];
    const page = await this.page('i/notifications-grouped', { limit, ...(older && this.oldestId ? { untilId: this.oldestId } : {}) });
    for (const notification of page) this.delivered.add(notification.id);
    const first = page[0];
    if (!older && first && (!this.top || first.id === this.top.id || first.createdAt >= this.top.createdAt)) this.top = first;
    for (const notification of page) this.noteIds(notification.id);
    return page.map((notification) => ({ accountId: this.accountId, notification }));
  }

  readonly backfill = oneAtATime(() => this.fillGap());

  private async fillGap(): Promise<void> {
    for (let page = 0; page < backfillMaxPages && this.newestId; page++) {
      const notifications = await this.page('i/notifications', { sinceId: this.newestId, limit: pageSize });
      this.deliver(notifications);
      if (notifications.length < pageSize) return;
    }
  }

  /** Single notifications (live or backfilled), oldest first, each merged into the newest row or a row of its own. */
  private deliver(notifications: Notification[]): void {
    const items: NotificationItem[] = [];
    const oldestFirst = [...notifications].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
    for (const notification of oldestFirst) {
      if (!this.delivered.add(notification.id)) continue;
      this.noteIds(notification.id, false);
      const outcome = this.top ? mergeIntoRow(this.top, notification) : ({ kind: 'separate' } as const);
      if (outcome.kind === 'known') continue;
      if (outcome.kind === 'merged') {
        this.top = outcome.row;
        items.push({ accountId: this.accountId, notification: outcome.row, arrived: notification });
        continue;
      }
      if (!this.top || notification.createdAt >= this.top.createdAt) this.top = notification;
      items.push({ accountId: this.accountId, notification });
    }
    if (items.length > 0) this.options.emit(items);
  }

  private noteIds(id: string, asOldest = true): void {
    if (this.newestId === null || id > this.newestId) this.newestId = id;
    if (asOldest && (this.oldestId === null || id < this.oldestId)) this.oldestId = id;
  }

  private async page(endpoint: 'i/notifications' | 'i/notifications-grouped', params: { limit: number; untilId?: string; sinceId?: string }): Promise<Notification[]> {
    const answer: unknown = await this.options.client.requestUntyped(endpoint, { ...params, markAsRead: false });
    return Array.isArray(answer) ? answer.filter(looksLikeNotification) : [];
  }
}
