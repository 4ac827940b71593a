import type { ColumnView } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { CoreText } from '../../../shared/messages/coreText';
import type { MisskeyClient } from '../misskey/misskeyClient';
import type { Logger } from '../platform';
import type { HubAccount, StreamingHub } from '../streaming/streamingHub';
import type { NoteFeedSpec } from './feedSpecs';
import { oneAtATime } from './oneAtATime';
import { RecentIds } from './recentIds';

export type ColumnLiveState = 'live' | 'refused' | 'polling';

export interface NoteFeedOptions {
  column: ColumnView;
  spec: NoteFeedSpec;
  client: MisskeyClient;
  hub: StreamingHub;
  account: HubAccount;
  logger: Logger;
  /** New notes for the renderer, each delivered once. */
  emit(notes: Note[]): void;
  /** Notes a reconnect could not fill: between `sinceId` and `untilId`. */
  emitGap(sinceId: string, untilId: string): void;
  emitState(state: ColumnLiveState, reason?: CoreText): void;
}

const backfillPageSize = 100;
/** Beyond this many pages after a reconnect, the rest is left behind a gap marker. */
const backfillMaxPages = 5;

const isNewer = (a: Note, b: Note): boolean => a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);

export const looksLikeNote = (value: unknown): value is Note =>
  typeof value === 'object' && value !== null && typeof (value as Note).id === 'string' && typeof (value as Note).createdAt === 'string';

/**
 * One note column: pages from REST, live notes from its channel (shared with other columns), and
 * after a reconnect the gap filled forward from the newest note held, so nothing is lost or doubled.
 */
export class NoteFeed {
  private newest: Note | null = null;
  private readonly delivered = new RecentIds(5_000);
  private unsubscribe: (() => void) | null = null;
  private pollTimer: NodeJS.Timeout | undefined;
  /** With `spec.unwrap`: the oldest paging id seen, where older pages continue. */
  private oldestCursor: string | undefined;

  constructor(private readonly options: NoteFeedOptions) {}

  start(): void {
    const { hub, account, spec, emitState } = this.options;
    const live = spec.live;
    if (live.kind === 'channel') {
      this.unsubscribe = hub.subscribe(
        account,
        live.channel,
        live.params,
        (type, body) => {
          if (type === 'note' && looksLikeNote(body)) this.deliver([body]);
        },
        {
          onAck: () => emitState('live'),
          onRefused: () => emitState('refused', coreMessage('streamRefused', { channel: live.channel })),
        },
      );
    } else if (live.kind === 'main') {
      this.unsubscribe = hub.subscribe(account, 'main', {}, (type, body) => {
        if (type === live.event && looksLikeNote(body) && live.accept(body)) this.deliver([body]);
      });
      emitState('live');
      if (live.pollIntervalMs) this.pollEvery(live.pollIntervalMs);
    } else {
      emitState('polling');
      this.pollEvery(live.intervalMs);
    }
  }

  /** Asks for newer notes on a timer (what nothing streams, or what a channel misses). */
  private pollEvery(intervalMs: number): void {
    this.pollTimer = setInterval(() => void this.backfill().catch((error: unknown) => this.warn('refresh failed', error)), intervalMs);
  }

  /** Notes the column showed when the app last ran: already delivered, and where a catch-up starts. */
  seed(notes: readonly Note[]): void {
    for (const note of notes) {
      this.delivered.add(note.id);
      this.noteNewest(note);
    }
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    clearInterval(this.pollTimer);
  }

  /**
   * A page of notes, newest first: the latest, those older than `untilId`, or a range (a gap).
   * When the column's options hide a whole page, older pages are read until one shows something,
   * so an empty answer always means there is nothing more.
   */
  async load(untilId: string | undefined, sinceId: string | undefined, limit: number): Promise<Note[]> {
    // Wrapped items page by their own ids: older pages go on from the oldest one read, not from a note id.
    let cursor = untilId && this.options.spec.unwrap ? this.oldestCursor : untilId;
    for (let attempt = 0; attempt < backfillMaxPages; attempt++) {
      const page = await this.page({ limit, ...(cursor ? { untilId: cursor } : {}), ...(sinceId ? { sinceId } : {}) });
      const notes = sinceId && !cursor ? page.reverse() : page;
      for (const note of notes) {
        this.delivered.add(note.id);
        this.noteNewest(note);
      }
      const shown = notes.filter(this.options.spec.keep);
      if (shown.length > 0 || notes.length < limit) return shown;
      cursor = this.options.spec.unwrap ? this.oldestCursor : notes.at(-1)?.id;
    }
    return [];
  }

  /** After a reconnect (or on each poll): pages forward from the newest note held until caught up. */
  readonly backfill = oneAtATime(() => this.fillGap());

  private async fillGap(): Promise<void> {
    const live = this.options.spec.live;
    if (!this.newest || (live.kind === 'poll' && live.latestOnly)) {
      this.deliver(await this.page({ limit: 20 }));
      return;
    }
    for (let page = 0; page < backfillMaxPages; page++) {
      // `sinceId` alone answers oldest first: the notes right after the newest we hold.
      const notes = await this.page({ sinceId: this.newest.id, limit: backfillPageSize });
      this.deliver(notes);
      if (notes.length < backfillPageSize) return;
    }
    // Too much to page through: show the latest notes now, and a marker where the rest belong.
    const heldNewest = this.newest;
    const latest = await this.page({ limit: backfillPageSize });
    const oldestOfLatest = latest.at(-1);
    this.deliver(latest);
    if (oldestOfLatest && isNewer(oldestOfLatest, heldNewest)) this.options.emitGap(heldNewest.id, oldestOfLatest.id);
  }

  private deliver(notes: Note[]): void {
    const fresh = notes.filter((note) => this.delivered.add(note.id));
    for (const note of fresh) this.noteNewest(note);
    const shown = fresh.filter(this.options.spec.keep);
    if (shown.length > 0) this.options.emit(shown);
  }

  private noteNewest(note: Note): void {
    if (!this.newest || isNewer(note, this.newest)) this.newest = note;
  }

  private async page(params: { limit: number; untilId?: string; sinceId?: string }): Promise<Note[]> {
    const answer: unknown = await this.options.client.requestUntyped(this.options.spec.endpoint, { ...this.options.spec.params, ...params });
    if (!Array.isArray(answer)) return [];
    const unwrap = this.options.spec.unwrap;
    if (!unwrap) return answer.filter(looksLikeNote);
    const notes: Note[] = [];
    for (const item of answer) {
      const found = unwrap(item);
      if (!found) continue;
      notes.push(found.note);
      if (params.sinceId === undefined && (this.oldestCursor === undefined || found.cursor < this.oldestCursor)) this.oldestCursor = found.cursor;
    }
    return notes;
  }

  private warn(message: string, error: unknown): void {
    this.options.logger.warn(message, { columnId: this.options.column.id, error: error instanceof Error ? error.message : String(error) });
  }
}
