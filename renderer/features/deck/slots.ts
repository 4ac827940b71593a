import type { ColumnView } from '../../../shared/model/column';

/** A place in the deck's row: one column, or several stacked (the first heads it and sets the width). */
export interface DeckSlot {
  columns: ColumnView[];
  /** Each column's index in the deck's order. */
  firstIndex: number;
}

/** The deck's columns grouped into slots: a stacked column joins the slot of the column before it. */
export function slotsOf(columns: readonly ColumnView[]): DeckSlot[] {
  const slots: DeckSlot[] = [];
  columns.forEach((column, index) => {
    const last = slots[slots.length - 1];
    if (column.stacked && last) last.columns.push(column);
    else slots.push({ columns: [column], firstIndex: index });
  });
  return slots;
}

export const stackShare = (column: Pick<ColumnView, 'stackShare'>): number => column.stackShare ?? 1;

/** New shares for two neighbours in a stack when the split between them moves by `delta` of their joint height. */
export function resizedShares(above: number, below: number, delta: number): [number, number] {
  const total = above + below;
  const min = Math.max(0.1, total * 0.1);
  const next = Math.min(total - min, Math.max(min, above + delta * total));
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return [round(next), round(total - next)];
}
