import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAppState } from '../../store';
import { NoteItem } from '../notes/NoteItem';
import { NewNotesBar } from './NewNotesBar';

const noIds: string[] = [];
/** Within this many pixels of the top, the column follows new notes. */
const topSlack = 8;

function NoteRow({ noteId, index, total }: { noteId: string; index: number; total: number }) {
  const note = useAppState((s) => s.notesById[noteId]);
  if (!note) return null;
  return <NoteItem note={note} posInSet={index + 1} setSize={total} />;
}

/**
 * A column's notes, virtualised, newest first. While the reader is scrolled away from the top,
 * newer notes wait behind a "N new notes" bar instead of pushing the reader's place down.
 */
export function NoteList({ columnId }: { columnId: string }) {
  const ids = useAppState((s) => s.columnNoteIds[columnId] ?? noIds);
  const loadOlder = useAppState((s) => s.loadOlder);
  const scrollRef = useRef<HTMLDivElement>(null);
  /** The newest note shown when the reader left the top; null while following the top. */
  const [heldTopId, setHeldTopId] = useState<string | null>(null);

  const heldIndex = heldTopId === null ? -1 : ids.indexOf(heldTopId);
  const shown = useMemo(() => (heldIndex > 0 ? ids.slice(heldIndex) : ids), [ids, heldIndex]);
  const waiting = heldIndex > 0 ? heldIndex : 0;

  // No React Compiler here: the virtualizer re-renders this list itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (index) => shown[index] ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length > 0 ? items[items.length - 1]!.index : -1;

  useEffect(() => {
    if (shown.length > 0 && lastIndex >= shown.length - 4) void loadOlder(columnId);
  }, [lastIndex, shown.length, columnId, loadOlder]);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    if (el.scrollTop <= topSlack) setHeldTopId(null);
    else setHeldTopId((held) => held ?? shown[0] ?? null);
  }, [shown]);

  // Scroll first; reaching the top releases the held notes (see onScroll). Releasing them first
  // would let the virtualizer re-anchor to the old offset while it measures the new rows.
  const jumpToTop = useCallback(() => {
    const el = scrollRef.current;
    if (el && el.scrollTop > 0) el.scrollTo({ top: 0 });
    else setHeldTopId(null);
  }, []);

  return (
    <div className="note-list">
      {waiting > 0 && <NewNotesBar count={waiting} onClick={jumpToTop} />}
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
              <NoteRow noteId={shown[item.index]!} index={item.index} total={shown.length} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
