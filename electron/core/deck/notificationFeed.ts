import type { NotificationItem, Notification } from '../../../shared/model/notification';
import type { MisskeyClient } from '../misskey/misskeyClient';
import type { Logger } from '../platform';
import type { HubAccount, StreamingHub } from '../streaming/streamingHub';
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

/** One account's notifications for a column: pages from `i/notifications`, live ones from `main`. */
export class NotificationFeed {
  private newest: Notification | null = null;
  private oldest: Notification | null = null;
  private readonly delivered = new RecentIds(5_000);
  private unsubscribe: (() => void) | null = null;
  private backfilling: Promise<void> | null = null;

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
  seed(notifications: readonly Notification[]): void {
    for (const notification of notifications) this.delivered.add(notification.id);
    this.track([...notifications]);
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** The latest page, or (with `older`) the page before the oldest loaded. Reading does not mark them read. */
  async load(older: boolean, limit: number): Promise<NotificationItem[]> {
    if (older && this.oldest === null) return [];
    const page = await this.page({ limit, ...(older && this.oldest ? { untilId: this.oldest.id } : {}) });
    for (const notification of page) this.delivered.add(notification.id);
    this.track(page);
    return page.map((notification) => ({ accountId: this.accountId, notification }));
  }

  backfill(): Promise<void> {
    this.backfilling ??= this.fillGap().finally(() => {
      this.backfilling = null;
    });
    return this.backfilling;
  }

  private async fillGap(): Promise<void> {
    for (let page = 0; page < backfillMaxPages && this.newest; page++) {
      const notifications = await this.page({ sinceId: this.newest.id, limit: pageSize });
      this.deliver(notifications);
      if (notifications.length < pageSize) return;
    }
  }

  private deliver(notifications: Notification[]): void {
    const fresh = notifications.filter((notification) => this.delivered.add(notification.id));
    this.track(fresh);
    if (fresh.length > 0) this.options.emit(fresh.map((notification) => ({ accountId: this.accountId, notification })));
  }

  private track(notifications: Notification[]): void {
    for (const notification of notifications) {
      if (!this.newest || notification.createdAt > this.newest.createdAt) this.newest = notification;
      if (!this.oldest || notification.createdAt < this.oldest.createdAt) this.oldest = notification;
    }
  }

  private async page(params: { limit: number; untilId?: string; sinceId?: string }): Promise<Notification[]> {
    const answer: unknown = await this.options.client.requestUntyped('i/notifications', { ...params, markAsRead: false });
    return Array.isArray(answer) ? answer.filter(looksLikeNotification) : [];
  }
}
