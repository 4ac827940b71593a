import { memo, useCallback, useMemo } from 'react';
import type { Note } from '../../../shared/model/note';
import { useAppState, useAppStoreApi } from '../../store';
import { gapKey, rowsWithGaps, type GapMarker } from '../../store/gaps';
import type { WatchEntry } from '../../store/noteWatch';
import { idleLoad } from '../../store/timelineSlice';
import { NoteItem } from '../notes/NoteItem';
import { FeedFooter } from './FeedFooter';
import { GapRow } from './GapRow';
import { VirtualFeed } from './VirtualFeed';

const noIds: string[] = [];
const noGaps: GapMarker[] = [];

/** One note row: re-renders only when its note changes (its position is written by the feed). */
const NoteRow = memo(function NoteRow({ noteId }: { noteId: string }) {
  const note = useAppState((s) => s.notesById[noteId]);
  if (!note) return null;
  return <NoteItem note={note} />;
});

/** The note and the notes inside it (renote, reply): updates to any of them show in this row. */
export function watchedIdsOf(note: Note | undefined): string[] {
  if (!note) return [];
  const ids = [note.id];
  if (note.renote) ids.push(note.renote.id);
  if (note.reply) ids.push(note.reply.id);
  return ids;
}

/** A note column's notes and gap markers, virtualised, newest first. */
export function NoteList({ columnId, accountId }: { columnId: string; accountId: string }) {
  const store = useAppStoreApi();
  const ids = useAppState((s) => s.columnNoteIds[columnId] ?? noIds);
  const gaps = useAppState((s) => s.columnGaps[columnId] ?? noGaps);
  const load = useAppState((s) => s.columnLoads[columnId] ?? idleLoad);
  // Without gap markers (nearly always) the rows are the note ids themselves.
  const rowKeys = useMemo(() => (gaps.length === 0 ? ids : rowsWithGaps(ids, gaps).map((r) => (r.kind === 'note' ? r.id : r.key))), [ids, gaps]);
  const gapsByKey = useMemo(() => new Map(gaps.map((gap) => [gapKey(gap), gap])), [gaps]);

  const renderRow = useCallback(
    (key: string) => {
      const gap = gapsByKey.get(key);
      return gap ? <GapRow columnId={columnId} gap={gap} gapKey={key} /> : <NoteRow noteId={key} />;
    },
    [gapsByKey, columnId],
  );
  const watchEntries = useCallback(
    (keys: readonly string[]): WatchEntry[] => {
      const { notesById } = store.getState();
      return keys.flatMap((key) => watchedIdsOf(notesById[key]).map((noteId) => ({ accountId, noteId })));
    },
    [store, accountId],
  );

  return (
    <VirtualFeed
      columnId={columnId}
      rowKeys={rowKeys}
      renderRow={renderRow}
      watchEntries={watchEntries}
      newLabel={(n) => (n === 1 ? '1 new note' : `${n} new notes`)}
      footer={ids.length > 0 ? <FeedFooter load={load} what="notes" /> : null}
    />
  );
}
