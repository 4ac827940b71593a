import { randomUUID } from 'node:crypto';
import { everyAccount, notificationColumnKinds, type ColumnKind, type ColumnParams, type ColumnSource, type ColumnView, type SourceColumnKind } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import type { NotificationItem } from '../../../shared/model/notification';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { AccountsService } from '../accounts/accountsService';
import { CommandFailure } from '../commands/commandFailure';
import type { TimelineBatcher } from '../events/timelineBatcher';
import type { Platform } from '../platform';
import type { HubAccount, StreamingHub } from '../streaming/streamingHub';
import { listColumnSources } from './columnSources';
import { DeckStore, defaultColumnWidth } from './deckStore';
import { noteFeedSpec } from './feedSpecs';
import { NoteFeed } from './noteFeed';
import { NotificationFeed } from './notificationFeed';
import { UnreadCounter } from './unreadCounter';

export interface NewColumn {
  accountId: string;
  kind: ColumnKind;
  params?: ColumnParams;
}

export interface ColumnChange {
  width?: number;
  collapsed?: boolean;
  params?: ColumnParams;
  stackShare?: number;
  notify?: boolean;
  sound?: boolean;
}

/** What a first sign-in puts on the deck for the account (misskey#6830): each removable. */
const starterKinds: readonly ColumnKind[] = ['home', 'notifications', 'local', 'mentions'];

type Feed = NoteFeed | NotificationFeed;

const isNotificationKind = (kind: ColumnKind) => notificationColumnKinds.includes(kind);

/**
 * The columns, and their live feeds: one per column and account (the all-accounts notifications
 * column has one per account), started for every account that can be used.
 */
export class DeckService {
  private readonly store: DeckStore;
  /** columnId → accountId → feed */
  private readonly feeds = new Map<string, Map<string, Feed>>();
  private readonly unread = new Map<string, UnreadCounter>();
  private watched = new Map<string, Set<string>>();

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

  /** The decks and their columns, for the deck operations (decksService). */
  get layout(): DeckStore {
    return this.store;
  }

  /** After the deck shown changed: its columns' feeds run, the others' stop. */
  restartColumns(): void {
    for (const columnId of [...this.feeds.keys()]) this.stopColumn(columnId);
    this.startFeeds();
    this.onChanged(this.columns());
  }

  /** Starts what is missing for usable accounts (all of them, or one that just signed in). */
  startFeeds(accountId?: string): void {
    for (const account of this.accounts.views()) {
      if ((accountId === undefined || account.id === accountId) && this.accounts.isUsable(account.id)) this.startUnread(account.id);
    }
    for (const column of this.store.all()) {
      for (const id of this.accountsOf(column)) {
        if (accountId === undefined || id === accountId) this.startFeed(column, id);
      }
    }
  }

  stopFeeds(accountId: string): void {
    for (const byAccount of this.feeds.values()) {
      byAccount.get(accountId)?.stop();
      byAccount.delete(accountId);
    }
    this.unread.get(accountId)?.stop();
    this.unread.delete(accountId);
  }

  backfill(accountId: string): void {
    for (const [columnId, byAccount] of this.feeds) {
      byAccount.get(accountId)?.backfill().catch((error: unknown) => {
        this.platform.logger.warn('backfill failed', { columnId, error: String(error) });
      });
    }
  }

  addColumn({ accountId, kind, params = {} }: NewColumn): ColumnView {
    if (kind === 'allNotifications' ? accountId !== everyAccount : !this.accounts.find(accountId)) {
      throw new CommandFailure('NOT_FOUND', coreMessage('accountGone'));
    }
    const column: ColumnView = { id: randomUUID(), accountId, kind, params, width: defaultColumnWidth, collapsed: false };
    if (!isNotificationKind(kind)) noteFeedSpec(column);
    this.store.add(column);
    for (const id of this.accountsOf(column)) this.startFeed(column, id);
    this.onChanged(this.columns());
    return column;
  }

