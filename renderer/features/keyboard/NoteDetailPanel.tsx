import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import type { Note } from '../../../shared/model/note';
import { ModalDialog } from '../../components/ModalDialog';
import { userAcct, userDisplayName } from '../../lib/acct';
import { useAppState } from '../../store';
import type { AppState } from '../../store';
import type { NoteRef } from '../../store/noteActionsSlice';
import { NoteItem } from '../notes/NoteItem';
import { formatDateTime } from '../../i18n';

/** The note as held: in a column, as the renote inside one, or as the note of a notification. */
export function findNote(state: Pick<AppState, 'notesById' | 'columnNotifications'>, noteId: string): Note | undefined {
  const direct = state.notesById[noteId];
  if (direct) return direct;
  for (const note of Object.values(state.notesById)) if (note.renote?.id === noteId) return note.renote;
  for (const items of Object.values(state.columnNotifications)) {
    for (const item of items) {
      const note = (item.notification as { note?: Note }).note;
      if (note?.id === noteId) return note;
    }
  }
  return undefined;
}

/** A simple detail view of one note, opened with Enter/o (the full detail view comes later). */
export function NoteDetailPanel({ note: ref, onClose }: { note: NoteRef; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const note = useAppState((s) => findNote(s, ref.noteId));
  const shown = note?.renote && !note.text ? note.renote : note;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="note-detail">
      <header className="modal-header">
        <h2 id={titleId}>{t('noteDetail.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} title={t('common.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="note-detail-body" data-note-detail={ref.noteId}>
        {note ? (
          <>
            <NoteItem note={note} />
            {shown && (
              <section className="note-detail-text" aria-label={t('noteDetail.fullText')}>
                <p className="note-detail-meta">
                  {userDisplayName(shown.user)} <span className="note-acct">{userAcct(shown.user)}</span> ·{' '}
                  {formatDateTime(new Date(shown.createdAt), i18n.language)}
                </p>
                {shown.cw && <p className="note-cw-text">{shown.cw}</p>}
                {shown.text && <p className="note-text">{shown.text}</p>}
              </section>
            )}
          </>
        ) : (
          <p className="column-note">{t('noteDetail.gone')}</p>
        )}
      </div>
    </ModalDialog>
  );
}
