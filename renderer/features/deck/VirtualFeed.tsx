import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useAppState } from '../../store';
import type { WatchEntry } from '../../store/noteWatch';
import { registerColumn } from './columnRegistry';
import { NewNotesBar } from './NewNotesBar';

/** Within this many pixels of the top, the column follows new items. */
const topSlack = 8;

interface VirtualFeedProps {
  columnId: string;
  /** Stable keys of the rows, newest first. */
  rowKeys: readonly string[];
  /** One row; `index` counts within the rows shown (newer ones held back are not shown). */
  renderRow(key: string, index: number, total: number): ReactNode;
  /** The notes the given rows show, for core to watch for reactions, votes and deletion. */
  watchEntries(keys: readonly string[]): WatchEntry[];
  /** "3 new notes" */
  newLabel(count: number): string;
  estimateSize?: number;
  footer?: ReactNode;
}

/**
 * A column's rows, virtualised with measured heights, newest first. While the reader is scrolled
 * away from the top, newer rows wait behind a "N new …" bar instead of pushing the reader's place down.
 */
export function VirtualFeed({ columnId, rowKeys, renderRow, watchEntries, newLabel, estimateSize = 96, footer }: VirtualFeedProps) {
  const loadOlder = useAppState((s) => s.loadOlder);
  const trimColumn = useAppState((s) => s.trimColumn);
  const reportVisibleNotes = useAppState((s) => s.reportVisibleNotes);
  const scrollRef = useRef<HTMLDivElement>(null);
  /** The newest row shown when the reader left the top; null while following the top. */
  const [heldTopKey, setHeldTopKey] = useState<string | null>(null);

  const heldIndex = heldTopKey === null ? -1 : rowKeys.indexOf(heldTopKey);
  const shown = useMemo(() => (heldIndex > 0 ? rowKeys.slice(heldIndex) : rowKeys), [rowKeys, heldIndex]);
  const waiting = heldIndex > 0 ? heldIndex : 0;

  // No React Compiler here: the virtualizer re-renders this list itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: 6,
    getItemKey: (index) => shown[index] ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items.length > 0 ? items[0]!.index : -1;
  const lastIndex = items.length > 0 ? items[items.length - 1]!.index : -1;

  useEffect(() => {
    if (shown.length > 0 && lastIndex >= shown.length - 4) void loadOlder(columnId);
  }, [lastIndex, shown.length, columnId, loadOlder]);

  // The rendered rows (visible plus overscan) are what core watches; the store debounces.
  const watchRef = useRef(watchEntries);
  useEffect(() => {
    watchRef.current = watchEntries;
  });
  useEffect(() => {
    const keys = firstIndex < 0 ? [] : shown.slice(firstIndex, lastIndex + 1);
    reportVisibleNotes(columnId, watchRef.current(keys));
  }, [firstIndex, lastIndex, shown, columnId, reportVisibleNotes]);
  useEffect(() => () => reportVisibleNotes(columnId, []), [columnId, reportVisibleNotes]);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    if (el.scrollTop <= topSlack) {
      setHeldTopKey(null);
      // Back at the top: what "load older" grew is dropped again, so memory stays flat.
      trimColumn(columnId);
    } else setHeldTopKey((held) => held ?? shown[0] ?? null);
  }, [shown, trimColumn, columnId]);

  // Scroll first; reaching the top releases the held rows (see onScroll). Releasing them first
  // would let the virtualizer re-anchor to the old offset while it measures the new rows.
  const jumpToTop = useCallback(() => {
    const el = scrollRef.current;
    if (el && el.scrollTop > 0) el.scrollTo({ top: 0 });
    else setHeldTopKey(null);
  }, []);

  const latest = useRef({ count: shown.length, virtualizer, jumpToTop });
  useEffect(() => {
    latest.current = { count: shown.length, virtualizer, jumpToTop };
  });
  useEffect(
    () =>
      registerColumn(columnId, {
        rowCount: () => latest.current.count,
        scrollToIndex: (index) => latest.current.virtualizer.scrollToIndex(index, { align: 'auto' }),
        scrollToTop: () => latest.current.jumpToTop(),
      }),
    [columnId],
  );

  return (
    <div className="note-list">
      {waiting > 0 && <NewNotesBar label={newLabel(waiting)} onClick={jumpToTop} />}
      <div className="note-list-scroll" ref={scrollRef} onScroll={onScroll}>
        <div className="note-list-inner" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <div
              key={item.key}
              className="note-list-row"
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {renderRow(shown[item.index]!, item.index, shown.length)}
            </div>
          ))}
        </div>
        {footer}
      </div>
    </div>
  );
}