  updateColumn(columnId: string, change: ColumnChange): ColumnView {
    const existing = this.requireColumn(columnId);
    const updated: ColumnView = { ...existing, ...change, params: change.params ?? existing.params };
    if (change.params && !isNotificationKind(updated.kind)) noteFeedSpec(updated);
    this.store.update(updated);
    if (change.params) {
      this.stopColumn(columnId);
      for (const id of this.accountsOf(updated)) this.startFeed(updated, id);
    }
    this.onChanged(this.columns());
    return updated;
  }

  moveColumn(columnId: string, toIndex: number, stacked = false): ColumnView[] {
    this.requireColumn(columnId);
    this.store.move(columnId, toIndex, stacked);
    this.onChanged(this.columns());
    return this.columns();
  }

  /**
   * Puts the column right under `underColumnId`, in its slot; with null, in a slot of its own right of
   * the slot it was in.
   */
  stackColumn(columnId: string, underColumnId: string | null): ColumnView[] {
    const column = this.requireColumn(columnId);
    const columns = this.store.all();
    if (underColumnId === null) {
      if (!column.stacked) return this.columns();
      let end = columns.findIndex((c) => c.id === columnId) + 1;
      while (columns[end]?.stacked) end += 1;
      // Taking the column out shifts the rest of its slot one place left.
      return this.moveColumn(columnId, end - 1);
    }
    if (underColumnId === columnId) throw new CommandFailure('INVALID_INPUT', coreMessage('columnGone'));
    this.requireColumn(underColumnId);
    const rest = columns.filter((c) => c.id !== columnId);
    return this.moveColumn(columnId, rest.findIndex((c) => c.id === underColumnId) + 1, true);
  }

  /** A newly signed-in account with no column anywhere gets home, notifications, local and mentions. */
  ensureStarterColumns(accountId: string): void {
    if (this.store.everyColumn().some((column) => column.accountId === accountId)) return;
    for (const kind of starterKinds) {
      const column: ColumnView = { id: randomUUID(), accountId, kind, params: {}, width: defaultColumnWidth, collapsed: false };
      this.store.add(column);
      this.startFeed(column, accountId);
    }
    this.onChanged(this.columns());
  }

  removeColumn(columnId: string): void {
    this.requireColumn(columnId);
    this.stopColumn(columnId);
    this.store.remove(columnId);
    this.onChanged(this.columns());
  }

  /** Takes the account's columns out of every deck. */
  removeColumnsOf(accountId: string): void {
    const doomed = this.store.everyColumn().filter((column) => column.accountId === accountId);
    for (const column of doomed) {
      this.stopColumn(column.id);
      if (this.store.find(column.id)) this.store.remove(column.id);
    }
    this.store.mapEveryColumn((column) => (column.accountId === accountId ? null : column));
    if (doomed.length > 0) this.onChanged(this.columns());
  }

  async loadTimeline(columnId: string, untilId: string | undefined, sinceId: string | undefined, limit: number): Promise<Note[]> {
    const column = this.requireColumn(columnId);
    if (isNotificationKind(column.kind)) throw new CommandFailure('INVALID_INPUT', coreMessage('columnHoldsNotifications'));
    const feed = this.feedFor(column, column.accountId);
    if (!(feed instanceof NoteFeed)) throw new CommandFailure('INVALID_INPUT', coreMessage('columnCannotLoad', { kind: column.kind }));
    return feed.load(untilId, sinceId, limit);
  }

  async loadNotifications(columnId: string, older: boolean, limit: number): Promise<NotificationItem[]> {
    const column = this.requireColumn(columnId);
    if (!isNotificationKind(column.kind)) throw new CommandFailure('INVALID_INPUT', coreMessage('columnHoldsNotes'));
    const accountIds = this.accountsOf(column);
    if (column.kind === 'notifications') this.accounts.credentials(column.accountId);
    const pages = await Promise.all(
      accountIds.map((id) => {
        const feed = this.feedFor(column, id);
        return feed instanceof NotificationFeed ? feed.load(older, limit) : Promise.resolve([]);
      }),
    );
    return pages.flat().sort((a, b) => (a.notification.createdAt < b.notification.createdAt ? 1 : -1));
  }

  async sources(accountId: string, kind: SourceColumnKind): Promise<ColumnSource[]> {
    return listColumnSources(this.accounts.clientFor(accountId), kind);
  }

