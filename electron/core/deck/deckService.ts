import { randomUUID } from 'node:crypto';
import type { ColumnKind, ColumnView } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import type { AccountsService } from '../accounts/accountsService';
import { CommandFailure } from '../commands/commandFailure';
import type { TimelineBatcher } from '../events/timelineBatcher';
import type { Platform } from '../platform';
import type { StreamingHub } from '../streaming/streamingHub';
import { DeckStore, defaultColumnWidth } from './deckStore';
import { TimelineFeed } from './timelineFeed';
import { timelineSourceFor } from './timelineSources';

export interface NewColumn {
  accountId: string;
  kind: ColumnKind;
  params?: Record<string, string | number | boolean>;
}

/** The columns, and a live feed for each column whose account can be used. */
export class DeckService {
  private readonly store: DeckStore;
  private readonly feeds = new Map<string, TimelineFeed>();

  constructor(
    private readonly platform: Platform,
    private readonly accounts: AccountsService,
    private readonly hub: StreamingHub,
    private readonly batcher: TimelineBatcher,
    private readonly onChanged: (columns: ColumnView[]) => void,
  ) {
    this.store = new DeckStore(platform.store, platform.logger);
  }

  load(): void {
    this.store.load();
  }

  columns(): ColumnView[] {
    return [...this.store.all()];
  }

  startFeeds(accountId?: string): void {
    for (const column of this.store.all()) {
      if (accountId === undefined || column.accountId === accountId) this.startFeed(column);
    }
  }

  stopFeeds(accountId: string): void {
    for (const column of this.store.all()) {
      if (column.accountId === accountId) this.stopFeed(column.id);
    }
  }

  backfill(accountId: string): void {
    for (const column of this.store.all()) {
      if (column.accountId !== accountId) continue;
      this.feeds.get(column.id)?.backfill().catch((error: unknown) => {
        this.platform.logger.warn('backfill failed', { columnId: column.id, error: String(error) });
      });
    }
  }

  addColumn({ accountId, kind, params = {} }: NewColumn): ColumnView {
    if (!this.accounts.find(accountId)) throw new CommandFailure('NOT_FOUND', 'That account is no longer signed in.');
    if (!timelineSourceFor(kind)) throw new CommandFailure('INVALID_INPUT', `The ${kind} column is not available yet.`);
    const column: ColumnView = { id: randomUUID(), accountId, kind, params, width: defaultColumnWidth };
    this.store.add(column);
    this.startFeed(column);
    this.onChanged(this.columns());
    return column;
  }

  /** A newly signed-in account gets a home column, so the deck shows something at once. */
  ensureHomeColumn(accountId: string): void {
    if (this.store.all().some((column) => column.accountId === accountId)) return;
    this.addColumn({ accountId, kind: 'home' });
  }

  removeColumn(columnId: string): void {
    if (!this.store.find(columnId)) throw new CommandFailure('NOT_FOUND', 'That column is already gone.');
    this.stopFeed(columnId);
    this.store.remove(columnId);
    this.onChanged(this.columns());
  }

  removeColumnsOf(accountId: string): void {
    const doomed = this.store.all().filter((column) => column.accountId === accountId);
    if (doomed.length === 0) return;
    for (const column of doomed) {
      this.stopFeed(column.id);
      this.store.remove(column.id);
    }
    this.onChanged(this.columns());
  }

  async loadTimeline(columnId: string, untilId: string | undefined, limit: number): Promise<Note[]> {
    const column = this.store.find(columnId);
    if (!column) throw new CommandFailure('NOT_FOUND', 'That column is gone.');
    const feed = this.feeds.get(columnId) ?? this.startFeed(column);
    if (!feed) {
      this.accounts.credentials(column.accountId);
      throw new CommandFailure('INVALID_INPUT', `The ${column.kind} column cannot be loaded.`);
    }
    return feed.load(untilId, limit);
  }

  dispose(): void {
    for (const columnId of [...this.feeds.keys()]) this.stopFeed(columnId);
  }

  private startFeed(column: ColumnView): TimelineFeed | undefined {
    const existing = this.feeds.get(column.id);
    if (existing) return existing;
    const source = timelineSourceFor(column.kind);
    if (!source || !this.accounts.isUsable(column.accountId)) return undefined;
    const { origin, token } = this.accounts.credentials(column.accountId);
    const feed = new TimelineFeed({
      column,
      source,
      client: this.accounts.clientFor(column.accountId),
      hub: this.hub,
      account: { accountId: column.accountId, origin, token },
      logger: this.platform.logger,
      emit: (notes) => this.batcher.addNotes(column.id, notes),
    });
    this.feeds.set(column.id, feed);
    feed.start();
    return feed;
  }

  private stopFeed(columnId: string): void {
    this.feeds.get(columnId)?.stop();
    this.feeds.delete(columnId);
  }
}
