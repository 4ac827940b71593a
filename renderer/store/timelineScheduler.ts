import type { TimelineItem } from '../../shared/contract/events';
import type { Note } from '../../shared/model/note';

export interface TimelineSchedulerOptions {
  /** Time per animation frame for applying queued notes (measured; at least one column per frame). */
  budgetMs?: number;
  /**
   * A column is updated at most this often: notes arriving faster are shown a few at a time, which
   * costs far less than one render of the column each.
   */
  minIntervalMs?: number;
  /** A column's own minimum interval instead of `minIntervalMs` (e.g. longer for a column scrolled out of view). */
  intervalFor?: (columnId: string) => number | undefined;
  /**
   * Runs one store update so that what it renders is done when it returns (react-dom's `flushSync`),
   * so the budget counts the rendering too. By default the update just runs.
   */
  flush?: (fn: () => void) => void;
  requestFrame?: (callback: () => void) => void;
  /** When frames stop (a hidden window), queued notes are applied from a timer after this long. */
  fallbackMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

export interface TimelineScheduler {
  /** One `timeline.batch`: notes wait for a frame, everything else applies now. */
  push(items: readonly TimelineItem[]): void;
  /** Apply every queued note now. */
  flushAll(): void;
  /** How many notes are queued. */
  pending(): number;
  /** Drop what is queued for columns no longer on the deck. */
  retain(columnIds: readonly string[]): void;
  dispose(): void;
}

/** Whether a note is, or shows inside it (renote, reply), the note with this id. */
const carries = (note: Note, noteId: string): boolean => note.id === noteId || note.renote?.id === noteId || note.reply?.id === noteId;

interface Queued {
  notes: Note[];
}

/**
 * Spreads the notes of `timeline.batch` events over animation frames. Notes queue per column; each
 * frame applies whole columns, oldest queue first (so round-robin over the columns), until the time
 * budget is spent, so that a flood over ten columns does not put all ten columns' rendering in one
 * frame. A column is updated at most every `minIntervalMs`, with what arrived meanwhile at once.
 * Under overload the queues grow rather than the frames: a column's update costs about the rows
 * it shows, however many notes it brings, so the delay levels off.
 *
 * Order is kept where it matters: an update about a note (`noteUpdated`, e.g. its deletion or a
 * reaction) first applies the columns whose queue holds that note (as itself, its renote or its
 * reply), so it can never reach a note before the note itself, nor be undone by an older copy of
 * it applied later; a removal from a column first applies that column. Only those columns: live
 * reactions arrive many times a second, and applying every queue for each of them put all the
 * columns' rendering back into one task. Other items (column state, gaps, connection, unread
 * counts, notifications) do not depend on queued notes and apply at once.
 */
export function createTimelineScheduler(apply: (items: readonly TimelineItem[]) => void, options: TimelineSchedulerOptions = {}): TimelineScheduler {
  const {
    budgetMs = 6,
    minIntervalMs = 0,
    intervalFor = () => undefined,
    flush = (fn) => fn(),
    requestFrame = (callback) => requestAnimationFrame(() => callback()),
    fallbackMs = 500,
    setTimer = setTimeout,
    clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    now = () => performance.now(),
  } = options;
  /** Insertion order is the round-robin order: a column applied is removed, and queues again at the end. */
  const queues = new Map<string, Queued>();
  /** When each column was last updated. */
  const appliedAt = new Map<string, number>();
  let frameRequested = false;
  let fallback: unknown = null;
  let disposed = false;

  const applyColumn = (columnId: string) => {
    const queued = queues.get(columnId);
    if (!queued) return;
    queues.delete(columnId);
    appliedAt.set(columnId, now());
    flush(() => apply([{ type: 'notes', columnId, notes: queued.notes }]));
  };

  /** Applies the queues of the given columns (all by default) in one update, in round-robin order. */
  const flushColumns = (only?: ReadonlySet<string>) => {
    const items: TimelineItem[] = [];
    for (const [columnId, q] of queues) {
      if (only && !only.has(columnId)) continue;
      items.push({ type: 'notes', columnId, notes: q.notes });
      queues.delete(columnId);
      if (only) appliedAt.set(columnId, now());
    }
    if (items.length > 0) flush(() => apply(items));
  };
  const flushAll = () => flushColumns();

  /** The columns whose queued notes an update or removal must come after. */
  const columnsConcerned = (item: TimelineItem): Set<string> => {
    const out = new Set<string>();
    if (item.type === 'columnNotesRemoved') {
      if (queues.has(item.columnId)) out.add(item.columnId);
    } else if (item.type === 'noteUpdated') {
      for (const [columnId, q] of queues) if (q.notes.some((n) => carries(n, item.noteId))) out.add(columnId);
    }
    return out;
  };

  const clearFallback = () => {
    if (fallback !== null) clearTimer(fallback);
    fallback = null;
  };

  const onFrame = () => {
    frameRequested = false;
    if (disposed) return;
    clearFallback();
    const start = now();
    let applied = 0;
    for (const columnId of queues.keys()) {
      const t = now();
      if (t - (appliedAt.get(columnId) ?? -Infinity) < (intervalFor(columnId) ?? minIntervalMs)) continue;
      if (applied > 0 && t - start >= budgetMs) break;
      applyColumn(columnId);
      applied++;
    }
    schedule();
  };

  // Without frames the same steps run from a timer (nothing is painted then, so they are cheap).
  const onFallback = () => {
    fallback = null;
    onFrame();
  };

  function schedule() {
    if (disposed || queues.size === 0) return;
    if (!frameRequested) {
      frameRequested = true;
      requestFrame(onFrame);
    }
    fallback ??= setTimer(onFallback, fallbackMs);
  }

  return {
    push(items) {
      if (disposed) return;
      const others: TimelineItem[] = [];
      for (const item of items) {
        if (item.type === 'notes') {
          if (item.notes.length === 0) continue;
          const queued = queues.get(item.columnId);
          if (queued) queued.notes.push(...item.notes);
          else queues.set(item.columnId, { notes: [...item.notes] });
          continue;
        }
        const concerned = queues.size > 0 ? columnsConcerned(item) : null;
        if (concerned && concerned.size > 0) {
          // Keep the order: what came before, then the queued notes it concerns, then the update.
          if (others.length > 0) {
            const before = others.splice(0);
            flush(() => apply(before));
          }
          flushColumns(concerned);
        }
        others.push(item);
      }
      if (others.length > 0) flush(() => apply(others));
      schedule();
    },
    flushAll() {
      clearFallback();
      flushAll();
    },
    pending: () => [...queues.values()].reduce((n, q) => n + q.notes.length, 0),
    retain(columnIds) {
      const keep = new Set(columnIds);
      for (const columnId of queues.keys()) if (!keep.has(columnId)) queues.delete(columnId);
      for (const columnId of appliedAt.keys()) if (!keep.has(columnId)) appliedAt.delete(columnId);
    },
    dispose() {
      disposed = true;
      clearFallback();
      queues.clear();
    },
  };
}
