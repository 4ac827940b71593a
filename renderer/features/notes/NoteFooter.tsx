import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import { useId, useRef, useState } from 'react';
import type { AccountView } from '../../../shared/model/account';
import { ModalDialog } from '../../components/ModalDialog';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { Icon } from './icons';
import { Menu, type MenuItem } from './Menu';
import { noteLink, type NoteView } from './noteView';
import { noteActions } from './state/noteActions';
import { notesUiActions, useNotesUi } from './state/notesUi';

type OpenMenu = 'renote' | 'more' | 'actAs' | null;

/**
 * Reply, Renote (Renote / Quote), React (the picker), More (copy link, open in browser,
 * favourite, delete own note, act as another account). `note` is the note acted on.
 */
export function NoteFooter({ note, accountId }: { note: NoteView; accountId: string | null }) {
  const { t } = useTranslation();
  const accounts = useAppState((s) => s.accounts);
  const favourite = useNotesUi((s) => (accountId ? s.favourites[`${accountId}:${note.id}`] : undefined));
  const [menu, setMenu] = useState<OpenMenu>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const renoteButton = useRef<HTMLButtonElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const account = accounts.find((a) => a.id === accountId);
  const own = !!account && account.userId === note.user.id;
  const others = accounts.filter((a) => a.id !== accountId && !a.needsReauth);
  const canRenote = note.visibility === 'public' || note.visibility === 'home' || own;
  const link = noteLink(note, account?.server);
  const disabled = !accountId || !note.id;

  const closeMenu = (refocus: boolean) => {
    const which = menu;
    setMenu(null);
    if (refocus) requestAnimationFrame(() => (which === 'renote' ? renoteButton : moreButton).current?.focus());
  };

  const target = () => ({ accountId: accountId!, note: note.raw });
  const renoteItems: MenuItem[] = [
    { label: t('notes.renote'), onSelect: () => void noteActions.renote(accountId!, note.id), disabled: !canRenote },
    { label: t('notes.quote'), onSelect: () => notesUiActions.openCompose({ ...target(), mode: 'quote' }), disabled: !canRenote },
  ];
  const moreItems: MenuItem[] = [
    { label: t('notes.copyLink'), onSelect: () => link && void noteActions.copy(link), disabled: !link },
    { label: t('notes.openInBrowser'), onSelect: () => link && void noteActions.openInBrowser(link), disabled: !link },
    favourite
      ? { label: t('notes.unfavourite'), onSelect: () => void favouriteAs(false) }
      : { label: t('notes.favourite'), onSelect: () => void favouriteAs(true) },
    ...(others.length > 0 ? [{ label: t('notes.actAsMenu'), submenu: true, keepOpen: true, onSelect: () => setMenu('actAs') }] : []),
    ...(own ? [{ label: t('notes.delete'), danger: true, onSelect: () => setConfirmDelete(true) }] : []),
  ];
  const actAsItems: MenuItem[] = [
    ...others.flatMap((other) => actAsFor(other)),
    { label: t('notes.back'), keepOpen: true, onSelect: () => setMenu('more') },
  ];

  async function favouriteAs(value: boolean) {
    if (await noteActions.favorite(accountId!, note.id, value)) notesUiActions.setFavourite(accountId!, note.id, value);
  }

  function actAsFor(other: AccountView): MenuItem[] {
    const acct = accountAcct(other);
    const resolve = () => noteActions.resolve(other.id, accountId!, note.id);
    return [
      {
        label: t('notes.reactAs', { acct }),
        onSelect: async () => {
          const seen = await resolve();
          if (seen) notesUiActions.openPicker({ accountId: other.id, note: seen });
        },
      },
      {
        label: t('notes.renoteAs', { acct }),
        onSelect: async () => {
          const seen = await resolve();
          if (seen?.id) await noteActions.renote(other.id, seen.id);
        },
      },
      {
        label: t('notes.replyAs', { acct }),
        onSelect: async () => {
          const seen = await resolve();
          if (seen) notesUiActions.openCompose({ accountId: other.id, note: seen, mode: 'reply' });
        },
      },
    ];
  }

  return (
    <footer className="note-footer">
      <button type="button" className="note-action" aria-label={t('notes.reply')} title={t('notes.reply')} disabled={disabled} onClick={() => notesUiActions.openCompose({ ...target(), mode: 'reply' })}>
        <Icon name="reply" />
        {note.repliesCount > 0 && <span className="note-action-count">{formatNumber(note.repliesCount)}</span>}
      </button>
      <button
        ref={renoteButton}
        type="button"
        className="note-action"
        aria-label={t('notes.renote')}
        title={t('notes.renote')}
        aria-haspopup="menu"
        aria-expanded={menu === 'renote'}
        disabled={disabled}
        onClick={() => setMenu((m) => (m === 'renote' ? null : 'renote'))}
      >
        <Icon name="renote" />
        {note.renoteCount > 0 && <span className="note-action-count">{formatNumber(note.renoteCount)}</span>}
      </button>
      <button type="button" className="note-action" aria-label={t('notes.react')} title={t('notes.react')} disabled={disabled} onClick={() => notesUiActions.openPicker(target())}>
        <Icon name="react" />
      </button>
      <button
        ref={moreButton}
        type="button"
        className="note-action"
        aria-label={t('notes.more')}
        title={t('notes.more')}
        aria-haspopup="menu"
        aria-expanded={menu === 'more' || menu === 'actAs'}
        disabled={disabled}
        onClick={() => setMenu((m) => (m === 'more' || m === 'actAs' ? null : 'more'))}
      >
        <Icon name="more" />
      </button>
      {menu === 'renote' && <Menu label={t('notes.renote')} items={renoteItems} anchor={renoteButton} onClose={closeMenu} />}
      {menu === 'more' && <Menu label={t('notes.more')} items={moreItems} anchor={moreButton} onClose={closeMenu} />}
      {menu === 'actAs' && <Menu label={t('notes.actAs')} items={actAsItems} anchor={moreButton} onClose={closeMenu} />}
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
  const { t } = useTranslation();
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
