import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ReadingPosition } from '../../../shared/model/columnCache';
import { useAppState } from '../../store';
import type { WatchEntry } from '../../store/noteWatch';
import { columnSectionId } from './columnKinds';
import { registerColumn } from './columnRegistry';
import { setColumnWaiting } from './columnWaiting';
import { NewNotesBar } from './NewNotesBar';

/** Within this many pixels of the top, the column follows new items. */
const topSlack = 8;
/** Rows rendered beyond the visible area, above and below, in pixels. */
const overscanPx = 200;
/** The viewport height assumed before the scroll area has been measured. */
const fallbackViewport = 1000;
/**
 * Rows mounted by one render at most; more come in the next frames. A hundred notes arriving in an
 * empty (or tall) column, or a jump far down, would otherwise be built in one frame that can take
 * half a second; live notes arrive a few at a time and are not held back.
 */
const newRowsPerFrame = 8;

interface VirtualFeedProps {
  columnId: string;
  /** Stable keys of the rows, newest first. */
  rowKeys: readonly string[];
  /**
   * False while the column is scrolled out of the deck's view sideways: no rows are rendered (the
   * spacers keep the height and scroll position), though the rows that would be are still watched.
   */
  onScreen?: boolean;
  /**
   * One row's content, by key. Its position in the feed is not passed: the feed writes
   * `aria-posinset`/`aria-setsize` onto the row's item itself, so a new row on top does not
   * re-render every row below it.
   */
  renderRow(key: string): ReactNode;
  /** The notes the given rows show, for core to watch for reactions, votes and deletion. */
  watchEntries(keys: readonly string[]): WatchEntry[];
  /** "3 new notes" */
  newLabel(count: number): string;
  estimateSize?: number;
  footer?: ReactNode;
}

interface Range {
  first: number;
  last: number;
}

/** The largest i with offsets[i] <= y (offsets ascending, offsets[0] = 0). */
function indexAt(offsets: Float64Array, count: number, y: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function rangeOf(offsets: Float64Array, count: number, top: number, height: number): Range {
  if (count === 0) return { first: 0, last: -1 };
  const first = indexAt(offsets, count, Math.max(0, top - overscanPx));
  const last = indexAt(offsets, count, top + (height > 0 ? height : fallbackViewport) + overscanPx);
  return { first, last };
}

/** Where each row starts (and, last, the total height), from measured heights or the estimate. */
function offsetsOf(keys: readonly string[], heights: ReadonlyMap<string, number>, estimate: number): Float64Array {
  const out = new Float64Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) out[i + 1] = out[i]! + (heights.get(keys[i]!) ?? estimate);
  return out;
}

const sameRange = (a: Range, b: Range) => a.first === b.first && a.last === b.last;
/** Whether `wanted` holds a row that `rendered` does not. */
const needsMoreRows = (wanted: Range, rendered: Range) => wanted.last >= wanted.first && (wanted.first < rendered.first || wanted.last > rendered.last);

/** `range` cut short after its `newRowsPerFrame`-th row not mounted yet (the bottom spacer stands in for the rest). */
function capNewRows(range: Range, keys: readonly string[], mounted: ReadonlySet<string>): Range {
  let fresh = 0;
  for (let index = range.first; index <= range.last; index++) {
    if (mounted.has(keys[index]!)) continue;
    if (++fresh > newRowsPerFrame) return { first: range.first, last: index - 1 };
  }
  return range;
}

/** One row's wrapper: in normal flow, observed for its height. */
function FeedRow({ rowKey, index, observe, children }: { rowKey: string; index: number; observe: (el: HTMLDivElement) => () => void; children: ReactNode }) {
  return (
    <div className="note-list-row" data-index={index} data-row-key={rowKey} ref={observe}>
      {children}
    </div>
  );
}

/**
 * A column's rows, virtualised, newest first. Rows sit in normal flow between two spacers, so a row
 * added on top moves the others without touching them; heights are estimated, then measured by one
 * ResizeObserver (no layout is forced to measure a row). While the reader is scrolled away from the
 * top, newer rows wait behind a "N new …" bar, and the row at the top of the view stays where it is
 * when rows above it change height, arrive or go.
 */
