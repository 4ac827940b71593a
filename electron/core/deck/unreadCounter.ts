import type { MisskeyClient } from '../misskey/misskeyClient';
import type { Logger } from '../platform';
import type { HubAccount, StreamingHub } from '../streaming/streamingHub';

/** An account's unread notification count: read once from `i`, then kept by its `main` channel. */
export class UnreadCounter {
  private count = 0;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly account: HubAccount,
    private readonly client: MisskeyClient,
    private readonly hub: StreamingHub,
    private readonly logger: Logger,
    private readonly emit: (unreadNotifications: number) => void,
  ) {}

  start(): void {
    this.unsubscribe = this.hub.subscribe(this.account, 'main', {}, (type) => {
      if (type === 'unreadNotification') this.set(this.count + 1);
      if (type === 'readAllNotifications') this.set(0);
    });
    this.client.requestUntyped('i', {}).then(
      (me) => {
        const unread = (me as { unreadNotificationsCount?: unknown }).unreadNotificationsCount;
        if (typeof unread === 'number') this.set(unread);
      },
      (error: unknown) => this.logger.warn('could not read the unread count', { error: String(error) }),
    );
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private set(count: number): void {
    this.count = count;
    this.emit(count);
  }
}
