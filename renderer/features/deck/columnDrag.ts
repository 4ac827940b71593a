import type { ColumnView } from '../../../shared/model/column';

/** The drag data type of a column being moved by its header. */
export const columnDragType = 'application/x-missdeck-column';

/** Where `draggedId` lands when dropped before/after `targetId`, as `deck.moveColumn`'s `toIndex`; null for no move. */
export function dropIndex(columns: readonly Pick<ColumnView, 'id'>[], draggedId: string, targetId: string, side: 'before' | 'after'): number | null {
  const from = columns.findIndex((c) => c.id === draggedId);
  const target = columns.findIndex((c) => c.id === targetId);
  if (from < 0 || target < 0 || draggedId === targetId) return null;
  let to = side === 'before' ? target : target + 1;
  // Taking the column out first shifts the columns after it one place left.
  if (from < to) to -= 1;
  return to === from ? null : to;
}

/** Where a drop lands: beside the column, or (its lower quarter) stacked under it. */
export type ColumnDrop = 'before' | 'after' | 'stack';

export function dropSide(box: Pick<DOMRect, 'left' | 'top' | 'width' | 'height'>, x: number, y: number, collapsed: boolean): ColumnDrop {
  if (!collapsed && y > box.top + box.height * 0.75) return 'stack';
  return x < box.left + box.width / 2 ? 'before' : 'after';
}
