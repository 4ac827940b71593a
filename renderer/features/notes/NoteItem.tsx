import { useLocale } from '../../i18n/LocaleProvider';
import type { TFunction } from 'i18next';
import { memo, useContext, useState } from 'react';
import type { Note } from '../../../shared/model/note';
import { UserDisplayName } from '../mfm';
import { useAppState } from '../../store';
import { useSetting } from '../settings/settingsStore';
import { Avatar } from './Avatar';
import { isRenoteCollapsed } from './collapse/collapseRule';
import { useFold } from './collapse/folds';
import { RenoteLine } from './collapse/RenoteLine';
import { CompactNote } from './CompactNote';
import { NoteAccountScope } from './NoteAccountScope';
import { NoteBoundary } from './NoteBoundary';
import { NoteContent } from './NoteContent';
import { NoteFooter } from './NoteFooter';
import { NoteHeader } from './NoteHeader';
import { NoteScopeContext, useNoteAccount } from './noteScope';
import { displayName, isPureRenote, noteView, type NoteView } from './noteView';
import { ReactionsBar } from './ReactionsBar';
import { RelativeTime } from './RelativeTime';
import { notesUiActions } from './state/notesUi';
import { MutedNoteRow } from '../mutes/MutedNoteRow';
import { useMuteFilter } from '../mutes/state/mutesStore';
import { isSensitiveMuted } from '../mutes/sensitiveMute';
import { SensitiveFold } from '../mutes/SensitiveFold';
import './notes.css';

interface NoteItemProps {
  note: Note;
  posInSet?: number;
  setSize?: number;
  /** The account the note is seen from; else the surrounding scope or column decides. */
  accountId?: string | null;
  /** In a thread the parent is right above: no reply line. */
  hideReplyContext?: boolean;
  /** The note a thread is about: shown whole, never folded behind "Show more" (as Misskey's detailed note). */
  unfolded?: boolean;
  /** A renote of a note the column already shows further down (see `repeatedRenotes`). */
  repeatedRenote?: boolean;
  /** The column folds notes with sensitive files to one line (its "hide sensitive" option). */
  foldSensitive?: boolean;
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

/** In a column, the column's scope already says whose note this is; elsewhere the note works it out. */
function NoteCard(props: NoteItemProps) {
  const scope = useContext(NoteScopeContext);
  if (scope.providesContent && (props.accountId === undefined || props.accountId === scope.accountId)) {
    return <NoteCardBody {...props} accountId={scope.accountId} />;
  }
  return <ResolvedNoteCard {...props} />;
}

function ResolvedNoteCard(props: NoteItemProps) {
  const { accountId, columnId, rootRef } = useNoteAccount(typeof props.note?.id === 'string' ? props.note.id : '', props.accountId);
  return (
    <NoteAccountScope accountId={accountId} columnId={columnId}>
      <NoteCardBody {...props} accountId={accountId} rootRef={rootRef} />
    </NoteAccountScope>
  );
}

function NoteCardBody({ note: raw, posInSet, setSize, accountId, hideReplyContext = false, unfolded = false, repeatedRenote = false, foldSensitive = false, rootRef }: NoteItemProps & { accountId: string | null; rootRef?: (el: HTMLElement | null) => void }) {
  const verdict = useMuteFilter(accountId).verdict(raw);
  const [opened, setOpened] = useState(false);
  if (verdict.kind !== 'shown' && !opened) {
    // A hard-muted word hides the note everywhere; other mutes fold it where the server did not drop it (a thread, a profile).
    if (verdict.kind === 'hidden' && verdict.reason === 'word') return null;
    return <MutedNoteRow note={raw} verdict={verdict} onOpen={() => setOpened(true)} />;
  }
  const card = <ShownNoteCard note={raw} posInSet={posInSet} setSize={setSize} accountId={accountId} hideReplyContext={hideReplyContext} unfolded={unfolded} repeatedRenote={repeatedRenote} rootRef={rootRef} />;
  return foldSensitive && isSensitiveMuted(raw) ? (
    <SensitiveFold note={raw} accountId={accountId}>
      {card}
    </SensitiveFold>
  ) : (
    card
  );
}

/** A note not muted (or opened by the reader): a renote may still fold to one line. */
function ShownNoteCard({ note: raw, posInSet, setSize, accountId, hideReplyContext = false, unfolded = false, repeatedRenote = false, rootRef }: NoteItemProps & { accountId: string | null; rootRef?: (el: HTMLElement | null) => void }) {
  const { t } = useLocale();
  const note = noteView(raw);
  const pure = isPureRenote(note);
  const shown = pure ? note.renote : note;
  const collapseRenotes = useSetting('collapseRenotes');
  const viewerId = useAppState((s) => (pure && accountId ? (s.accounts.find((a) => a.id === accountId)?.userId ?? null) : null));
  const [renoteOpened, openRenote] = useFold(accountId, note.id, 'renote');
  const renoteFolded = pure && !renoteOpened && (isRenoteCollapsed(note, viewerId, collapseRenotes) || (collapseRenotes && repeatedRenote));

  return (
    <article ref={rootRef} className="note" data-note-id={note.id || undefined} aria-label={accessibleLabel(note, t)} aria-posinset={posInSet} aria-setsize={setSize}>
      {pure && (
        <p className="note-renoted-by">
          <span className="note-renoted-icon" aria-hidden="true" />
          <Avatar url={note.user.avatarUrl} size={18} />
          <span className="note-renoted-by-name">
            <UserDisplayName user={note.user} />
          </span>{' '}
          {t('notes.renotedBy')}
          <RelativeTime iso={note.createdAt} />
        </p>
      )}
      {renoteFolded ? <RenoteLine renoted={shown} onOpen={() => openRenote(true)} /> : <NoteCardMain note={shown} accountId={accountId} hideReplyContext={hideReplyContext} unfolded={unfolded} />}
    </article>
  );
}

function NoteCardMain({ note: shown, accountId, hideReplyContext, unfolded }: { note: NoteView; accountId: string | null; hideReplyContext: boolean; unfolded: boolean }) {
  const { t } = useLocale();
  const openDetail = accountId && shown.id ? () => notesUiActions.openDetail(accountId, shown.id, shown.raw) : undefined;
  const openProfile = (user: NoteView['user']) => (accountId && user.id ? () => notesUiActions.openProfile({ accountId, userId: user.id }) : undefined);
  return (
    <>
      {shown.reply && !hideReplyContext && (
        <CompactNote
          note={shown.reply}
          label={t('notes.inReplyTo')}
          className="note-reply-context"
          onOpen={accountId && shown.reply.id ? () => notesUiActions.openDetail(accountId, shown.reply!.id, shown.reply!.raw) : undefined}
        />
      )}
      <div className="note-row">
        <Avatar url={shown.user.avatarUrl} onClick={openProfile(shown.user)} />
        <div className="note-main">
          <NoteHeader note={shown} onOpenProfile={openProfile(shown.user)} onOpenDetail={openDetail} />
          {shown.channelName && <p className="note-channel">{shown.channelName}</p>}
          <NoteContent note={shown} accountId={accountId} unfolded={unfolded} />
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
    </>
  );
}
