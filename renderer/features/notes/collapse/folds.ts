import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** What of a note the reader opened: a long note ("Show more"), its CW, a renote shown as one line, a note folded for its sensitive files. */
export type FoldKind = 'more' | 'cw' | 'renote' | 'sensitive';

/** Remembered opened folds at most: the oldest is forgotten first (it then shows closed again). */
const capacity = 500;

interface FoldState {
  /** `accountId:noteId:kind` of each fold the reader opened, oldest first. */
  open: ReadonlySet<string>;
}

/**
 * Opened folds live outside the rows: the feed unmounts rows scrolled out of view, and a note the
 * reader opened must come back open (and keep its height, so the list does not jump).
 */
export const folds = createStore<FoldState>()(() => ({ open: new Set<string>() }));

export const foldKey = (accountId: string | null, noteId: string, kind: FoldKind) => `${accountId ?? ''}:${noteId}:${kind}`;

export function setFold(key: string, opened: boolean): void {
  folds.setState(({ open }) => {
    if (open.has(key) === opened) return { open };
    const next = new Set(open);
    if (opened) {
      next.add(key);
      if (next.size > capacity) next.delete(next.values().next().value as string);
    } else next.delete(key);
    return { open: next };
  });
}

/** Whether one fold is open, and a setter; a row re-renders only when its own fold changes. */
export function useFold(accountId: string | null, noteId: string, kind: FoldKind): [boolean, (opened: boolean) => void] {
  const key = foldKey(accountId, noteId, kind);
  const opened = useStore(folds, (s) => s.open.has(key));
  return [opened, (value) => setFold(key, value)];
}

/** For tests. */
export const resetFolds = () => folds.setState({ open: new Set<string>() }, true);
