import { randomUUID } from 'node:crypto';
import { chatColumnKind, everyAccount, hasNoteFeed, notificationColumnKinds, type ColumnKind, type ColumnParams, type ColumnSource, type ColumnView, type SourceColumnKind } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import type { NotificationItem } from '../../../shared/model/notification';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { CachedColumnView, ReadingPosition } from '../../../shared/model/columnCache';
import type { AccountsService } from '../accounts/accountsService';
import type { ColumnCache } from '../cache/columnCache';
import { CommandFailure } from '../commands/commandFailure';
import type { TimelineBatcher } from '../events/timelineBatcher';
import type { Platform } from '../platform';
import type { HubAccount, StreamingHub } from '../streaming/streamingHub';
import { listColumnSources } from './columnSources';
import { DeckStore, defaultColumnWidth } from './deckStore';
import { noteFeedSpec } from './feedSpecs';
import { NoteFeed } from './noteFeed';
import { NotificationFeed } from './notificationFeed';
import { AnnouncementWatcher } from '../announcements/announcementWatcher';
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

/** A column as it is first added: default width, expanded. */
const newColumn = (accountId: string, kind: ColumnKind, params: ColumnParams): ColumnView => ({ id: randomUUID(), accountId, kind, params, width: defaultColumnWidth, collapsed: false });

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
  private readonly announcements = new Map<string, AnnouncementWatcher>();
  private watched = new Map<string, Set<string>>();
  /** Columns painted from the cache: how many of their feeds are still catching up with the server. */
  private readonly catchingUp = new Map<string, number>();
  /** Ranges a catch-up could not fill, until the renderer has asked for the column. */
  private readonly catchUpGaps = new Map<string, { sinceId: string; untilId: string }[]>();

  constructor(
    private readonly platform: Platform,
    private readonly accounts: AccountsService,
    private readonly hub: StreamingHub,
    private readonly batcher: TimelineBatcher,
    private readonly onChanged: (columns: ColumnView[]) => void,
    private readonly cache?: ColumnCache,
  ) {
    this.store = new DeckStore(platform.store, platform.logger);
  }

  load(): void {
    this.store.load();
    this.cache?.load(this.store.everyColumn().map((column) => column.id));
  }

  /** What the column showed last time and what has arrived since; null when there is nothing (load it then). */
  cached(columnId: string): CachedColumnView | null {
    this.requireColumn(columnId);
    const entry = this.cache?.takeStartView(columnId);
    if (!entry) return null;
    const gaps = this.catchUpGaps.get(columnId) ?? [];
    this.catchUpGaps.delete(columnId);
    return { notes: entry.notes, notifications: entry.notifications, position: entry.position, updating: this.catchingUp.has(columnId), gaps };
  }

  /**
   * Every cached view of the shown deck at once (as `cached` gives them one by one), for the first
   * paint after a start: only columns whose feeds run, i.e. whose accounts can be used.
   */
  startViews(): Record<string, CachedColumnView> {
    const views: Record<string, CachedColumnView> = {};
    for (const column of this.store.all()) {
      if (!this.feeds.has(column.id)) continue;
      const view = this.cached(column.id);
      if (view) views[column.id] = view;
    }
    return views;
  }

  setReadingPosition(columnId: string, position: ReadingPosition | null): void {
    this.requireColumn(columnId);
    this.cache?.setPosition(columnId, position);
  }

  /** A deleted note leaves the cache too. */
  noteDeleted(noteId: string): void {
    this.cache?.removeNote(noteId);
  }

  /** An account that is removed takes its cached items with it. */
  forgetAccountCache(accountId: string): Promise<void> {
    for (const column of this.store.everyColumn()) if (column.accountId === accountId) void this.cache?.remove(column.id);
    return this.cache?.forgetAccount(accountId) ?? Promise.resolve();
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
    this.announcements.get(accountId)?.stop();
    this.announcements.delete(accountId);
  }

  backfill(accountId: string): void {
    this.announcements.get(accountId)?.refresh();
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
    const column = newColumn(accountId, kind, params);
    if (hasNoteFeed(kind)) noteFeedSpec(column);
    this.store.add(column);
    for (const id of this.accountsOf(column)) this.startFeed(column, id);
    this.onChanged(this.columns());
    return column;
  }

  updateColumn(columnId: string, change: ColumnChange): ColumnView {
    const existing = this.requireColumn(columnId);
    const updated: ColumnView = { ...existing, ...change, params: change.params ?? existing.params };
    if (change.params && hasNoteFeed(updated.kind)) noteFeedSpec(updated);
    this.store.update(updated);
    if (change.params) {
      this.stopColumn(columnId);
      // What the column showed with its old options is not what it shows now.
      void this.cache?.remove(columnId);
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
      const column = newColumn(accountId, kind, {});
      this.store.add(column);
      this.startFeed(column, accountId);
    }
    this.onChanged(this.columns());
  }

  removeColumn(columnId: string): void {
    this.requireColumn(columnId);
    this.stopColumn(columnId);
    void this.cache?.remove(columnId);
    this.store.remove(columnId);
    this.onChanged(this.columns());
  }

  /** Takes the account's columns out of every deck. */
  removeColumnsOf(accountId: string): void {
    const doomed = this.store.everyColumn().filter((column) => column.accountId === accountId);
    for (const column of doomed) {
      this.stopColumn(column.id);
      void this.cache?.remove(column.id);
    }
    this.store.removeFromEveryDeck((column) => column.accountId === accountId);
    if (doomed.length > 0) this.onChanged(this.columns());
  }

  async loadTimeline(columnId: string, untilId: string | undefined, sinceId: string | undefined, limit: number): Promise<Note[]> {
    const column = this.requireColumn(columnId);
    if (isNotificationKind(column.kind)) throw new CommandFailure('INVALID_INPUT', coreMessage('columnHoldsNotifications'));
    const feed = this.feedFor(column, column.accountId);
    if (!(feed instanceof NoteFeed)) throw new CommandFailure('INVALID_INPUT', coreMessage('columnCannotLoad', { kind: column.kind }));
    const notes = await feed.load(untilId, sinceId, limit);
    this.cache?.addNotes(columnId, notes);
    return notes;
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
    const items = pages.flat().sort((a, b) => (a.notification.createdAt < b.notification.createdAt ? 1 : -1));
    this.cache?.addNotifications(columnId, items);
    return items;
  }

  async sources(accountId: string, kind: SourceColumnKind): Promise<ColumnSource[]> {
    return listColumnSources(this.accounts.clientFor(accountId), kind);
  }

  /**
   * A clip's notes or the favourites changed from MissDeck: the account's columns showing them
   * follow at once (nothing streams these; their poll would only find it later, and never a removal).
   */
  collectionChanged(accountId: string, target: { kind: 'clip'; clipId: string } | { kind: 'favorites' }, change: { added: Note } | { removedNoteId: string }): void {
    for (const column of this.store.all()) {
      if (column.accountId !== accountId || column.kind !== target.kind) continue;
      if (target.kind === 'clip' && column.params.clipId !== target.clipId) continue;
      if ('added' in change) this.batcher.addNotes(column.id, [change.added]);
      else this.batcher.add({ type: 'columnNotesRemoved', columnId: column.id, noteIds: [change.removedNoteId] });
    }
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

  async dispose(): Promise<void> {
    for (const columnId of [...this.feeds.keys()]) this.stopColumn(columnId);
    for (const accountId of [...this.unread.keys()]) this.stopFeeds(accountId);
    await this.cache?.dispose();
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
    return this.accounts.isUsable(accountId) ? this.accounts.hubAccount(accountId) : undefined;
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
    if (column.kind === chatColumnKind) return undefined;
    const account = this.hubAccount(accountId);
    if (!account) return undefined;
    const client = this.accounts.clientFor(accountId);
    const { logger } = this.platform;
    let feed: Feed;
    const cached = this.cache?.view(column.id);
    if (isNotificationKind(column.kind)) {
      const notificationFeed = new NotificationFeed({
        columnId: column.id,
        client,
        hub: this.hub,
        account,
        logger,
        emit: (items) => {
          this.cache?.addNotifications(column.id, items);
          this.batcher.add({ type: 'notifications', columnId: column.id, items });
        },
      });
      const seed = cached?.notifications.filter((item) => item.accountId === accountId) ?? [];
      if (seed.length > 0) notificationFeed.seed(seed.map((item) => item.notification));
      feed = notificationFeed;
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
        emit: (notes) => {
          this.cache?.addNotes(column.id, notes);
          this.batcher.addNotes(column.id, notes);
        },
        emitGap: (sinceId, untilId) => {
          if (this.catchingUp.has(column.id)) this.catchUpGaps.set(column.id, [...(this.catchUpGaps.get(column.id) ?? []), { sinceId, untilId }]);
          this.batcher.add({ type: 'gap', columnId: column.id, sinceId, untilId });
        },
        emitState: (state, reason) => this.batcher.add({ type: 'columnState', columnId: column.id, state, ...(reason ? { reason } : {}) }),
      });
    }
    const byAccount = this.feeds.get(column.id) ?? new Map<string, Feed>();
    byAccount.set(accountId, feed);
    this.feeds.set(column.id, byAccount);
    if (cached && cached.notes.length > 0 && feed instanceof NoteFeed) feed.seed(cached.notes);
    feed.start();
    if (this.cache?.has(column.id)) this.catchUp(column.id, feed);
    return feed;
  }

  /** A column painted from the cache (at start, or shown again with its deck) fills in what came after it, as after a reconnect. */
  private catchUp(columnId: string, feed: Feed): void {
    this.catchingUp.set(columnId, (this.catchingUp.get(columnId) ?? 0) + 1);
    void feed
      .backfill()
      .catch((error: unknown) => this.platform.logger.warn('catch-up after start failed', { columnId, error: String(error) }))
      .finally(() => {
        const left = (this.catchingUp.get(columnId) ?? 1) - 1;
        if (left > 0) return void this.catchingUp.set(columnId, left);
        this.catchingUp.delete(columnId);
        this.batcher.add({ type: 'caughtUp', columnId });
      });
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
    const watcher = new AnnouncementWatcher(account, this.accounts.clientFor(accountId), this.hub, this.platform.logger, (news) =>
      this.batcher.add({ type: 'announcements', accountId, ...news }),
    );
    this.announcements.set(accountId, watcher);
    watcher.start();
  }
}
