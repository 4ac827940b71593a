import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import type { Note } from '../../../shared/model/note';
import { MfmActionsContext, MfmServerEmojisContext, UserDisplayName, type MfmActions } from '../mfm';
import { Avatar } from './Avatar';
import { CompactNote } from './CompactNote';
import { NoteBoundary } from './NoteBoundary';
import { NoteContent } from './NoteContent';
import { NoteFooter } from './NoteFooter';
import { NoteHeader } from './NoteHeader';
import { NoteScopeContext, useNoteAccount } from './noteScope';
import { displayName, isPureRenote, noteView, type NoteView } from './noteView';
import { ReactionsBar } from './ReactionsBar';
import { RelativeTime } from './RelativeTime';
import { noteActions } from './state/noteActions';
import { notesUiActions } from './state/notesUi';
import { useServerEmojis } from './state/serverData';
import { Icon } from './icons';
import './notes.css';

interface NoteItemProps {
  note: Note;
  posInSet?: number;
  setSize?: number;
  /** The account the note is seen from; else the surrounding scope or column decides. */
  accountId?: string | null;
  /** In a thread the parent is right above: no reply line. */
  hideReplyContext?: boolean;
}

function accessibleLabel(note: NoteView, t: TFunction): string {
  const shown = isPureRenote(note) ? note.renote : note;
  const who = displayName(shown.user);
  const body = shown.isHidden ? t('notes.label.hidden') : shown.cw ? t('notifications.cw', { cw: shown.cw }) : (shown.text ?? (shown.files.length > 0 ? t('notes.summary.files', { count: shown.files.length }) : ''));
  const prefix = isPureRenote(note) ? t('notes.label.renote', { renoter: displayName(note.user), who }) : who;
  return t('notes.label.note', { who: prefix, body: body.slice(0, 140) });
}

/** One note in a column: a failure inside shows "This note could not be shown" instead of breaking the column. */
export const NoteItem = memo(function NoteItem(props: NoteItemProps) {
  const id = typeof (props.note as { id?: unknown } | null)?.id === 'string' ? props.note.id : '';
  return (
    <NoteBoundary noteId={id}>
      <NoteCard {...props} />
    </NoteBoundary>
  );
});

function NoteCard({ note: raw, posInSet, setSize, accountId: given, hideReplyContext = false }: NoteItemProps) {
  const { t } = useTranslation();
  const note = noteView(raw);
  const pure = isPureRenote(note);
  const shown = pure ? note.renote : note;
  const { accountId, columnId, rootRef } = useNoteAccount(note.id, given);
  const serverEmojis = useServerEmojis(accountId);

  const actions = useMemo<MfmActions>(
    () =>
      accountId
        ? {
            onHashtag: (tag) => void noteActions.openHashtagColumn(accountId, tag),
            onMention: ({ username, host }) => notesUiActions.openProfile({ accountId, username, host }),
          }
        : {},
    [accountId],
  );
  const scope = useMemo(() => ({ accountId, columnId }), [accountId, columnId]);
  const openDetail = accountId && shown.id ? () => notesUiActions.openDetail(accountId, shown.id, shown.raw) : undefined;
  const openProfile = (user: NoteView['user']) => (accountId && user.id ? () => notesUiActions.openProfile({ accountId, userId: user.id }) : undefined);

  return (
    <NoteScopeContext value={scope}>
      <MfmServerEmojisContext value={serverEmojis.urls}>
        <MfmActionsContext value={actions}>
          <article ref={rootRef} className="note" data-note-id={note.id || undefined} aria-label={accessibleLabel(note, t)} aria-posinset={posInSet} aria-setsize={setSize}>
            {pure && (
              <p className="note-renoted-by">
                <Icon name="renote" size={14} />
                <Avatar url={note.user.avatarUrl} size={18} />
                <span className="note-renoted-by-name">
                  <UserDisplayName user={note.user} />
                </span>{' '}
                {t('notes.renotedBy')}
                <RelativeTime iso={note.createdAt} />
              </p>
            )}
            {shown.reply && !hideReplyContext && (
              <CompactNote
                note={shown.reply}
                label={t('notes.inReplyTo')}
                className="note-reply-context"
                onOpen={accountId && shown.reply.id ? () => notesUiActions.openDetail(accountId, shown.reply!.id, shown.reply!.raw) : undefined}
              />
            )}
            <div className="note-row">
              <button type="button" className="note-avatar-button" tabIndex={-1} aria-hidden="true" onClick={openProfile(shown.user)}>
                <Avatar url={shown.user.avatarUrl} />
              </button>
              <div className="note-main">
                <NoteHeader note={shown} onOpenProfile={openProfile(shown.user)} onOpenDetail={openDetail} />
                {shown.channelName && <p className="note-channel">{shown.channelName}</p>}
                <NoteContent note={shown} accountId={accountId} />
                {shown.renote && (
                  <CompactNote
                    note={shown.renote}
                    label={t('notes.quotedNote')}
                    className="note-quote"
                    onOpen={accountId && shown.renote.id ? () => notesUiActions.openDetail(accountId, shown.renote!.id, shown.renote!.raw) : undefined}
                  />
                )}
                <ReactionsBar note={shown} accountId={accountId} />
                <NoteFooter note={shown} accountId={accountId} />
              </div>
            </div>
          </article>
        </MfmActionsContext>
      </MfmServerEmojisContext>
    </NoteScopeContext>
  );
}
