import type { CommandInput } from '../../shared/contract/commands';
import type { CommandError } from '../../shared/contract/result';
import type { ColumnSource, ColumnView, SourceColumnKind } from '../../shared/model/column';
import type { Result } from '../../shared/contract/result';
import type { UserDetailed } from '../../shared/model/content';
import { coreText } from '../i18n/coreText';
import type { SliceCreator } from './types';
import { idleLoad } from './timelineSlice';

export type ColumnChange = Omit<CommandInput<'deck.updateColumn'>, 'columnId'>;

export interface DeckSlice {
  columns: ColumnView[];
  deckLoaded: boolean;
  deckError: CommandError | null;
  /** Why the last column change (move, width, options) failed, if it did. */
  deckNotice: string | null;
  loadDeck(): Promise<void>;
  setColumns(columns: ColumnView[]): void;
  addColumn(input: CommandInput<'deck.addColumn'>): Promise<CommandError | null>;
  removeColumn(columnId: string): Promise<void>;
  /** Width, collapsed, options: shown at once, then as core keeps it. */
  updateColumn(columnId: string, change: ColumnChange): Promise<CommandError | null>;
  /** Move a column to `toIndex` (0 = leftmost): shown at once, then as core keeps it. */
  moveColumn(columnId: string, toIndex: number): Promise<CommandError | null>;
  /** The account's lists, antennas, channels or roles, for a new column. */
  loadSources(accountId: string, kind: SourceColumnKind): Promise<Result<ColumnSource[]>>;
  /** A user by `@name@host` as the account's server knows them (for a user column). */
  findUser(accountId: string, username: string, host: string | null): Promise<Result<UserDetailed>>;
  clearDeckNotice(): void;
}

/** `columns` with one moved to `toIndex` (clamped). */
export function movedColumns(columns: readonly ColumnView[], columnId: string, toIndex: number): ColumnView[] {
  const from = columns.findIndex((c) => c.id === columnId);
  if (from < 0) return [...columns];
  const next = [...columns];
  const [column] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(next.length, toIndex)), 0, column!);
  return next;
}

export const createDeckSlice: SliceCreator<DeckSlice> = (api) => (set, get) => ({
  columns: [],
  deckLoaded: false,
  deckError: null,
  deckNotice: null,
  async loadDeck() {
    const result = await api.commands['deck.get']({});
    performance.mark('missdeck:deck');
    if (result.ok) get().setColumns(result.value);
    else set({ deckError: result.error });
  },
  setColumns(columns) {
    set({ columns, deckLoaded: true, deckError: null });
    get().forgetColumns(columns.map((c) => c.id));
  },
  async addColumn(input) {
    const result = await api.commands['deck.addColumn'](input);
    if (!result.ok) return result.error;
    const column = result.value;
    // `deck.changed` may already have brought it.
    if (!get().columns.some((c) => c.id === column.id)) set((s) => ({ columns: [...s.columns, column] }));
    return null;
  },
  async removeColumn(columnId) {
    const result = await api.commands['deck.removeColumn']({ columnId });
    if (result.ok) get().setColumns(get().columns.filter((c) => c.id !== columnId));
  },
  async updateColumn(columnId, change) {
    const before = get().columns;
    set({
      deckNotice: null,
      columns: before.map((c) => (c.id === columnId ? { ...c, ...change, params: change.params ?? c.params } : c)),
      ...(change.collapsed === false ? { columnUnseen: { ...get().columnUnseen, [columnId]: 0 } } : {}),
    });
    const result = await api.commands['deck.updateColumn']({ columnId, ...change });
    if (result.ok) {
      set((s) => ({ columns: s.columns.map((c) => (c.id === columnId ? result.value : c)) }));
      // New options: the column starts over from core's new feed.
      if (change.params) {
        set((s) => ({ columnLoads: { ...s.columnLoads, [columnId]: idleLoad } }));
        set((s) => ({
          columnNoteIds: { ...s.columnNoteIds, [columnId]: [] },
          columnNotifications: { ...s.columnNotifications, [columnId]: [] },
          columnGaps: { ...s.columnGaps, [columnId]: [] },
        }));
      }
      return null;
    }
    set({ columns: before, deckNotice: coreText(result.error) });
    return result.error;
  },
  async moveColumn(columnId, toIndex) {
    const before = get().columns;
    set({ deckNotice: null, columns: movedColumns(before, columnId, toIndex) });
    const result = await api.commands['deck.moveColumn']({ columnId, toIndex });
    if (result.ok) {
      set({ columns: result.value });
      return null;
    }
    set({ columns: before, deckNotice: coreText(result.error) });
    return result.error;
  },
  loadSources(accountId, kind) {
    return api.commands['deck.sources']({ accountId, kind });
  },
  findUser(accountId, username, host) {
    return api.commands['users.show']({ accountId, username, host });
  },
  clearDeckNotice() {
    set({ deckNotice: null });
  },
});
