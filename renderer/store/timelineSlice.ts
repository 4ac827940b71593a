import type { TimelineItem } from '../../shared/contract/events';
import type { CommandError } from '../../shared/contract/result';
import { notificationColumnKinds } from '../../shared/model/column';
import type { CachedColumnView, ReadingPosition } from '../../shared/model/columnCache';
import type { Note } from '../../shared/model/note';
import type { NotificationItem } from '../../shared/model/notification';
import { coreText } from '../i18n/coreText';
import { addGap, gapKey, type GapMarker } from './gaps';
import { columnMaxWindow, columnWindow } from './noteOrder';
import { sweptNotes } from './noteSweep';
import { UpdateDeduper } from './noteUpdates';
import { createNoteWatcher, type WatchEntry } from './noteWatch';
import { mergeNotifications } from './notificationOrder';
import { mergeColumnNotes, reduceTimelineBatch, type BatchState, type ColumnLive } from './timelineBatch';
import type { AppState, SliceCreator } from './types';

export { mergeColumnNotes } from './timelineBatch';
export type { ColumnLive } from './timelineBatch';

export interface ColumnLoad {
  status: 'idle' | 'loading' | 'loaded' | 'error';
  error: CommandError | null;
  loadingOlder: boolean;
  /** An older page came back empty: nothing more to load. */
  reachedEnd: boolean;
  /** The column holds as many items as it may (`columnMaxWindow`); scrolling to the top trims it. */
  windowFull: boolean;
  /** Painted from the cache; the core is still fetching what came after. */
  updating: boolean;
}

export interface TimelineSlice {
  /** Every note on screen, once, by id: an update to a note changes every column showing it. */
  notesById: Record<string, Note>;
  /** Per note column: note ids, newest first, `columnWindow` (up to `columnMaxWindow` after loading older). */
  columnNoteIds: Record<string, string[]>;
  /** How many times a note id fell out of a column since the notes no column shows were last dropped. */
  noteDropsSinceSweep: number;
  /** Per notification column: its notifications, newest first, bounded like notes. */
  columnNotifications: Record<string, NotificationItem[]>;
  /** Per column: ranges a reconnect could not fill, shown as "Load missing notes". */
  columnGaps: Record<string, GapMarker[]>;
  /** Per column: live, refused or polling, as core last said. */
  columnLive: Record<string, ColumnLive>;
  /** Per collapsed column: how many items arrived since it was collapsed. */
  columnUnseen: Record<string, number>;
  /** Per account: unread notifications on its server. */
  unreadNotifications: Record<string, number>;
  columnLoads: Record<string, ColumnLoad>;
  /** Where each column's reader was when the app last ran, until the column has scrolled there. */
  restorePositions: Record<string, ReadingPosition>;
  loadColumn(columnId: string): Promise<void>;
  /**
   * Asks the core for every column's cached view in one go and paints each column not loading yet;
   * a column that starts loading meanwhile takes its view from the same answer. Once per page.
   */
  prefetchStartViews(): void;
  /** The column has scrolled to its saved place (or given up on it). */
  positionRestored(columnId: string): void;
  /** Where the reader is now, for the next start (sent to core after scrolling settles). */
  reportReadingPosition(columnId: string, position: ReadingPosition | null): void;
  loadOlder(columnId: string): Promise<void>;
  /** Load the notes behind a gap marker, page by page, then remove the marker. */
  loadGap(columnId: string, key: string): Promise<void>;
  /** Back at the top: keep only the newest `columnWindow` items. */
  trimColumn(columnId: string): void;
  applyTimelineBatch(items: readonly TimelineItem[]): void;
  /** Drop the notes of columns that are no longer on the deck. */
  forgetColumns(keepColumnIds: readonly string[]): void;
  /** What a column renders now (visible rows plus overscan); core watches the union for updates. */
  reportVisibleNotes(columnId: string, entries: readonly WatchEntry[]): void;
  /** Tell core the watched set again (after the link to core came back). */
  resendWatchedNotes(): void;
  /** Be told of notifications that arrive live (for desktop notifications). Returns an unsubscribe. */
  onLiveNotifications(listener: (items: readonly NotificationItem[]) => void): () => void;
}