export function VirtualFeed({ columnId, rowKeys, onScreen = true, renderRow, watchEntries, newLabel, estimateSize = 96, footer }: VirtualFeedProps) {
  const loadOlder = useAppState((s) => s.loadOlder);
  const busy = useAppState((s) => s.columnLoads[columnId]?.status === 'loading');
  const trimColumn = useAppState((s) => s.trimColumn);
  const reportVisibleNotes = useAppState((s) => s.reportVisibleNotes);
  const restore = useAppState((s) => s.restorePositions[columnId]);
  const positionRestored = useAppState((s) => s.positionRestored);
  const reportReadingPosition = useAppState((s) => s.reportReadingPosition);
  const scrollRef = useRef<HTMLDivElement>(null);
  const innerRef = useRef<HTMLDivElement>(null);
  /** The newest row shown when the reader left the top; null while following the top. */
  const [heldTopKey, setHeldTopKey] = useState<string | null>(null);

  // Back where the reader was when the app last ran: the rows newer than the one they had on top
  // wait behind "N new", and the row that was at the top of the view is put back there.
  const [restored, setRestored] = useState<ReadingPosition | null>(null);
  if (restore && restore !== restored && rowKeys.includes(restore.heldKey) && rowKeys.includes(restore.anchorKey)) {
    setRestored(restore);
    setHeldTopKey(restore.heldKey);
  }

  const heldIndex = heldTopKey === null ? -1 : rowKeys.indexOf(heldTopKey);
  const shown = useMemo(() => (heldIndex > 0 ? rowKeys.slice(heldIndex) : rowKeys), [rowKeys, heldIndex]);
  const waiting = heldIndex > 0 ? heldIndex : 0;

  /** Measured heights by row key (rows not measured yet count as `estimateSize`). */
  const [heights] = useState(() => new Map<string, number>());
  // Recomputed on every render (a few microseconds for thousands of rows): a measurement changes
  // `heights` without a render when the rendered range stays the same.
  const offsets = offsetsOf(shown, heights, estimateSize);
  const total = offsets[shown.length]!;

  /** The scroll position and viewport height the rendered range was computed from. */
  const [view, setView] = useState({ top: 0, height: 0 });
  const wanted = rangeOf(offsets, shown.length, view.top, view.height);
  /** The rows mounted by the last render, to count the new ones (kept like `heights`: no render of its own). */
  const [mounted] = useState(() => new Set<string>());
  const range = onScreen ? capNewRows(wanted, shown, mounted) : wanted;
  const { first, last } = range;
  const [, setFrame] = useState(0);
  const capped = range.last < wanted.last;
  useEffect(() => {
    if (!capped) return;
    const frame = requestAnimationFrame(() => setFrame((n) => n + 1));
    return () => cancelAnimationFrame(frame);
  });

  // What the event handlers and the observer need, as of the last render.
  const latest = useRef({ shown, offsets, range, held: heldTopKey !== null, estimateSize });
  /** The first row in view and how far its top is above the view's top, in the model's pixels. */
  const anchor = useRef<{ key: string; above: number } | null>(null);
  const anchoredRestore = useRef<ReadingPosition | null>(null);
  /**
   * The scroll position as of the last scroll event (or our own scrolling). Kept rather than read
   * after a render, where reading `scrollTop` would force a layout in every column on every update.
   */
  const scrollTop = useRef(0);

  const recordAnchor = useCallback(() => {
    const { shown: keys, offsets: offs, held } = latest.current;
    if (!held || keys.length === 0) {
      anchor.current = null;
      return;
    }
    const top = scrollTop.current;
    const index = Math.min(keys.length - 1, indexAt(offs, keys.length, top));
    anchor.current = { key: keys[index]!, above: top - offs[index]! };
  }, []);

  // One observer for the scroll area (viewport height) and every rendered row (heights).
  const observer = useRef<ResizeObserver | null>(null);
  const getObserver = useCallback(() => {
    if (observer.current || typeof ResizeObserver === 'undefined') return observer.current;
    observer.current = new ResizeObserver((entries) => {
      const el = scrollRef.current;
      const now = latest.current;
      let changed = false;
      let shift = 0;
      const anchorIndex = anchor.current ? now.shown.indexOf(anchor.current.key) : -1;
      for (const entry of entries) {
        const target = entry.target as HTMLElement;
        if (target === el) {
          const height = entry.contentRect.height;
          setView((v) => (v.height === height ? v : { top: scrollTop.current, height }));
          continue;
        }
        const key = target.dataset.rowKey;
        if (key === undefined || !target.isConnected) continue;
        const height = entry.borderBoxSize?.[0]?.blockSize ?? target.getBoundingClientRect().height;
        const before = heights.get(key) ?? now.estimateSize;
        if (Math.abs(height - before) < 0.5) {
          heights.set(key, before);
          continue;
        }
        heights.set(key, height);
        changed = true;
        // A row above the one in view grew or shrank: keep the view where it was.
        if (now.held && anchorIndex >= 0 && Number(target.dataset.index) < anchorIndex) shift += height - before;
      }
      if (!changed) return;
      const offs = offsetsOf(now.shown, heights, now.estimateSize);
      latest.current = { ...now, offsets: offs };
      // Layout is clean in an observer's callback: reading the scroll area costs nothing here.
      if (el && shift !== 0) el.scrollTop += shift;
      if (el) scrollTop.current = el.scrollTop;
      recordAnchor();
      // The spacers hold rows not rendered, so a rendered row's new height needs no render unless
      // it brings rows not rendered into range. Rows it pushes out of range go with the feed's next
      // render: removing them at once took a render and a frame of their own after every new row.
      if (el) {
        const next = rangeOf(offs, now.shown.length, scrollTop.current, el.clientHeight);
        if (needsMoreRows(next, now.range)) setView({ top: scrollTop.current, height: el.clientHeight });
      }
    });
    return observer.current;
  }, [heights, recordAnchor, setView]);
  useEffect(
    () => () => {
      observer.current?.disconnect();
      observer.current = null;
    },
    [],
  );

  const observe = useCallback(
    (el: HTMLDivElement) => {
      const ro = getObserver();
      ro?.observe(el);
      return () => ro?.unobserve(el);
    },
    [getObserver],
  );
  const observeScroller = useCallback(
    (el: HTMLDivElement | null) => {
      scrollRef.current = el;
      if (!el) return;
      const ro = getObserver();
      ro?.observe(el);
      return () => {
        ro?.unobserve(el);
        scrollRef.current = null;
      };
    },
    [getObserver],
  );

  // After every render: keep the row in view in place (while away from the top), write the rows'
  // positions in the set, and note the new anchor.
  useLayoutEffect(() => {
    latest.current = { shown, offsets, range, held: heldTopKey !== null, estimateSize };
    if (restored && anchoredRestore.current !== restored) {
      anchoredRestore.current = restored;
      anchor.current = { key: restored.anchorKey, above: restored.above };
    }
    const el = scrollRef.current;
    if (el && heldTopKey !== null && anchor.current) {
      const index = shown.indexOf(anchor.current.key);
      if (index >= 0) {
        const want = Math.max(0, offsets[index]! + anchor.current.above);
        if (Math.abs(want - scrollTop.current) >= 1) {
          el.scrollTop = want;
          scrollTop.current = want;
        }
      }
    }
    recordAnchor();
    mounted.clear();
    for (let index = first; onScreen && index <= last; index++) mounted.add(shown[index]!);
    const inner = innerRef.current;
    if (inner) {
      const size = String(shown.length);
      for (let row = inner.firstElementChild; row; row = row.nextElementSibling) {
        const item = row.firstElementChild;
        const index = (row as HTMLElement).dataset.index;
        if (!item || index === undefined) continue;
        const pos = String(Number(index) + 1);
        if (item.getAttribute('aria-posinset') !== pos) item.setAttribute('aria-posinset', pos);
        if (item.getAttribute('aria-setsize') !== size) item.setAttribute('aria-setsize', size);
      }
    }
  });

  useEffect(() => {
    if (restore && rowKeys.length > 0) positionRestored(columnId);
  }, [restore, rowKeys.length, columnId, positionRestored]);

  // Forget the heights of rows long gone.
  useEffect(() => {
    if (heights.size <= rowKeys.length + 200) return;
    const keep = new Set(rowKeys);
    for (const key of heights.keys()) if (!keep.has(key)) heights.delete(key);
  }, [rowKeys, heights]);

  useEffect(() => {
    if (shown.length > 0 && last >= shown.length - 4) void loadOlder(columnId);
  }, [last, shown.length, columnId, loadOlder]);

  // The rendered rows (visible plus overscan) are what core watches; the store debounces.
  const watchRef = useRef(watchEntries);
  useEffect(() => {
    watchRef.current = watchEntries;
  });
  useEffect(() => {
    const keys = last < first ? [] : shown.slice(first, last + 1);
    reportVisibleNotes(columnId, watchRef.current(keys));
  }, [first, last, shown, columnId, reportVisibleNotes]);
  useEffect(() => () => reportVisibleNotes(columnId, []), [columnId, reportVisibleNotes]);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const top = el.scrollTop;
    scrollTop.current = top;
    const now = latest.current;
    if (top <= topSlack) {
      setHeldTopKey(null);
      // Back at the top: what "load older" grew is dropped again, so memory stays flat.
      trimColumn(columnId);
    } else setHeldTopKey((held) => held ?? now.shown[0] ?? null);
    latest.current = { ...now, held: top > topSlack };
    recordAnchor();
    const held = anchor.current;
    reportReadingPosition(columnId, top > topSlack && held ? { heldKey: now.shown[0]!, anchorKey: held.key, above: Math.round(held.above) } : null);
    const next = rangeOf(now.offsets, now.shown.length, top, el.clientHeight);
    if (!sameRange(next, now.range)) setView({ top, height: el.clientHeight });
  }, [trimColumn, columnId, recordAnchor, setView, reportReadingPosition]);

  // Scroll first; reaching the top releases the held rows (see onScroll).
  const jumpToTop = useCallback(() => {
    const el = scrollRef.current;
    if (el && el.scrollTop > 0) el.scrollTo({ top: 0 });
    else setHeldTopKey(null);
  }, []);

  const scrollToIndex = useCallback((index: number) => {
    const el = scrollRef.current;
    const { shown: keys, offsets: offs } = latest.current;
    if (!el || index < 0 || index >= keys.length) return;
    const top = offs[index]!;
    const bottom = offs[index + 1]!;
    const viewTop = el.scrollTop;
    if (top < viewTop) el.scrollTop = top;
    else if (bottom > viewTop + el.clientHeight) el.scrollTop = Math.min(top, bottom - el.clientHeight);
    else return;
    scrollTop.current = el.scrollTop;
    // Render the target now rather than on the scroll event, so focus can move to it.
    setView({ top: scrollTop.current, height: el.clientHeight });
  }, [setView]);

  useEffect(() => {
    setColumnWaiting(columnId, waiting);
    return () => setColumnWaiting(columnId, 0);
  }, [columnId, waiting]);

  const controller = useRef({ count: shown.length, jumpToTop, scrollToIndex });
  useEffect(() => {
    controller.current = { count: shown.length, jumpToTop, scrollToIndex };
  });
  useEffect(
    () =>
      registerColumn(columnId, {
        rowCount: () => controller.current.count,
        scrollToIndex: (index) => controller.current.scrollToIndex(index),
        scrollToTop: () => controller.current.jumpToTop(),
      }),
    [columnId],
  );

  const rows: ReactNode[] = [];
  for (let index = first; onScreen && index <= last; index++) {
    const key = shown[index]!;
    rows.push(
      <FeedRow key={key} rowKey={key} index={index} observe={observe}>
        {renderRow(key)}
      </FeedRow>,
    );
  }

  return (
    <div className="note-list">
      {waiting > 0 && <NewNotesBar label={newLabel(waiting)} onClick={jumpToTop} />}
      <div className="note-list-scroll" ref={observeScroller} onScroll={onScroll}>
        <div className="note-list-spacer" style={{ height: !onScreen ? total : last >= first ? offsets[first] : 0 }} aria-hidden="true" />
        <div className="note-list-inner" ref={innerRef} role="feed" aria-labelledby={columnSectionId(columnId)} aria-busy={busy}>
          {rows}
        </div>
        <div className="note-list-spacer" style={{ height: onScreen && last >= first ? total - offsets[last + 1]! : 0 }} aria-hidden="true" />
        {footer}
      </div>
    </div>
  );
}
