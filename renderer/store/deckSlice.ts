import type { CommandInput } from '../../shared/contract/commands';
import type { CommandError } from '../../shared/contract/result';
import type { ColumnView } from '../../shared/model/column';
import type { SliceCreator } from './types';

export interface DeckSlice {
  columns: ColumnView[];
  deckLoaded: boolean;
  deckError: CommandError | null;
  loadDeck(): Promise<void>;
  setColumns(columns: ColumnView[]): void;
  addColumn(input: CommandInput<'deck.addColumn'>): Promise<CommandError | null>;
  removeColumn(columnId: string): Promise<void>;
}

export const createDeckSlice: SliceCreator<DeckSlice> = (api) => (set, get) => ({
  columns: [],
  deckLoaded: false,
  deckError: null,
  async loadDeck() {
    const result = await api.commands['deck.get']({});
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
});