export const idleLoad: ColumnLoad = { status: 'idle', error: null, loadingOlder: false, reachedEnd: false, windowFull: false, updating: false };
/** A reading position is sent once scrolling has settled this long. */
const positionSettleMs = 1_000;

const pageLimit = 40;
/** A gap is filled at most this many pages per click; what remains stays behind a smaller marker. */
const gapMaxPages = 10;

export const isNotificationColumn = (state: Pick<AppState, 'columns'>, columnId: string): boolean => {
  const kind = state.columns.find((c) => c.id === columnId)?.kind;
  return kind !== undefined && notificationColumnKinds.includes(kind);
};

const batchState = (s: AppState): BatchState => ({
  notesById: s.notesById,
  columnNoteIds: s.columnNoteIds,
  noteDropsSinceSweep: s.noteDropsSinceSweep,
  columnNotifications: s.columnNotifications,
  columnGaps: s.columnGaps,
  columnLive: s.columnLive,
  columnUnseen: s.columnUnseen,
  unreadNotifications: s.unreadNotifications,
  accountConnections: s.accountConnections,
});

export const createTimelineSlice: SliceCreator<TimelineSlice> = (api) => (set, get) => {
  const setLoad = (columnId: string, patch: Partial<ColumnLoad>) =>
    set((s) => ({ columnLoads: { ...s.columnLoads, [columnId]: { ...(s.columnLoads[columnId] ?? idleLoad), ...patch } } }));
  const setGap = (columnId: string, key: string, patch: Partial<GapMarker> | null) =>
    set((s) => {
      const gaps = s.columnGaps[columnId] ?? [];
      const next = patch === null ? gaps.filter((g) => gapKey(g) !== key) : gaps.map((g) => (gapKey(g) === key ? { ...g, ...patch } : g));
      return { columnGaps: { ...s.columnGaps, [columnId]: next } };
    });
  const deduper = new UpdateDeduper();
  const positionTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Paints a column from what the core cached; false when there is nothing to paint. */
  const paintCached = (columnId: string, cached: CachedColumnView | null): boolean => {
    if (!cached || (cached.notes.length === 0 && cached.notifications.length === 0)) return false;
    set((s) => ({
      ...(cached.notes.length > 0 ? mergeColumnNotes(s, [{ columnId, notes: cached.notes }]) : {}),
      ...(cached.notifications.length > 0
        ? { columnNotifications: { ...s.columnNotifications, [columnId]: mergeNotifications(s.columnNotifications[columnId] ?? [], cached.notifications) } }
        : {}),
      ...(cached.gaps.length > 0
        ? { columnGaps: { ...s.columnGaps, [columnId]: cached.gaps.reduce<GapMarker[]>((gaps, gap) => addGap(gaps, gap.sinceId, gap.untilId), s.columnGaps[columnId] ?? []) } }
        : {}),
      ...(cached.position ? { restorePositions: { ...s.restorePositions, [columnId]: cached.position } } : {}),
    }));
    setLoad(columnId, { status: 'loaded', error: null, reachedEnd: false, updating: cached.updating });
    return true;
  };
  /** The cached views of the first connect, until each column has taken its own. */
  let startViews: Promise<Record<string, CachedColumnView>> | null = null;
  const takeStartView = async (columnId: string): Promise<CachedColumnView | null> => {
    const views = startViews ? await startViews : {};
    const view = views[columnId];
    if (view) {
      delete views[columnId];
      return view;
    }
    // A column the start views did not cover (its account could not be used then): ask for it alone.
    const cached = await api.commands['timeline.cached']({ columnId });
    return cached.ok ? cached.value : null;
  };
  const liveListeners = new Set<(items: readonly NotificationItem[]) => void>();
  const watcher = createNoteWatcher({
    send: (notes) => void api.commands['notes.watch']({ notes }),
  });

  return {
    notesById: {},
    columnNoteIds: {},
    noteDropsSinceSweep: 0,
    columnNotifications: {},
    columnGaps: {},
    columnLive: {},
    columnUnseen: {},
    unreadNotifications: {},
    columnLoads: {},
    restorePositions: {},
    async loadColumn(columnId) {
      if (get().columnLoads[columnId]?.status === 'loading') return;
      const firstLoad = (get().columnLoads[columnId]?.status ?? 'idle') === 'idle';
      setLoad(columnId, { status: 'loading', error: null });
      if (firstLoad && paintCached(columnId, await takeStartView(columnId))) return;
      if (isNotificationColumn(get(), columnId)) {
        const result = await api.commands['notifications.load']({ columnId, limit: pageLimit });
        if (!result.ok) return setLoad(columnId, { status: 'error', error: result.error });
        set((s) => ({ columnNotifications: { ...s.columnNotifications, [columnId]: mergeNotifications(s.columnNotifications[columnId] ?? [], result.value) } }));
        setLoad(columnId, { status: 'loaded', error: null, reachedEnd: result.value.length === 0 });
        return;
      }
      const result = await api.commands['timeline.load']({ columnId });
      if (!result.ok) return setLoad(columnId, { status: 'error', error: result.error });
      set((s) => mergeColumnNotes(s, [{ columnId, notes: result.value }]));
      setLoad(columnId, { status: 'loaded', error: null, reachedEnd: result.value.length === 0 });
    },
    prefetchStartViews() {
      if (startViews) return;
      startViews = api.commands['timeline.startViews']({}).then((result) => (result.ok && result.value ? result.value : {}));
      void startViews.then((views) => {
        performance.mark('missdeck:startViews');
        for (const [columnId, view] of Object.entries(views)) {
          if ((get().columnLoads[columnId]?.status ?? 'idle') !== 'idle') continue;
          delete views[columnId];
          paintCached(columnId, view);
        }
      });
    },
    async loadOlder(columnId) {
      const load = get().columnLoads[columnId] ?? idleLoad;
      if (load.status !== 'loaded' || load.loadingOlder || load.reachedEnd) return;
      const notifying = isNotificationColumn(get(), columnId);
      const held = notifying ? (get().columnNotifications[columnId]?.length ?? 0) : (get().columnNoteIds[columnId]?.length ?? 0);
      if (held >= columnMaxWindow) {
        if (!load.windowFull) setLoad(columnId, { windowFull: true });
        return;
      }
      if (notifying) {
        const untilId = get().columnNotifications[columnId]?.at(-1)?.notification.id;
        if (!untilId) return;
        setLoad(columnId, { loadingOlder: true });
        const result = await api.commands['notifications.load']({ columnId, untilId, limit: pageLimit });
        if (!result.ok) return setLoad(columnId, { loadingOlder: false, error: result.error });
        set((s) => ({
          columnNotifications: { ...s.columnNotifications, [columnId]: mergeNotifications(s.columnNotifications[columnId] ?? [], result.value, columnMaxWindow) },
        }));
        setLoad(columnId, { loadingOlder: false, error: null, reachedEnd: result.value.length === 0 });
        return;
      }
      const untilId = get().columnNoteIds[columnId]?.at(-1);
      if (!untilId) return;
      setLoad(columnId, { loadingOlder: true });
      const result = await api.commands['timeline.load']({ columnId, untilId });
      if (!result.ok) return setLoad(columnId, { loadingOlder: false, error: result.error });
      set((s) => mergeColumnNotes(s, [{ columnId, notes: result.value, limit: columnMaxWindow }]));
      setLoad(columnId, { loadingOlder: false, error: null, reachedEnd: result.value.length === 0 });
    },
    async loadGap(columnId, key) {
      const gap = get().columnGaps[columnId]?.find((g) => gapKey(g) === key);
      if (!gap || gap.loading) return;
      setGap(columnId, key, { loading: true, error: null });
      let untilId = gap.untilId;
      for (let page = 0; page < gapMaxPages; page++) {
        const result = await api.commands['timeline.load']({ columnId, sinceId: gap.sinceId, untilId });
        if (!result.ok) return setGap(columnId, key, { loading: false, error: coreText(result.error) });
        // An empty page is the end of the range; a short one is not.
        if (result.value.length === 0) return setGap(columnId, key, null);
        set((s) => mergeColumnNotes(s, [{ columnId, notes: result.value, limit: columnMaxWindow }]));
        const oldest = result.value.reduce((a, b) => (a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id) ? a : b));
        if (oldest.id === untilId) return setGap(columnId, key, null);
        untilId = oldest.id;
      }
      // Still more: the marker moves down to what is left.
      set((s) => ({
        columnGaps: {
          ...s.columnGaps,
          [columnId]: (s.columnGaps[columnId] ?? []).map((g) => (gapKey(g) === key ? { ...g, untilId, loading: false, error: null } : g)),
        },
      }));
    },
    trimColumn(columnId) {
      const s = get();
      const ids = s.columnNoteIds[columnId];
      const notifications = s.columnNotifications[columnId];
      const patch: Partial<AppState> = {};
      if (ids && ids.length > columnWindow) {
        const columnNoteIds = { ...s.columnNoteIds, [columnId]: ids.slice(0, columnWindow) };
        Object.assign(patch, { columnNoteIds, ...sweptNotes(s.notesById, columnNoteIds) });
      }
      if (notifications && notifications.length > columnWindow) {
        patch.columnNotifications = { ...s.columnNotifications, [columnId]: notifications.slice(0, columnWindow) };
      }
      if (Object.keys(patch).length === 0) return;
      const load = s.columnLoads[columnId] ?? idleLoad;
      patch.columnLoads = { ...s.columnLoads, [columnId]: { ...load, reachedEnd: false, windowFull: false } };
      set(patch);
    },
    positionRestored(columnId) {
      if (!(columnId in get().restorePositions)) return;
      set((s) => {
        const { [columnId]: _done, ...rest } = s.restorePositions;
        return { restorePositions: rest };
      });
    },
    reportReadingPosition(columnId, position) {
      clearTimeout(positionTimers.get(columnId));
      positionTimers.set(
        columnId,
        setTimeout(() => {
          positionTimers.delete(columnId);
          void api.commands['deck.setReadingPosition']({ columnId, position });
        }, positionSettleMs),
      );
    },
    applyTimelineBatch(items) {
      for (const item of items) if (item.type === 'caughtUp') setLoad(item.columnId, { updating: false });
      const s = get();
      const collapsed = new Set(s.columns.filter((c) => c.collapsed).map((c) => c.id));
      const { state, liveNotifications } = reduceTimelineBatch(batchState(s), items, {
        ownUserId: (accountId) => get().accounts.find((a) => a.id === accountId)?.userId,
        isCollapsed: (columnId) => collapsed.has(columnId),
        deduper,
        now: Date.now(),
      });
      if (Object.keys(state).length > 0) set(state);
      if (liveNotifications.length > 0) for (const listener of liveListeners) listener(liveNotifications);
    },
    forgetColumns(keepColumnIds) {
      const keep = new Set(keepColumnIds);
      const state = get();
      const goneIds = new Set(
        [state.columnNoteIds, state.columnNotifications, state.columnGaps, state.columnLive, state.columnLoads]
          .flatMap((record) => Object.keys(record))
          .filter((id) => !keep.has(id)),
      );
      if (goneIds.size === 0) return;
      const without = <T>(record: Record<string, T>): Record<string, T> => {
        const copy = { ...record };
        for (const id of goneIds) delete copy[id];
        return copy;
      };
      for (const id of goneIds) watcher.forget(id);
      const columnNoteIds = without(state.columnNoteIds);
      set({
        columnNoteIds,
        ...sweptNotes(state.notesById, columnNoteIds),
        columnLoads: without(state.columnLoads),
        columnNotifications: without(state.columnNotifications),
        columnGaps: without(state.columnGaps),
        columnLive: without(state.columnLive),
        columnUnseen: without(state.columnUnseen),
        restorePositions: without(state.restorePositions),
      });
    },
    reportVisibleNotes(columnId, entries) {
      watcher.report(columnId, entries);
    },
    resendWatchedNotes() {
      watcher.flush(true);
    },
    onLiveNotifications(listener) {
      liveListeners.add(listener);
      return () => liveListeners.delete(listener);
    },
  };
};
