import { useTranslation } from 'react-i18next';
import { useId, useMemo } from 'react';
import type { Note } from '../../../shared/model/note';
import { ModalDialog } from '../../components/ModalDialog';
import { NoteItem } from './NoteItem';
import { NoteScopeContext } from './noteScope';
import { ModalHeader } from '../../components/ModalHeader';
import { ThreadAbove } from './thread/ThreadAbove';
import { useNoteThread } from './thread/useNoteThread';

/** The note's thread: the conversation above (oldest first), the note, its replies below. Escape closes. */
export function NoteDetailPanel({ accountId, noteId, initial, onClose }: { accountId: string; noteId: string; initial?: Note; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { note, noteError, above, below } = useNoteThread(accountId, noteId, initial, true);
  const scope = useMemo(() => ({ accountId, columnId: null }), [accountId]);

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="note-detail-panel">
      <ModalHeader titleId={titleId} onClose={onClose}>
        {t('noteDetail.title')}
      </ModalHeader>
      <NoteScopeContext value={scope}>
        <div className="note-detail-thread" data-note-detail={noteId}>
          <ThreadAbove accountId={accountId} note={note} noteError={noteError} above={above} />
          <section aria-label={t('noteDetail.replies')} className="note-detail-below">
            {below?.status === 'ok' && below.value.length === 0 && <p className="column-note">{t('noteDetail.noReplies')}</p>}
            {below?.status === 'error' && <p className="column-note column-note-error">{t('noteDetail.repliesFailed', { message: below.message })}</p>}
            {below?.status === 'ok' && below.value.map((n) => <NoteItem key={n.id} note={n} accountId={accountId} hideReplyContext />)}
          </section>
        </div>
      </NoteScopeContext>
    </ModalDialog>
  );
}
