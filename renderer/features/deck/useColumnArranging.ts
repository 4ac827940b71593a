import { useCallback } from 'react';
import type { KeyboardEvent } from 'react';
import type { ColumnView } from '../../../shared/model/column';
import { useAppState, useAppStoreApi } from '../../store';

/** Refocuses what had focus once the deck has re-rendered the column in its new slot. */
function keepFocus(run: () => Promise<unknown>): void {
  const active = document.activeElement as HTMLElement | null;
  const columnId = active?.closest<HTMLElement>('section[data-column-id]')?.dataset.columnId;
  void run().then(() =>
    requestAnimationFrame(() => {
      if (active?.isConnected) active.focus();
      else if (columnId) document.querySelector<HTMLElement>(`section[data-column-id="${columnId}"] [data-column-settings-button]`)?.focus();
    }),
  );
}

/** Stacking a column under the one to its left, and out again: from the menu, the keys and a drop. */
export function useColumnArranging(column: ColumnView, index: number) {
  const store = useAppStoreApi();
  const stackColumn = useAppState((s) => s.stackColumn);
  const canStack = index > 0;
  const stackUnderLeft = useCallback(() => {
    const left = store.getState().columns[index - 1];
    if (left) keepFocus(() => stackColumn(column.id, left.id));
  }, [store, stackColumn, column.id, index]);
  const unstack = useCallback(() => keepFocus(() => stackColumn(column.id, null)), [stackColumn, column.id]);
  const stackUnder = useCallback((draggedId: string, targetId: string) => stackColumn(draggedId, targetId), [stackColumn]);
  /** Alt+Shift+↓ stacks under the left column, Alt+Shift+↑ unstacks; true when the key was one of them. */
  const onStackKey = (event: KeyboardEvent): boolean => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'ArrowDown' && canStack && !column.stacked) stackUnderLeft();
    if (event.key === 'ArrowUp' && column.stacked) unstack();
    return true;
  };
  return { canStack, stackUnderLeft, unstack, stackUnder, onStackKey };
}
