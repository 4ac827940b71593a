/** A note on screen, with the account whose stream should report its updates. */
export interface WatchEntry {
  accountId: string;
  noteId: string;
}

export interface NoteWatcherOptions {
  send(notes: WatchEntry[]): void;
  delayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** The union of every column's visible notes, once each, in a stable order. */
export function watchSet(byColumn: ReadonlyMap<string, readonly WatchEntry[]>): WatchEntry[] {
  const seen = new Map<string, WatchEntry>();
  for (const entries of byColumn.values()) {
    for (const entry of entries) {
      const key = `${entry.accountId} ${entry.noteId}`;
      if (!seen.has(key)) seen.set(key, entry);
    }
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

const keyOf = (entries: readonly WatchEntry[]): string => entries.map((e) => `${e.accountId} ${e.noteId}`).join('\n');

/**
 * Gathers what each column renders and tells the core the full set of notes on screen, at most
 * once per `delayMs` and only when it changed, so scrolling does not flood the bridge.
 */
export function createNoteWatcher({ send, delayMs = 300, setTimer = setTimeout, clearTimer = (h) => clearTimeout(h as number) }: NoteWatcherOptions) {
  const byColumn = new Map<string, readonly WatchEntry[]>();
  let lastSent = '';
  let timer: unknown = null;

  const flush = (force = false) => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const entries = watchSet(byColumn).slice(0, 2000);
    const key = keyOf(entries);
    if (!force && key === lastSent) return;
    lastSent = key;
    send(entries);
  };
  const schedule = () => {
    if (timer === null) timer = setTimer(() => flush(), delayMs);
  };

  return {
    /** What a column renders now (its virtual rows plus overscan). */
    report(columnId: string, entries: readonly WatchEntry[]) {
      const before = byColumn.get(columnId);
      if (before && keyOf(before) === keyOf(entries)) return;
      if (entries.length === 0) byColumn.delete(columnId);
      else byColumn.set(columnId, entries);
      schedule();
    },
    forget(columnId: string) {
      if (byColumn.delete(columnId)) schedule();
    },
    /** Send now; `force` sends even an unchanged set (after the link to core was lost). */
    flush,
    current: () => watchSet(byColumn),
  };
}

export type NoteWatcher = ReturnType<typeof createNoteWatcher>;
