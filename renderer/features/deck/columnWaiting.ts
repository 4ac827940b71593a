import { useSyncExternalStore } from 'react';

/**
 * Per column: how many newer items wait above the reader's place (what its "N new notes" bar says).
 * Kept outside the app store: it changes as the reader scrolls, and only the jump bar reads it.
 */
const waiting = new Map<string, number>();
const listeners = new Set<() => void>();
let snapshot: ReadonlyMap<string, number> = new Map();

export function setColumnWaiting(columnId: string, count: number): void {
  if ((waiting.get(columnId) ?? 0) === count) return;
  if (count === 0) waiting.delete(columnId);
  else waiting.set(columnId, count);
  snapshot = new Map(waiting);
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Every column's waiting count, re-rendering when one changes. */
export const useColumnsWaiting = (): ReadonlyMap<string, number> => useSyncExternalStore(subscribe, () => snapshot);
