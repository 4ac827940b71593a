import { t } from '../../i18n';
import { memo, useCallback, useMemo } from 'react';
import { everyAccount } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import { useAppState, useAppStoreApi } from '../../store';
import { gapKey, rowsWithGaps, type GapMarker } from '../../store/gaps';
import type { WatchEntry } from '../../store/noteWatch';
import { idleLoad } from '../../store/timelineSlice';
import { lazyRepeatedRenotes, type RepeatedRenotes } from '../notes/collapse/collapseRule';
import { NoteItem } from '../notes/NoteItem';
import { NoteAccountScope } from '../notes/NoteAccountScope';
import { withoutHidden } from '../mutes/muteFilter';
import { useMuteFilter } from '../mutes/state/mutesStore';
import { useSetting } from '../settings/settingsStore';
import { FeedFooter } from './FeedFooter';
import { GapRow } from './GapRow';
import { VirtualFeed } from './VirtualFeed';

const noIds: string[] = [];
const noGaps: GapMarker[] = [];
const noRepeats: RepeatedRenotes = { has: () => false };

/** One note row: re-renders only when its note changes (its position is written by the feed). */
const NoteRow = memo(function NoteRow({ noteId, repeated, repliesTo, foldSensitive }: { noteId: string; repeated: boolean; repliesTo?: string; foldSensitive: boolean }) {
  const note = useAppState((s) => s.notesById[noteId]);
  if (!note) return null;
  return <NoteItem note={note} repeatedRenote={repeated} hideReplyContext={repliesTo !== undefined && note.replyId === repliesTo} foldSensitive={foldSensitive} />;
});

/** Ids the contract accepts; a remote server can send anything, and one bad id must not stop live updates for the rest. */
const isWatchableId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= 64;

/** The note and the notes inside it (renote, reply): updates to any of them show in this row. */
export function watchedIdsOf(note: Note | undefined): string[] {
  if (!note) return [];
  return [note.id, note.renote?.id, note.reply?.id].filter(isWatchableId);
}

/**
 * A note column's notes and gap markers, virtualised, newest first. `repliesTo`: a thread's note,
 * shown above the list, so its replies need not quote it again.
 */
export function NoteList({ columnId, accountId, onScreen = true, repliesTo }: { columnId: string; accountId: string; onScreen?: boolean; repliesTo?: string }) {
  const store = useAppStoreApi();
  const allIds = useAppState((s) => s.columnNoteIds[columnId] ?? noIds);
  // Muted and blocked users, muted instances, renote mutes and hard-muted words: gone from the column, at once when muted.
  const filter = useMuteFilter(accountId === everyAccount ? null : accountId);
  const ids = useMemo(() => withoutHidden(allIds, store.getState().notesById, filter), [allIds, filter, store]);
  const gaps = useAppState((s) => s.columnGaps[columnId] ?? noGaps);
  const load = useAppState((s) => s.columnLoads[columnId] ?? idleLoad);
  const foldSensitive = useAppState((s) => s.columns.find((c) => c.id === columnId)?.params.hideSensitive === true);
  // Without gap markers (nearly always) the rows are the note ids themselves.
  const rowKeys = useMemo(() => (gaps.length === 0 ? ids : rowsWithGaps(ids, gaps).map((r) => (r.kind === 'note' ? r.id : r.key))), [ids, gaps]);
  const gapsByKey = useMemo(() => new Map(gaps.map((gap) => [gapKey(gap), gap])), [gaps]);
  // A note's renote target never changes, so the notes as they are when the ids change will do.
  // Rows fold repeats only with collapseRenotes on: off, the walk over the column is skipped.
  const collapseRenotes = useSetting('collapseRenotes');
  const repeated = useMemo(() => (collapseRenotes ? lazyRepeatedRenotes(ids, store.getState().notesById) : noRepeats), [collapseRenotes, ids, store]);

  const renderRow = useCallback(
    (key: string) => {
      const gap = gapsByKey.get(key);
      return gap ? <GapRow columnId={columnId} gap={gap} gapKey={key} /> : <NoteRow noteId={key} repeated={repeated.has(key)} repliesTo={repliesTo} foldSensitive={foldSensitive} />;
    },
    [gapsByKey, columnId, repeated, repliesTo, foldSensitive],
  );
  const watchEntries = useCallback(
    (keys: readonly string[]): WatchEntry[] => {
      const { notesById } = store.getState();
      return keys.flatMap((key) => watchedIdsOf(notesById[key]).map((noteId) => ({ accountId, noteId })));
    },
    [store, accountId],
  );

  // Notes learn their column and account from this scope on their first render, rather than from
  // the DOM after mounting, which would render every new note twice with a different account.
  return (
    <NoteAccountScope accountId={accountId === everyAccount ? null : accountId} columnId={columnId}>
      <VirtualFeed
        columnId={columnId}
        rowKeys={rowKeys}
        onScreen={onScreen}
        renderRow={renderRow}
        watchEntries={watchEntries}
        newLabel={(n) => t('feed.newNotes', { count: n })}
        footer={ids.length > 0 ? <FeedFooter load={load} what="notes" /> : null}
      />
    </NoteAccountScope>
  );
}
