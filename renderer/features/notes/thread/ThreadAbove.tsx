import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/model/note';
import { NoteItem } from '../NoteItem';
import type { Loaded } from './useNoteThread';

/** A thread's upper part: the conversation (oldest first), then the note itself, whole. */
export function ThreadAbove({ accountId, note, noteError, above }: { accountId: string; note: Note | undefined; noteError: string | null; above: Loaded<Note[]> | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-label={t('noteDetail.conversation')} className="note-detail-above">
        {above?.status === 'loading' || !above ? (
          <p className="column-note" aria-busy="true">
            {t('noteDetail.loadingConversation')}
          </p>
        ) : above.status === 'error' ? (
          <p className="column-note column-note-error">{t('noteDetail.conversationFailed', { message: above.message })}</p>
        ) : (
          above.value.map((n) => <NoteItem key={n.id} note={n} accountId={accountId} hideReplyContext />)
        )}
      </section>
      <div className="note-detail-focus">
        {note ? (
          <NoteItem note={note} accountId={accountId} unfolded hideReplyContext={above?.status === 'ok' && above.value.length > 0} />
        ) : noteError !== null ? (
          <p className="column-note column-note-error">{t('noteDetail.noteFailed', { message: noteError })}</p>
        ) : (
          <p className="column-note">{t('common.loading')}</p>
        )}
      </div>
    </>
  );
}
