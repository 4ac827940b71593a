import { z } from 'zod';
import type { ColumnView } from '../model/column';
import { deckNameMax, type DeckExport, type DecksView } from '../model/deck';

/** Phantom marker: carries the output type of a command, never a value. */
const returns = <T>(): T => undefined as T;
const id = z.string().min(1).max(64);
const deckName = z.string().max(deckNameMax);
const onDeck = z.object({ deckId: id }).strict();

/** Named decks and arranging columns in slots (issue 15, "Arranging"). */
export const decksCommands = {
  'decks.list': { input: z.object({}).strict(), output: returns<DecksView>() },
  /** A new empty deck, shown at once. */
  'decks.create': { input: z.object({ name: deckName }).strict(), output: returns<DecksView>() },
  'decks.rename': { input: z.object({ deckId: id, name: deckName }).strict(), output: returns<DecksView>() },
  /** A copy right after the original, shown at once. */
  'decks.duplicate': { input: z.object({ deckId: id, name: deckName }).strict(), output: returns<DecksView>() },
  'decks.remove': { input: onDeck, output: returns<DecksView>() },
  'decks.move': { input: z.object({ deckId: id, toIndex: z.number().int().min(0) }).strict(), output: returns<DecksView>() },
  'decks.switch': { input: onDeck, output: returns<DecksView>() },
  /** The deck as a versioned JSON file, accounts named by `@user@host`. */
  'decks.export': { input: onDeck, output: returns<DeckExport>() },
  /** A deck from an exported file, added and shown; anything else is refused with the reason and changes nothing. */
  'decks.import': { input: z.object({ text: z.string().max(4 * 1024 * 1024) }).strict(), output: returns<DecksView>() },
  /** Puts a column under another in the same slot (`underColumnId`), or in a slot of its own right of its slot (null). */
  'deck.stackColumn': { input: z.object({ columnId: id, underColumnId: id.nullable() }).strict(), output: returns<ColumnView[]>() },
  /** The column's share of its slot's height, and its new-item alerts. */
  'deck.arrangeColumn': {
    input: z.object({ columnId: id, stackShare: z.number().min(0.1).max(10).optional(), notify: z.boolean().optional(), sound: z.boolean().optional() }).strict(),
    output: returns<ColumnView>(),
  },
} as const;
