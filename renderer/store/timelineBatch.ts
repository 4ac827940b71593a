import type { TimelineItem } from '../../shared/contract/events';
import type { Note } from '../../shared/model/note';
import type { NotificationItem } from '../../shared/model/notification';
import type { CoreText } from '../../shared/messages/coreText';
import type { AccountConnection } from './connectionSlice';
import { addGap, type GapMarker } from './gaps';
import { liveLimit, mergeNoteIds } from './noteOrder';
import { dropsBeforeSweep, sweptNotes } from './noteSweep';
import { copyOfNotes } from './notesById';
import { sameData } from './sameData';
import { applyNoteUpdates, type NoteUpdateEvent, type UpdateDeduper } from './noteUpdates';
import { mergeNotifications, notificationKey } from './notificationOrder';

/** Whether a column streams live, was refused by the server, or refreshes on a timer (`columnState`). */
export interface ColumnLive {
  state: 'live' | 'refused' | 'polling';
  /** Why it was refused, as the core said it. */
  reason?: CoreText;
}

/** The part of the store a batch changes. */
export interface BatchState {
  notesById: Record<string, Note>;
  columnNoteIds: Record<string, string[]>;
  /** How many times a note id fell out of a column since the notes no column shows were last dropped. */
  noteDropsSinceSweep: number;
  columnNotifications: Record<string, NotificationItem[]>;
  columnGaps: Record<string, GapMarker[]>;
  columnLive: Record<string, ColumnLive>;
  columnUnseen: Record<string, number>;
  unreadNotifications: Record<string, number>;
  accountConnections: Record<string, AccountConnection>;
}

export interface BatchContext {
  /** The user id of a signed-in account, to tell its own reactions and votes. */
  ownUserId(accountId: string): string | undefined;
  /** Whether a column is collapsed (it counts what it has not shown). */
  isCollapsed(columnId: string): boolean;
  deduper: UpdateDeduper;
  now: number;
}

export interface BatchOutcome {
  state: Partial<BatchState>;
  /** Notifications that arrived live (not loaded), once each even if two columns show them. */
  liveNotifications: NotificationItem[];
}

type ColumnNotes = Pick<BatchState, 'notesById' | 'columnNoteIds' | 'noteDropsSinceSweep'>;

/**
 * Merge notes into columns; the notes no column shows any more are dropped in bulk every so often
 * (`dropsBeforeSweep`). A note held already with the same data stays the object it was, so a note
 * that several columns receive changes `notesById` (and re-renders its rows) once, not once a column.
 * Pure over the state given.
 */
export function mergeColumnNotes(
  state: ColumnNotes,
  additions: readonly { columnId: string; notes: readonly Note[]; limit?: number }[],
): ColumnNotes {
  if (additions.length === 0) return state;
  let notesById = state.notesById;
  const hold = (note: Note) => {
    const held = notesById[note.id];
    if (held && sameData(held, note)) return;
    if (notesById === state.notesById) notesById = copyOfNotes(notesById);
    notesById[note.id] = note;
  };
  const columnNoteIds = { ...state.columnNoteIds };
  let drops = state.noteDropsSinceSweep;
  for (const { columnId, notes, limit } of additions) {
    for (const note of notes) hold(note);
    const before = columnNoteIds[columnId] ?? [];
    const after = mergeNoteIds(before, notes, (id) => notesById[id], limit ?? liveLimit(before.length));
    // What fell out, or never got in; a note given twice counts twice, which only sweeps sooner.
    drops += before.length + notes.length - after.length;
    columnNoteIds[columnId] = after;
  }
  if (drops >= dropsBeforeSweep) return { columnNoteIds, ...sweptNotes(notesById, columnNoteIds) };
  return { notesById, columnNoteIds, noteDropsSinceSweep: drops };
}

/** Remove deleted notes from every column and the notifications about them. */
function removeDeleted(state: BatchState, deleted: ReadonlySet<string>): Pick<BatchState, 'columnNoteIds' | 'columnNotifications'> {
  const columnNoteIds = { ...state.columnNoteIds };
  for (const [columnId, ids] of Object.entries(columnNoteIds)) {
    if (ids.some((id) => deleted.has(id))) columnNoteIds[columnId] = ids.filter((id) => !deleted.has(id));
  }
  const columnNotifications = { ...state.columnNotifications };
  for (const [columnId, items] of Object.entries(columnNotifications)) {
    const gone = (item: NotificationItem) => {
      const note = (item.notification as { note?: { id?: string } }).note;
      return typeof note?.id === 'string' && deleted.has(note.id);
    };
    if (items.some(gone)) columnNotifications[columnId] = items.filter((item) => !gone(item));
  }
  return { columnNoteIds, columnNotifications };
}

