import { z } from 'zod';
import { columnKinds, type ColumnView } from '../../../shared/model/column';
import type { KeyValueStore, Logger } from '../platform';

const columnSchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  kind: z.enum(columnKinds),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  width: z.number().int().min(200).max(1200),
  // Added after the first layouts were saved; those read as expanded.
  collapsed: z.boolean().default(false),
});

const storeKey = 'deck';
const currentVersion = 1;
export const defaultColumnWidth = 340;

/** Columns and their order, persisted; unreadable entries are dropped, readable ones kept. */
export class DeckStore {
  private columns: ColumnView[] = [];

  constructor(
    private readonly store: KeyValueStore,
    private readonly logger: Logger,
  ) {}

  load(): ColumnView[] {
    const raw = this.store.get(storeKey);
    const doc = z.object({ version: z.number(), columns: z.array(z.unknown()) }).safeParse(raw);
    if (raw !== undefined && !doc.success) this.logger.warn('deck layout unreadable; starting with an empty deck');
    this.columns = (doc.success ? doc.data.columns : []).flatMap((entry) => {
      const parsed = columnSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
    return this.columns;
  }

  all(): readonly ColumnView[] {
    return this.columns;
  }

  find(columnId: string): ColumnView | undefined {
    return this.columns.find((column) => column.id === columnId);
  }

  add(column: ColumnView): void {
    this.columns = [...this.columns, column];
    this.save();
  }

  update(column: ColumnView): void {
    this.columns = this.columns.map((existing) => (existing.id === column.id ? column : existing));
    this.save();
  }

  move(columnId: string, toIndex: number): void {
    const column = this.find(columnId);
    if (!column) return;
    const rest = this.columns.filter((existing) => existing.id !== columnId);
    this.columns = rest.toSpliced(Math.min(toIndex, rest.length), 0, column);
    this.save();
  }

  remove(columnId: string): void {
    this.columns = this.columns.filter((column) => column.id !== columnId);
    this.save();
  }

  private save(): void {
    this.store.set(storeKey, { version: currentVersion, columns: this.columns });
  }
}
