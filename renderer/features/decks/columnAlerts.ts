import type { ColumnView } from '../../../shared/model/column';

/** What the alert hook compares between two states of the store. */
export interface AlertState {
  columns: readonly ColumnView[];
  columnNoteIds: Readonly<Record<string, readonly string[]>>;
  columnNotifications: Readonly<Record<string, readonly { notification: { id: string } }[]>>;
  columnLoads: Readonly<Record<string, { status: string } | undefined>>;
}

export interface Arrival {
  column: ColumnView;
  count: number;
}

/** How many items a list gained at its head (newest first): those before the previous head. */
function gainedAtHead(before: readonly string[], after: readonly string[]): number {
  if (before === after || after.length === 0) return 0;
  const head = before[0];
  if (head === undefined) return after.length;
  const at = after.indexOf(head);
  return at < 0 ? 0 : at;
}

/**
 * New items, per column that asked to be told (desktop notification or sound), that arrived live
 * between two states: not the first page of a column that is loading, not older pages.
 */
export function newArrivals(previous: AlertState, next: AlertState): Arrival[] {
  const arrivals: Arrival[] = [];
  for (const column of next.columns) {
    if (!column.notify && !column.sound) continue;
    if (previous.columnLoads[column.id]?.status !== 'loaded') continue;
    const notes = gainedAtHead(previous.columnNoteIds[column.id] ?? [], next.columnNoteIds[column.id] ?? []);
    const before = previous.columnNotifications[column.id] ?? [];
    const after = next.columnNotifications[column.id] ?? [];
    const notifications = before === after ? 0 : gainedAtHead(before.map((item) => item.notification.id), after.map((item) => item.notification.id));
    const count = notes + notifications;
    if (count > 0) arrivals.push({ column, count });
  }
  return arrivals;
}
