import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { columnKinds, type ColumnView } from '../../../shared/model/column';
import { deckNameMax, type DecksView } from '../../../shared/model/deck';
import type { KeyValueStore, Logger } from '../platform';

export const columnSchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  kind: z.enum(columnKinds),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  width: z.number().int().min(200).max(1200),
  // Added after the first layouts were saved; those read as expanded.
  collapsed: z.boolean().default(false),
  stacked: z.boolean().optional(),
  stackShare: z.number().min(0.1).max(10).optional(),
  notify: z.boolean().optional(),
  sound: z.boolean().optional(),
  missingAccount: z.string().optional(),
});

export interface StoredDeck {
  id: string;
  name: string;
  columns: ColumnView[];
}

const storeKey = 'deck';
const currentVersion = 2;
export const defaultColumnWidth = 340;

const columnsOf = (entries: readonly unknown[]): ColumnView[] =>
  entries.flatMap((entry) => {
    const parsed = columnSchema.safeParse(entry);
    return parsed.success ? [parsed.data as ColumnView] : [];
  });

const storedDeckSchema = z.object({ id: z.string().min(1), name: z.string().max(deckNameMax), columns: z.array(z.unknown()) });

/** The columns without one; a slot's head taken away leaves the next of its slot heading it. */
function withoutColumn(columns: readonly ColumnView[], columnId: string): ColumnView[] {
  const at = columns.findIndex((column) => column.id === columnId);
  if (at < 0) return [...columns];
  const next = columns[at + 1];
  const promoted = !columns[at]!.stacked && next?.stacked ? { ...next, stacked: false } : next;
  return [...columns.slice(0, at), ...(promoted ? [promoted] : []), ...columns.slice(at + 2)];
}

/**
 * Named decks, each with its columns and their order, and which one is shown; persisted.
 * Version 1 kept one deck's columns: those become the first deck. Unreadable entries are dropped,
 * readable ones kept. The column methods act on the deck shown.
 */
export class DeckStore {
  private decks: StoredDeck[] = [{ id: randomUUID(), name: '', columns: [] }];
  private activeId = this.decks[0]!.id;

  constructor(
    private readonly store: KeyValueStore,
    private readonly logger: Logger,
  ) {}

  load(): ColumnView[] {
    const raw = this.store.get(storeKey);
    const doc = z.object({ version: z.number() }).loose().safeParse(raw);
    if (raw !== undefined && !doc.success) this.logger.warn('deck layout unreadable; starting with an empty deck');
    const v1 = z.object({ version: z.literal(1), columns: z.array(z.unknown()) }).safeParse(raw);
    const v2 = z.object({ version: z.literal(currentVersion), activeDeckId: z.string(), decks: z.array(z.unknown()) }).safeParse(raw);
    if (v2.success) {
      this.decks = v2.data.decks.flatMap((entry) => {
        const parsed = storedDeckSchema.safeParse(entry);
        return parsed.success ? [{ ...parsed.data, columns: columnsOf(parsed.data.columns) }] : [];
      });
      this.activeId = v2.data.activeDeckId;
    } else {
      if (doc.success && !v1.success) this.logger.warn('deck layout of an unknown version; starting with an empty deck', { version: doc.data.version });
      this.decks = [{ id: randomUUID(), name: '', columns: v1.success ? columnsOf(v1.data.columns) : [] }];
      this.activeId = this.decks[0]!.id;
      if (v1.success) this.save();
    }
    if (this.decks.length === 0) this.decks = [{ id: randomUUID(), name: '', columns: [] }];
    if (!this.decks.some((deck) => deck.id === this.activeId)) this.activeId = this.decks[0]!.id;
    return this.all() as ColumnView[];
  }

  // --- The deck shown ---

  all(): readonly ColumnView[] {
    return this.active().columns;
  }

  find(columnId: string): ColumnView | undefined {
    return this.all().find((column) => column.id === columnId);
  }

  add(column: ColumnView): void {
    this.setColumns([...this.all(), column]);
  }

  update(column: ColumnView): void {
    this.setColumns(this.all().map((existing) => (existing.id === column.id ? column : existing)));
  }

  /** A moved column takes a slot of its own; `stacked` puts it under the column before it instead. */
  move(columnId: string, toIndex: number, stacked = false): void {
    const column = this.find(columnId);
    if (!column) return;
    const rest = withoutColumn(this.all(), columnId);
    const { stackShare: _share, ...moved } = column;
    this.setColumns(rest.toSpliced(Math.min(toIndex, rest.length), 0, stacked ? { ...moved, stacked: true } : { ...moved, stacked: false }));
  }

  remove(columnId: string): void {
    this.setColumns(withoutColumn(this.all(), columnId));
  }

  setColumns(columns: ColumnView[]): void {
    // The leftmost column heads its slot whatever it says.
    this.active().columns = columns.map((column, index) => (index === 0 && column.stacked ? { ...column, stacked: false } : column));
    this.save();
  }

  // --- Every deck ---

  decksView(): DecksView {
    return { activeDeckId: this.activeId, decks: this.decks.map((deck) => ({ id: deck.id, name: deck.name, columnCount: deck.columns.length })) };
  }

  deck(deckId: string): StoredDeck | undefined {
    return this.decks.find((deck) => deck.id === deckId);
  }

  activeDeckId(): string {
    return this.activeId;
  }

  /** Every column of every deck. */
  everyColumn(): ColumnView[] {
    return this.decks.flatMap((deck) => deck.columns);
  }

  /** Takes the matching columns out of every deck, each as `remove` takes one out of the deck shown. */
  removeFromEveryDeck(doomed: (column: ColumnView) => boolean): void {
    for (const deck of this.decks) deck.columns = deck.columns.filter(doomed).reduce((columns, column) => withoutColumn(columns, column.id), deck.columns);
    this.save();
  }

  /** Changes columns in every deck (removing an account's, binding an imported column to a new sign-in). */
  mapEveryColumn(change: (column: ColumnView) => ColumnView | null): void {
    for (const deck of this.decks) deck.columns = deck.columns.flatMap((column) => change(column) ?? []);
    this.save();
  }

  addDeck(deck: StoredDeck, index = this.decks.length): void {
    this.decks = this.decks.toSpliced(index, 0, deck);
    this.save();
  }

  renameDeck(deckId: string, name: string): void {
    const deck = this.deck(deckId);
    if (deck) deck.name = name;
    this.save();
  }

  moveDeck(deckId: string, toIndex: number): void {
    const deck = this.deck(deckId);
    if (!deck) return;
    const rest = this.decks.filter((existing) => existing.id !== deckId);
    this.decks = rest.toSpliced(Math.min(toIndex, rest.length), 0, deck);
    this.save();
  }

  removeDeck(deckId: string): void {
    const at = this.decks.findIndex((deck) => deck.id === deckId);
    if (at < 0 || this.decks.length === 1) return;
    this.decks = this.decks.filter((deck) => deck.id !== deckId);
    if (this.activeId === deckId) this.activeId = this.decks[Math.max(0, at - 1)]!.id;
    this.save();
  }

  setActive(deckId: string): void {
    if (this.deck(deckId)) this.activeId = deckId;
    this.save();
  }

  private active(): StoredDeck {
    return this.deck(this.activeId) ?? this.decks[0]!;
  }

  private save(): void {
    this.store.set(storeKey, { version: currentVersion, activeDeckId: this.activeId, decks: this.decks });
  }
}
