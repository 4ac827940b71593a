import type { Announcement } from '../../../shared/model/announcement';
import type { MisskeyClient } from '../misskey/misskeyClient';
import type { Logger } from '../platform';
import type { HubAccount, StreamingHub } from '../streaming/streamingHub';
import { listAnnouncements, parseAnnouncement } from './readAnnouncements';

export type AnnouncementNews = { unread: Announcement[] } | { created: Announcement } | { allRead: true };

const createdIn = (body: unknown): Announcement | null => {
  const announcement = parseAnnouncement((body as { announcement?: unknown } | null)?.announcement);
  // The streamed one has no isRead and forYou false even when it is addressed to us (recorded): it is new.
  return announcement ? { ...announcement, isRead: false } : null;
};

/**
 * One account's announcements as they reach it (the renderer lists the unread ones itself when it starts): the
 * unread ones again after a reconnect, which may have missed some, global ones from the socket's top-level `announcementCreated`, personal ones from `main`,
 * and `readAllAnnouncements` when they were all read elsewhere (the web client).
 */
export class AnnouncementWatcher {
  private stops: (() => void)[] = [];

  constructor(
    private readonly account: HubAccount,
    private readonly client: MisskeyClient,
    private readonly hub: StreamingHub,
    private readonly logger: Logger,
    private readonly emit: (news: AnnouncementNews) => void,
  ) {}

  start(): void {
    this.stops.push(
      this.hub.subscribe(this.account, 'main', {}, (type, body) => {
        if (type === 'announcementCreated') this.created(body);
        if (type === 'readAllAnnouncements') this.emit({ allRead: true });
      }),
      this.hub.onTopLevel((accountId, type, body) => {
        if (accountId === this.account.accountId && type === 'announcementCreated') this.created(body);
      }),
    );
  }

  /** Reads the unread ones again (after a reconnect). */
  refresh(): void {
    listAnnouncements(this.client, true).then(
      (list) => this.emit({ unread: list.filter((announcement) => !announcement.isRead) }),
      (error: unknown) => this.logger.warn('could not read announcements', { error: String(error) }),
    );
  }

  stop(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
  }

  private created(body: unknown): void {
    const announcement = createdIn(body);
    if (announcement) this.emit({ created: announcement });
  }
}
