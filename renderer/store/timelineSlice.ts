import type { TimelineItem } from '../../shared/contract/events';
import type { CommandError } from '../../shared/contract/result';
import type { Note } from '../../shared/model/note';
import { columnWindow, mergeNoteIds, unreferencedIds } from './noteOrder';
import type { AppState, SliceCreator } from './types';

export interface ColumnLoad {
  status: 'idle' | 'loading' | 'loaded' | 'error';
  error: CommandError | null;
  loadingOlder: boolean;
  /** An older page came back empty: nothing more to load. */
  reachedEnd: boolean;
}

export interface TimelineSlice {
  /** Every note on screen, once, by id: an update to a note changes every column showing it. */
  notesById: Record<string, Note>;
  /** Per column: note ids, newest first, at most `columnWindow`. */
  columnNoteIds: Record<string, string[]>;
  columnLoads: Record<string, ColumnLoad>;
  loadColumn(columnId: string): Promise<void>;
  loadOlder(columnId: string): Promise<void>;
  applyTimelineBatch(items: readonly TimelineItem[]): void;
  /** Drop the notes of columns that are no longer on the deck. */
  forgetColumns(keepColumnIds: readonly string[]): void;
}

export const idleLoad: ColumnLoad = { status: 'idle', error: null, loadingOlder: false, reachedEnd: false };

type NotesState = Pick<AppState, 'notesById' | 'columnNoteIds'>;

/** Merge notes into columns, drop the notes nobody shows any more. Pure over the state given. */
export function mergeColumnNotes(
  state: NotesState,
  additions: readonly { columnId: string; notes: readonly Note[] }[],
): NotesState {
  if (additions.length === 0) return state;
  const notesById = { ...state.notesById };
  const columnNoteIds = { ...state.columnNoteIds };
  const maybeUnused = new Set<string>();
  for (const { columnId, notes } of additions) {
    for (const note of notes) notesById[note.id] = note;
    const before = columnNoteIds[columnId] ?? [];
    const after = mergeNoteIds(before, notes, (id) => notesById[id]);
    const kept = new Set(after);
    for (const id of before) if (!kept.has(id)) maybeUnused.add(id);
    for (const note of notes) if (!kept.has(note.id)) maybeUnused.add(note.id);
    columnNoteIds[columnId] = after;
  }
  for (const id of unreferencedIds(maybeUnused, columnNoteIds)) delete notesById[id];
  return { notesById, columnNoteIds };
}

export const createTimelineSlice: SliceCreator<TimelineSlice> = (api) => (set, get) => {
  const setLoad = (columnId: string, patch: Partial<ColumnLoad>) =>
    set((s) => ({ columnLoads: { ...s.columnLoads, [columnId]: { ...(s.columnLoads[columnId] ?? idleLoad), ...patch } } }));

  return {
    notesById: {},
    columnNoteIds: {},
    columnLoads: {},
    async loadColumn(columnId) {
      if (get().columnLoads[columnId]?.status === 'loading') return;
      setLoad(columnId, { status: 'loading', error: null });
      const result = await api.commands['timeline.load']({ columnId });
      if (!result.ok) {
        setLoad(columnId, { status: 'error', error: result.error });
        return;
      }
      set((s) => mergeColumnNotes(s, [{ columnId, notes: result.value }]));
      setLoad(columnId, { status: 'loaded', error: null, reachedEnd: result.value.length === 0 });
    },
    async loadOlder(columnId) {
      const load = get().columnLoads[columnId] ?? idleLoad;
      const ids = get().columnNoteIds[columnId] ?? [];
      const untilId = ids[ids.length - 1];
      if (load.status !== 'loaded' || load.loadingOlder || load.reachedEnd || !untilId) return;
      if (ids.length >= columnWindow) return;
      setLoad(columnId, { loadingOlder: true });
      const result = await api.commands['timeline.load']({ columnId, untilId });
      if (!result.ok) {
        setLoad(columnId, { loadingOlder: false, error: result.error });
        return;
      }
      set((s) => mergeColumnNotes(s, [{ columnId, notes: result.value }]));
      setLoad(columnId, { loadingOlder: false, error: null, reachedEnd: result.value.length === 0 });
    },
    applyTimelineBatch(items) {
      const additions: { columnId: string; notes: Note[] }[] = [];
      for (const item of items) {
        if (item.type === 'notes') additions.push({ columnId: item.columnId, notes: item.notes });
        else if (item.type === 'connection') get().setAccountConnection(item.accountId, item.state, item.retryInMs);
      }
      if (additions.length > 0) set((s) => mergeColumnNotes(s, additions));
    },
    forgetColumns(keepColumnIds) {
      const keep = new Set(keepColumnIds);
      const state = get();
      const gone = Object.keys(state.columnNoteIds).filter((id) => !keep.has(id));
      if (gone.length === 0) return;
      const columnNoteIds = { ...state.columnNoteIds };
      const columnLoads = { ...state.columnLoads };
      const candidates: string[] = [];
      for (const id of gone) {
        candidates.push(...(columnNoteIds[id] ?? []));
        delete columnNoteIds[id];
        delete columnLoads[id];
      }
      const notesById = { ...state.notesById };
      for (const id of unreferencedIds(candidates, columnNoteIds)) delete notesById[id];
      set({ columnNoteIds, columnLoads, notesById });
    },
  };
};
