/** A named deck: its own columns, their order and widths. */
export interface DeckSummary {
  id: string;
  /** Empty for the first deck of an older layout: the renderer names it. */
  name: string;
  columnCount: number;
}

export interface DecksView {
  decks: DeckSummary[];
  activeDeckId: string;
}

export const deckNameMax = 64;
/** Ctrl/Cmd+1…9 reach the first nine. */
export const maxDecks = 50;

/** An exported deck, as a file the user keeps or shares. */
export interface DeckExport {
  fileName: string;
  /** The file's JSON text. */
  text: string;
}