/**
 * Everything one `timeline.batch` changes, computed at once so the store updates once per batch.
 * Pure: the caller sets the returned state.
 */
export function reduceTimelineBatch(state: BatchState, items: readonly TimelineItem[], ctx: BatchContext): BatchOutcome {
  const noteAdditions: { columnId: string; notes: Note[] }[] = [];
  const updates: NoteUpdateEvent[] = [];
  const removals: { columnId: string; noteIds: string[] }[] = [];
  const out: Partial<BatchState> = {};
  const liveNotifications: NotificationItem[] = [];
  const seenLive = new Set<string>();
  let notifications: Record<string, NotificationItem[]> | null = null;
  let gaps: Record<string, GapMarker[]> | null = null;
  let live: Record<string, ColumnLive> | null = null;
  let unread: Record<string, number> | null = null;
  let connections: Record<string, AccountConnection> | null = null;
  let unseen: Record<string, number> | null = null;
  const countUnseen = (columnId: string, count: number) => {
    if (count <= 0 || !ctx.isCollapsed(columnId)) return;
    unseen ??= { ...state.columnUnseen };
    unseen[columnId] = (unseen[columnId] ?? 0) + count;
  };

  for (const item of items) {
    switch (item.type) {
      case 'notes': {
        noteAdditions.push({ columnId: item.columnId, notes: item.notes });
        if (ctx.isCollapsed(item.columnId)) {
          const held = new Set(state.columnNoteIds[item.columnId] ?? []);
          countUnseen(item.columnId, item.notes.filter((n) => !held.has(n.id)).length);
        }
        break;
      }
      case 'notifications': {
        notifications ??= { ...state.columnNotifications };
        const before = notifications[item.columnId] ?? [];
        const held = new Set(before.map(notificationKey));
        // A live notification merged into a grouped row (`arrived`) is new even though the row's key is held.
        const fresh = item.items.flatMap((n) =>
          n?.arrived ? [{ accountId: n.accountId, notification: n.arrived }] : n?.notification && !held.has(notificationKey(n)) ? [n] : [],
        );
        notifications[item.columnId] = mergeNotifications(before, item.items, liveLimit(before.length));
        countUnseen(item.columnId, fresh.length);
        for (const n of fresh) {
          const key = notificationKey(n);
          if (!seenLive.has(key)) {
            seenLive.add(key);
            liveNotifications.push(n);
          }
        }
        break;
      }
      case 'gap':
        gaps ??= { ...state.columnGaps };
        gaps[item.columnId] = addGap(gaps[item.columnId], item.sinceId, item.untilId);
        break;
      case 'columnNotesRemoved':
        removals.push(item);
        break;
      case 'noteUpdated':
        if (ctx.deduper.accept(item)) updates.push(item);
        break;
      case 'columnState':
        live ??= { ...state.columnLive };
        live[item.columnId] = item.reason ? { state: item.state, reason: item.reason } : { state: item.state };
        break;
      case 'unread':
        unread ??= { ...state.unreadNotifications };
        unread[item.accountId] = Math.max(0, item.unreadNotifications);
        break;
      case 'connection':
        connections ??= { ...state.accountConnections };
        connections[item.accountId] =
          item.retryInMs === undefined ? { state: item.state, since: ctx.now } : { state: item.state, retryInMs: item.retryInMs, since: ctx.now };
        break;
    }
  }

  let working: BatchState = { ...state, ...(notifications ? { columnNotifications: notifications } : {}) };
  if (noteAdditions.length > 0) working = { ...working, ...mergeColumnNotes(working, noteAdditions) };
  if (updates.length > 0) {
    const { notesById, deleted } = applyNoteUpdates(working.notesById, updates, ctx.ownUserId);
    working = { ...working, notesById };
    if (deleted.size > 0) working = { ...working, ...removeDeleted(working, deleted) };
  }
  if (removals.length > 0) {
    const columnNoteIds = { ...working.columnNoteIds };
    for (const { columnId, noteIds } of removals) {
      const gone = new Set(noteIds);
      if (columnNoteIds[columnId]) columnNoteIds[columnId] = columnNoteIds[columnId].filter((id) => !gone.has(id));
    }
    working = { ...working, columnNoteIds };
  }
  if (noteAdditions.length > 0 || updates.length > 0 || removals.length > 0) {
    out.notesById = working.notesById;
    out.columnNoteIds = working.columnNoteIds;
    out.noteDropsSinceSweep = working.noteDropsSinceSweep;
  }
  if (working.columnNotifications !== state.columnNotifications) out.columnNotifications = working.columnNotifications;
  if (gaps) out.columnGaps = gaps;
  if (live) out.columnLive = live;
  if (unread) out.unreadNotifications = unread;
  if (connections) out.accountConnections = connections;
  if (unseen) out.columnUnseen = unseen;
  return { state: out, liveNotifications };
}
