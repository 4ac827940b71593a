import { useLocale } from '../../i18n/LocaleProvider';
import { formatNumber } from '../../i18n';
import { useId, useMemo, useRef, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { NoteMenus, type OpenMenu } from './NoteMenus';
import type { NoteView } from './noteView';
import { noteActions } from './state/noteActions';
import { notesUiActions } from './state/notesUi';

/**
 * Reply, Renote (Renote / Quote), React (the picker), More (copy link, open in browser,
 * favourite, delete own note, act as another account). `note` is the note acted on.
 */
export function NoteFooter({ note, accountId }: { note: NoteView; accountId: string | null }) {
  const { t } = useLocale();
  const [menu, setMenu] = useState<OpenMenu>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const renoteButton = useRef<HTMLButtonElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  // Rows render by the hundred in a flood: labels are looked up once per language, not per row.
  const labels = useMemo(() => ({ reply: t('notes.reply'), renote: t('notes.renote'), react: t('notes.react'), more: t('notes.more') }), [t]);
  const disabled = !accountId || !note.id;
  const target = () => ({ accountId: accountId!, note: note.raw });

  return (
    <footer className="note-footer">
      <button type="button" className="note-action" data-icon="reply" aria-label={labels.reply} title={labels.reply} disabled={disabled} onClick={() => notesUiActions.openCompose({ ...target(), mode: 'reply' })}>
        {note.repliesCount > 0 && <span className="note-action-count">{formatNumber(note.repliesCount)}</span>}
      </button>
      <button
        ref={renoteButton}
        type="button"
        className="note-action"
        data-icon="renote"
        aria-label={labels.renote}
        title={labels.renote}
        aria-haspopup="menu"
        aria-expanded={menu === 'renote'}
        disabled={disabled}
        onClick={() => setMenu((m) => (m === 'renote' ? null : 'renote'))}
      >
        {note.renoteCount > 0 && <span className="note-action-count">{formatNumber(note.renoteCount)}</span>}
      </button>
      <button type="button" className="note-action" data-icon="react" aria-label={labels.react} title={labels.react} disabled={disabled} onClick={() => notesUiActions.openPicker(target())} />
      <button
        ref={moreButton}
        type="button"
        className="note-action"
        data-icon="more"
        aria-label={labels.more}
        title={labels.more}
        aria-haspopup="menu"
        aria-expanded={menu === 'more' || menu === 'actAs'}
        disabled={disabled}
        onClick={() => setMenu((m) => (m === 'more' || m === 'actAs' ? null : 'more'))}
      />
      {menu && accountId && (
        <NoteMenus note={note} accountId={accountId} menu={menu} setMenu={setMenu} anchors={{ renote: renoteButton, more: moreButton }} onDelete={() => setConfirmDelete(true)} />
      )}
      {confirmDelete && accountId && (
        <ConfirmDelete
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false);
            void noteActions.remove(accountId, note.id);
          }}
        />
      )}
    </footer>
  );
}

function ConfirmDelete({ onCancel, onConfirm }: { onCancel(): void; onConfirm(): void }) {
  const { t } = useLocale();
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog role="alertdialog" labelledBy={titleId} onClose={onCancel} initialFocus={cancelRef} className="confirm-dialog">
      <header className="modal-header">
        <h2 id={titleId}>{t('notes.deleteTitle')}</h2>
      </header>
      <p className="confirm-text">{t('notes.deleteText')}</p>
      <div className="modal-footer">
        <span />
        <div className="form-actions">
          <button ref={cancelRef} type="button" className="secondary-button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="danger-button" onClick={onConfirm}>
            {t('notes.delete')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