  /** The notes on screen, per account: their `noteUpdated` events reach every column showing them. */
  watchNotes(entries: readonly { accountId: string; noteId: string }[]): void {
    const next = new Map<string, Set<string>>();
    for (const { accountId, noteId } of entries) {
      if (!this.accounts.isUsable(accountId)) continue;
      const ids = next.get(accountId) ?? new Set<string>();
      ids.add(noteId);
      next.set(accountId, ids);
    }
    for (const accountId of new Set([...this.watched.keys(), ...next.keys()])) {
      const account = this.hubAccount(accountId);
      if (account) this.hub.watchNotes(account, next.get(accountId) ?? new Set());
    }
    this.watched = next;
  }

  dispose(): void {
    for (const columnId of [...this.feeds.keys()]) this.stopColumn(columnId);
    for (const accountId of [...this.unread.keys()]) this.stopFeeds(accountId);
  }

  private requireColumn(columnId: string): ColumnView {
    const column = this.store.find(columnId);
    if (!column) throw new CommandFailure('NOT_FOUND', coreMessage('columnGone'));
    return column;
  }

  private accountsOf(column: ColumnView): string[] {
    if (column.kind === 'allNotifications') return this.accounts.views().map((account) => account.id);
    return [column.accountId];
  }

  private hubAccount(accountId: string): HubAccount | undefined {
    if (!this.accounts.isUsable(accountId)) return undefined;
    const { origin, token } = this.accounts.credentials(accountId);
    return { accountId, origin, token };
  }

  /** The column's feed for this account, started if need be; fails clearly when the account cannot be used. */
  private feedFor(column: ColumnView, accountId: string): Feed {
    const feed = this.feeds.get(column.id)?.get(accountId) ?? this.startFeed(column, accountId);
    if (feed) return feed;
    this.accounts.credentials(accountId);
    throw new CommandFailure('INVALID_INPUT', coreMessage('columnCannotLoad', { kind: column.kind }));
  }

  private startFeed(column: ColumnView, accountId: string): Feed | undefined {
    const existing = this.feeds.get(column.id)?.get(accountId);
    if (existing) return existing;
    const account = this.hubAccount(accountId);
    if (!account) return undefined;
    const client = this.accounts.clientFor(accountId);
    const { logger } = this.platform;
    let feed: Feed;
    if (isNotificationKind(column.kind)) {
      feed = new NotificationFeed({ columnId: column.id, client, hub: this.hub, account, logger, emit: (items) => this.batcher.add({ type: 'notifications', columnId: column.id, items }) });
    } else {
      let spec;
      try {
        spec = noteFeedSpec(column);
      } catch (error) {
        logger.warn('column cannot start', { columnId: column.id, error: String(error) });
        return undefined;
      }
      feed = new NoteFeed({
        column,
        spec,
        client,
        hub: this.hub,
        account,
        logger,
        emit: (notes) => this.batcher.addNotes(column.id, notes),
        emitGap: (sinceId, untilId) => this.batcher.add({ type: 'gap', columnId: column.id, sinceId, untilId }),
        emitState: (state, reason) => this.batcher.add({ type: 'columnState', columnId: column.id, state, ...(reason ? { reason } : {}) }),
      });
    }
    const byAccount = this.feeds.get(column.id) ?? new Map<string, Feed>();
    byAccount.set(accountId, feed);
    this.feeds.set(column.id, byAccount);
    feed.start();
    return feed;
  }

  private stopColumn(columnId: string): void {
    for (const feed of this.feeds.get(columnId)?.values() ?? []) feed.stop();
    this.feeds.delete(columnId);
  }

  private startUnread(accountId: string): void {
    if (this.unread.has(accountId)) return;
    const account = this.hubAccount(accountId);
    if (!account) return;
    const counter = new UnreadCounter(account, this.accounts.clientFor(accountId), this.hub, this.platform.logger, (unreadNotifications) =>
      this.batcher.add({ type: 'unread', accountId, unreadNotifications }),
    );
    this.unread.set(accountId, counter);
    counter.start();
  }
}
