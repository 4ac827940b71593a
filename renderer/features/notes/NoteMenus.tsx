import { useTranslation } from 'react-i18next';
import type { RefObject } from 'react';
import type { AccountView } from '../../../shared/model/account';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { Menu, type MenuItem } from './Menu';
import { noteLink, type NoteView } from './noteView';
import { noteActions } from './state/noteActions';
import { useServerInfo } from './state/serverData';
import { notesUiActions, useNotesUi } from './state/notesUi';
import { translateNote } from './translate/translations';
import { clipUiActions } from '../clips/clipUi';
import { useAccountMutes } from '../mutes/state/mutesStore';
import { userMenuItems } from '../mutes/userMenuItems';

export type OpenMenu = 'renote' | 'more' | 'actAs' | null;

interface NoteMenusProps {
  note: NoteView;
  accountId: string;
  menu: Exclude<OpenMenu, null>;
  setMenu(menu: OpenMenu): void;
  anchors: { renote: RefObject<HTMLButtonElement | null>; more: RefObject<HTMLButtonElement | null> };
  onDelete(): void;
}

/** The footer's open menu: Renote / Quote, More (copy link, open in browser, favourite, delete own note), or Act as. */
export function NoteMenus({ note, accountId, menu, setMenu, anchors, onDelete }: NoteMenusProps) {
  const { t } = useTranslation();
  const accounts = useAppState((s) => s.accounts);
  const mutes = useAccountMutes(accountId);
  const favourite = useNotesUi((s) => s.favourites[`${accountId}:${note.id}`]);
  const { translatorAvailable } = useServerInfo(accountId);
  const account = accounts.find((a) => a.id === accountId);
  const own = !!account && account.userId === note.user.id;
  const others = accounts.filter((a) => a.id !== accountId && !a.needsReauth);
  const canRenote = note.visibility === 'public' || note.visibility === 'home' || own;
  const link = noteLink(note, account?.server);
  const target = { accountId, note: note.raw };

  const closeMenu = (refocus: boolean) => {
    setMenu(null);
    if (refocus) requestAnimationFrame(() => (menu === 'renote' ? anchors.renote : anchors.more).current?.focus());
  };

  async function favouriteAs(value: boolean) {
    if (await noteActions.favorite(accountId, note.id, value)) notesUiActions.setFavourite(accountId, note.id, value);
  }

  function actAsFor(other: AccountView): MenuItem[] {
    const acct = accountAcct(other);
    const resolve = () => noteActions.resolve(other.id, accountId, note.id);
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

  if (menu === 'renote') {
    const items: MenuItem[] = [
      { label: t('notes.renote'), onSelect: () => void noteActions.renote(accountId, note.id), disabled: !canRenote },
      { label: t('notes.quote'), onSelect: () => notesUiActions.openCompose({ ...target, mode: 'quote' }), disabled: !canRenote },
    ];
    return <Menu label={t('notes.renote')} items={items} anchor={anchors.renote} onClose={closeMenu} />;
  }
  if (menu === 'more') {
    const items: MenuItem[] = [
      { label: t('openInColumn.openThread'), onSelect: () => notesUiActions.openDetail(accountId, note.id, note.raw) },
      { label: t('notes.copyLink'), onSelect: () => link && void noteActions.copy(link), disabled: !link },
      { label: t('notes.openInBrowser'), onSelect: () => link && void noteActions.openInBrowser(link), disabled: !link },
      // As Misskey: only when the server has a translator, and only for a note with text.
      ...(translatorAvailable && note.text ? [{ label: t('readingAids.translate'), onSelect: () => void translateNote(accountId, note.id) }] : []),
      favourite
        ? { label: t('notes.unfavourite'), onSelect: () => void favouriteAs(false) }
        : { label: t('notes.favourite'), onSelect: () => void favouriteAs(true) },
      { label: t('draftsClips.clip'), onSelect: () => clipUiActions.open(accountId, note.id) },
      ...(others.length > 0 ? [{ label: t('notes.actAsMenu'), submenu: true, keepOpen: true, onSelect: () => setMenu('actAs') }] : []),
      ...(own ? [{ label: t('notes.delete'), danger: true, onSelect: onDelete }] : note.user.id ? userMenuItems(t, { accountId, user: note.user }, mutes) : []),
    ];
    return <Menu label={t('notes.more')} items={items} anchor={anchors.more} onClose={closeMenu} />;
  }
  const items: MenuItem[] = [...others.flatMap((other) => actAsFor(other)), { label: t('notes.back'), keepOpen: true, onSelect: () => setMenu('more') }];
  return <Menu label={t('notes.actAs')} items={items} anchor={anchors.more} onClose={closeMenu} />;
}
