import { useCallback, useMemo } from 'react';
import type { Note } from '../../../shared/model/note';
import { useAppState, useAppStoreApi } from '../../store';
import { rowsWithGaps, type ColumnRow, type GapMarker } from '../../store/gaps';
import type { WatchEntry } from '../../store/noteWatch';
import { idleLoad } from '../../store/timelineSlice';
import { NoteItem } from '../notes/NoteItem';
import { FeedFooter } from './FeedFooter';
import { GapRow } from './GapRow';
import { VirtualFeed } from './VirtualFeed';

const noIds: string[] = [];
const noGaps: GapMarker[] = [];

function NoteRow({ noteId, index, total }: { noteId: string; index: number; total: number }) {
  const note = useAppState((s) => s.notesById[noteId]);
  if (!note) return null;
  return <NoteItem note={note} posInSet={index + 1} setSize={total} />;
}

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
  const rows = useMemo(() => rowsWithGaps(ids, gaps), [ids, gaps]);
  const byKey = useMemo(() => new Map<string, ColumnRow>(rows.map((r) => [r.kind === 'note' ? r.id : r.key, r])), [rows]);
  const rowKeys = useMemo(() => rows.map((r) => (r.kind === 'note' ? r.id : r.key)), [rows]);

  const renderRow = useCallback(
    (key: string, index: number, total: number) => {
      const row = byKey.get(key);
      if (!row) return null;
      return row.kind === 'note' ? (
        <NoteRow noteId={row.id} index={index} total={total} />
      ) : (
        <GapRow columnId={columnId} gap={row.gap} gapKey={row.key} />
      );
    },
    [byKey, columnId],
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
