import type { CommandError } from '../../shared/contract/result';
import type { DeckExport, DecksView } from '../../shared/model/deck';
import type { Result } from '../../shared/contract/result';
import { coreText } from '../i18n/coreText';
import { idleLoad } from './timelineSlice';
import type { SliceCreator } from './types';

export interface DecksSlice {
  decks: DecksView;
  /** Why the last deck operation failed (an import refused, the last deck kept), if it did. */
  decksNotice: string | null;
  loadDecks(): Promise<void>;
  setDecks(view: DecksView): void;
  createDeck(name: string): Promise<CommandError | null>;
  renameDeck(deckId: string, name: string): Promise<CommandError | null>;
  duplicateDeck(deckId: string, name: string): Promise<CommandError | null>;
  removeDeck(deckId: string): Promise<CommandError | null>;
  moveDeck(deckId: string, toIndex: number): Promise<CommandError | null>;
  switchDeck(deckId: string): Promise<CommandError | null>;
  exportDeck(deckId: string): Promise<Result<DeckExport>>;
  importDeck(text: string): Promise<CommandError | null>;
  /** Puts a column under another in its slot, or (null) in a slot of its own. */
  stackColumn(columnId: string, underColumnId: string | null): Promise<CommandError | null>;
  /** A stacked column's share of its slot's height; its new-item alerts. */
  arrangeColumn(columnId: string, change: { stackShare?: number; notify?: boolean; sound?: boolean }): Promise<CommandError | null>;
  /** Forgets what the column shows and loads it again from the server. */
  reloadColumn(columnId: string): void;
  /** Nothing new counts as unread any more (a collapsed column's count; the list's jump to the top is the caller's). */
  markColumnSeen(columnId: string): void;
  clearDecksNotice(): void;
}

export const createDecksSlice: SliceCreator<DecksSlice> = (api) => (set, get) => {
  /** Runs a deck command; its answer is the decks as they are now, or a reason to show. */
  const run = async (call: Promise<Result<DecksView>>): Promise<CommandError | null> => {
    set({ decksNotice: null });
    const result = await call;
    if (result.ok) {
      get().setDecks(result.value);
      return null;
    }
    set({ decksNotice: coreText(result.error) });
    return result.error;
  };
  /** Per column: the last arrange change sent. */
  const arranging = new Map<string, number>();
  return {
    decks: { decks: [], activeDeckId: '' },
    decksNotice: null,
    async loadDecks() {
      const result = await api.commands['decks.list']({});
      if (result.ok) get().setDecks(result.value);
    },
    setDecks(view) {
      set({ decks: view });
    },
    createDeck: (name) => run(api.commands['decks.create']({ name })),
    renameDeck: (deckId, name) => run(api.commands['decks.rename']({ deckId, name })),
    duplicateDeck: (deckId, name) => run(api.commands['decks.duplicate']({ deckId, name })),
    removeDeck: (deckId) => run(api.commands['decks.remove']({ deckId })),
    moveDeck: (deckId, toIndex) => run(api.commands['decks.move']({ deckId, toIndex })),
    switchDeck: (deckId) => run(api.commands['decks.switch']({ deckId })),
    exportDeck: (deckId) => api.commands['decks.export']({ deckId }),
    importDeck: (text) => run(api.commands['decks.import']({ text })),
    async stackColumn(columnId, underColumnId) {
      const result = await api.commands['deck.stackColumn']({ columnId, underColumnId });
      if (result.ok) {
        get().setColumns(result.value);
        return null;
      }
      set({ deckNotice: coreText(result.error) });
      return result.error;
    },
    async arrangeColumn(columnId, change) {
      set((s) => ({ columns: s.columns.map((c) => (c.id === columnId ? { ...c, ...change } : c)) }));
      const sequence = (arranging.get(columnId) ?? 0) + 1;
      arranging.set(columnId, sequence);
      const result = await api.commands['deck.arrangeColumn']({ columnId, ...change });
      // A later change to the same column is on its way: its answer settles it.
      if (arranging.get(columnId) !== sequence) return null;
      if (result.ok) {
        set((s) => ({ columns: s.columns.map((c) => (c.id === columnId ? result.value : c)) }));
        return null;
      }
      set({ deckNotice: coreText(result.error) });
      return result.error;
    },
    reloadColumn(columnId) {
      set((s) => ({
        columnNoteIds: { ...s.columnNoteIds, [columnId]: [] },
        columnNotifications: { ...s.columnNotifications, [columnId]: [] },
        columnGaps: { ...s.columnGaps, [columnId]: [] },
        columnUnseen: { ...s.columnUnseen, [columnId]: 0 },
        columnLoads: { ...s.columnLoads, [columnId]: idleLoad },
      }));
      void get().loadColumn(columnId);
    },
    markColumnSeen(columnId) {
      set((s) => ({ columnUnseen: { ...s.columnUnseen, [columnId]: 0 } }));
    },
    clearDecksNotice() {
      set({ decksNotice: null });
    },
  };
};
