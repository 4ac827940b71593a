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
    { label: 'Renote', onSelect: () => void noteActions.renote(accountId!, note.id), disabled: !canRenote },
    { label: 'Quote', onSelect: () => notesUiActions.openCompose({ ...target(), mode: 'quote' }), disabled: !canRenote },
  ];
  const moreItems: MenuItem[] = [
    { label: 'Copy link', onSelect: () => link && void noteActions.copy(link), disabled: !link },
    { label: 'Open in browser', onSelect: () => link && void noteActions.openInBrowser(link), disabled: !link },
    favourite
      ? { label: 'Unfavourite', onSelect: () => void favouriteAs(false) }
      : { label: 'Favourite', onSelect: () => void favouriteAs(true) },
    ...(others.length > 0 ? [{ label: 'Act as…', submenu: true, keepOpen: true, onSelect: () => setMenu('actAs') }] : []),
    ...(own ? [{ label: 'Delete', danger: true, onSelect: () => setConfirmDelete(true) }] : []),
  ];
  const actAsItems: MenuItem[] = [
    ...others.flatMap((other) => actAsFor(other)),
    { label: 'Back', keepOpen: true, onSelect: () => setMenu('more') },
  ];

  async function favouriteAs(value: boolean) {
    if (await noteActions.favorite(accountId!, note.id, value)) notesUiActions.setFavourite(accountId!, note.id, value);
  }

  function actAsFor(other: AccountView): MenuItem[] {
    const acct = accountAcct(other);
    const resolve = () => noteActions.resolve(other.id, accountId!, note.id);
    return [
      {
        label: `React as ${acct}`,
        onSelect: async () => {
          const seen = await resolve();
          if (seen) notesUiActions.openPicker({ accountId: other.id, note: seen });
        },
      },
      {
        label: `Renote as ${acct}`,
        onSelect: async () => {
          const seen = await resolve();
          if (seen?.id) await noteActions.renote(other.id, seen.id);
        },
      },
      {
        label: `Reply as ${acct}`,
        onSelect: async () => {
          const seen = await resolve();
          if (seen) notesUiActions.openCompose({ accountId: other.id, note: seen, mode: 'reply' });
        },
      },
    ];
  }

  return (
    <footer className="note-footer">
      <button type="button" className="note-action" aria-label="Reply" title="Reply" disabled={disabled} onClick={() => notesUiActions.openCompose({ ...target(), mode: 'reply' })}>
        <Icon name="reply" />
        {note.repliesCount > 0 && <span className="note-action-count">{note.repliesCount}</span>}
      </button>
      <button
        ref={renoteButton}
        type="button"
        className="note-action"
        aria-label="Renote"
        title="Renote"
        aria-haspopup="menu"
        aria-expanded={menu === 'renote'}
        disabled={disabled}
        onClick={() => setMenu((m) => (m === 'renote' ? null : 'renote'))}
      >
        <Icon name="renote" />
        {note.renoteCount > 0 && <span className="note-action-count">{note.renoteCount}</span>}
      </button>
      <button type="button" className="note-action" aria-label="React" title="React" disabled={disabled} onClick={() => notesUiActions.openPicker(target())}>
        <Icon name="react" />
      </button>
      <button
        ref={moreButton}
        type="button"
        className="note-action"
        aria-label="More"
        title="More"
        aria-haspopup="menu"
        aria-expanded={menu === 'more' || menu === 'actAs'}
        disabled={disabled}
        onClick={() => setMenu((m) => (m === 'more' || m === 'actAs' ? null : 'more'))}
      >
        <Icon name="more" />
      </button>
      {menu === 'renote' && <Menu label="Renote" items={renoteItems} anchor={renoteButton} onClose={closeMenu} />}
      {menu === 'more' && <Menu label="More" items={moreItems} anchor={moreButton} onClose={closeMenu} />}
      {menu === 'actAs' && <Menu label="Act as" items={actAsItems} anchor={moreButton} onClose={closeMenu} />}
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
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog role="alertdialog" labelledBy={titleId} onClose={onCancel} initialFocus={cancelRef} className="confirm-dialog">
      <header className="modal-header">
        <h2 id={titleId}>Delete this note?</h2>
      </header>
      <p className="confirm-text">It is deleted on the server for everyone. This cannot be undone.</p>
      <div className="modal-footer">
        <span />
        <div className="form-actions">
          <button ref={cancelRef} type="button" className="secondary-button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="danger-button" onClick={onConfirm}>
            Delete
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
