import type { TimelineItem } from '../../shared/contract/events';
import type { Note } from '../../shared/model/note';

export interface TimelineSchedulerOptions {
  /** Time per animation frame for applying queued notes (measured; at least one column per frame). */
  budgetMs?: number;
  /** A column whose notes have waited this long is applied in the next frame whatever the budget. */
  maxDelayMs?: number;
  /**
   * Runs one store update so that what it renders is done when it returns (react-dom's `flushSync`),
   * so the budget counts the rendering too. By default the update just runs.
   */
  flush?: (fn: () => void) => void;
  requestFrame?: (callback: () => void) => void;
  /** When frames stop (a hidden window), queued notes are applied after this long anyway. */
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

interface Queued {
  notes: Note[];
  since: number;
}

/**
 * Spreads the notes of `timeline.batch` events over animation frames. Notes queue per column; each
 * frame applies whole columns, oldest queue first (so round-robin over the columns), until the time
 * budget is spent, so that a flood over ten columns does not put all ten columns' rendering in one
 * frame. A column that waited `maxDelayMs` goes in regardless, which bounds the delay.
 *
 * Order is kept where it matters: an update about a note (`noteUpdated`, e.g. its deletion) first
 * applies every queued note, so it can never reach a note before the note itself. Other items
 * (column state, gaps, connection, unread counts, notifications) do not depend on queued notes and
 * apply at once.
 */
export function createTimelineScheduler(apply: (items: readonly TimelineItem[]) => void, options: TimelineSchedulerOptions = {}): TimelineScheduler {
  const {
    budgetMs = 6,
    maxDelayMs = 100,
    flush = (fn) => fn(),
    requestFrame = (callback) => requestAnimationFrame(() => callback()),
    fallbackMs = 250,
    setTimer = setTimeout,
    clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    now = () => performance.now(),
  } = options;
  /** Insertion order is the round-robin order: a column applied is removed, and queues again at the end. */
  const queues = new Map<string, Queued>();
  let frameRequested = false;
  let fallback: unknown = null;
  let disposed = false;

  const applyColumn = (columnId: string) => {
    const queued = queues.get(columnId);
    if (!queued) return;
    queues.delete(columnId);
    flush(() => apply([{ type: 'notes', columnId, notes: queued.notes }]));
  };

  const flushAll = () => {
    if (queues.size === 0) return;
    const items: TimelineItem[] = [...queues].map(([columnId, q]) => ({ type: 'notes', columnId, notes: q.notes }));
    queues.clear();
    flush(() => apply(items));
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
    for (const [columnId, queued] of queues) {
      const t = now();
      if (applied > 0 && t - start >= budgetMs && t - queued.since < maxDelayMs) break;
      applyColumn(columnId);
      applied++;
    }
    schedule();
  };

  const onFallback = () => {
    fallback = null;
    if (!disposed) flushAll();
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
      const t = now();
      for (const item of items) {
        if (item.type === 'notes') {
          if (item.notes.length === 0) continue;
          const queued = queues.get(item.columnId);
          if (queued) queued.notes.push(...item.notes);
          else queues.set(item.columnId, { notes: [...item.notes], since: t });
          continue;
        }
        if (item.type === 'noteUpdated' && queues.size > 0) {
          // Keep the order: what came before, then the queued notes, then the update.
          if (others.length > 0) {
            const before = others.splice(0);
            flush(() => apply(before));
          }
          flushAll();
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
    },
    dispose() {
      disposed = true;
      clearFallback();
      queues.clear();
    },
  };
}
