import type { ColumnView } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import type { MisskeyClient } from '../misskey/misskeyClient';
import type { Logger } from '../platform';
import type { HubAccount, StreamingHub } from '../streaming/streamingHub';
import { RecentIds } from './recentIds';
import type { TimelineSource } from './timelineSources';

export interface TimelineFeedOptions {
  column: ColumnView;
  source: TimelineSource;
  client: MisskeyClient;
  hub: StreamingHub;
  account: HubAccount;
  logger: Logger;
  /** New notes for the renderer, each delivered once. */
  emit(notes: Note[]): void;
}

const backfillPageSize = 100;
const backfillMaxPages = 20;

const isNewer = (a: Note, b: Note): boolean => a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);

const looksLikeNote = (value: unknown): value is Note =>
  typeof value === 'object' && value !== null && typeof (value as Note).id === 'string' && typeof (value as Note).createdAt === 'string';

/**
 * One timeline column's notes: pages from REST, live notes from the shared channel, and after a
 * reconnect the gap filled forward from the newest note held, so nothing is lost or doubled.
 */
export class TimelineFeed {
  private newest: Note | null = null;
  private readonly delivered = new RecentIds(5_000);
  private unsubscribe: (() => void) | null = null;
  private backfilling: Promise<void> | null = null;

  constructor(private readonly options: TimelineFeedOptions) {}

  start(): void {
    const { hub, account, source } = this.options;
    this.unsubscribe = hub.subscribe(account, source.channel, { withRenotes: true }, (type, body) => {
      if (type === 'note' && looksLikeNote(body)) this.deliver([body]);
    });
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** A page of notes, newest first: the latest, or those older than `untilId`. */
  async load(untilId: string | undefined, limit: number): Promise<Note[]> {
    const notes = await this.page({ limit, ...(untilId ? { untilId } : {}) });
    for (const note of notes) {
      this.delivered.add(note.id);
      this.noteNewest(note);
    }
    return notes;
  }

  /** Called after the socket is back: pages forward from the newest note held until caught up. */
  backfill(): Promise<void> {
    this.backfilling ??= this.fillGap().finally(() => {
      this.backfilling = null;
    });
    return this.backfilling;
  }

  private async fillGap(): Promise<void> {
    if (!this.newest) return;
    for (let page = 0; page < backfillMaxPages; page++) {
      // `sinceId` alone answers oldest first: the notes right after the newest we hold.
      const notes = await this.page({ sinceId: this.newest.id, limit: backfillPageSize });
      this.deliver(notes);
      if (notes.length < backfillPageSize) return;
    }
    this.options.logger.warn('timeline gap larger than the backfill allows', { columnId: this.options.column.id });
  }

  private deliver(notes: Note[]): void {
    const fresh = notes.filter((note) => this.delivered.add(note.id));
    for (const note of fresh) this.noteNewest(note);
    if (fresh.length > 0) this.options.emit(fresh);
  }

  private noteNewest(note: Note): void {
    if (!this.newest || isNewer(note, this.newest)) this.newest = note;
  }

  private async page(params: { limit: number; untilId?: string; sinceId?: string }): Promise<Note[]> {
    const answer: unknown = await this.options.client.requestUntyped(this.options.source.endpoint, params);
    if (!Array.isArray(answer)) return [];
    return answer.filter(looksLikeNote);
  }
}
