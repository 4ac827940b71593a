import './thread.css';
import { useTranslation } from 'react-i18next';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ColumnParams } from '../../../../shared/model/column';
import { useAppState } from '../../../store';
import { NoteList, watchedIdsOf } from '../../deck/NoteList';
import { NoteAccountScope } from '../NoteAccountScope';
import { ThreadAbove } from './ThreadAbove';
import { useNoteThread } from './useNoteThread';

/**
 * A thread column: the conversation and the note on top (scrolled so the note shows), and the
 * column's own feed of replies below, which the core keeps current.
 */
export function ThreadColumnBody({ columnId, accountId, params, onScreen }: { columnId: string; accountId: string; params: ColumnParams; onScreen: boolean }) {
  const { t } = useTranslation();
  const noteId = typeof params.noteId === 'string' ? params.noteId : '';
  const { note, noteError, above } = useNoteThread(accountId, noteId, undefined, false);
  const reportVisibleNotes = useAppState((s) => s.reportVisibleNotes);
  const headRef = useRef<HTMLDivElement>(null);
  const aboveCount = above?.status === 'ok' ? above.value.length : 0;

  // The note, not the root of a long conversation, is what the column is about.
  useLayoutEffect(() => {
    const head = headRef.current;
    const focus = head?.querySelector<HTMLElement>('.note-detail-focus');
    if (head && focus) head.scrollTop = focus.offsetTop - head.offsetTop;
  }, [aboveCount, note?.id]);

  // Reactions, votes and deletion of the note and its conversation reach the column too.
  const watchKey = `${columnId}:thread`;
  const aboveIds = above?.status === 'ok' ? above.value : null;
  useEffect(() => {
    const entries = [...(aboveIds ?? []), ...(note ? [note] : [])].flatMap((n) => watchedIdsOf(n).map((id) => ({ accountId, noteId: id })));
    reportVisibleNotes(watchKey, entries);
  }, [aboveIds, note, accountId, watchKey, reportVisibleNotes]);
  useEffect(() => () => reportVisibleNotes(watchKey, []), [watchKey, reportVisibleNotes]);

  return (
    <>
      <NoteAccountScope accountId={accountId} columnId={columnId}>
        <div className="thread-column-head" ref={headRef} data-thread-head={noteId}>
          <ThreadAbove accountId={accountId} note={note} noteError={noteError} above={above} />
        </div>
      </NoteAccountScope>
      <h3 className="thread-column-replies">{t('noteDetail.replies')}</h3>
      <NoteList columnId={columnId} accountId={accountId} onScreen={onScreen} repliesTo={noteId} />
    </>
  );
}
