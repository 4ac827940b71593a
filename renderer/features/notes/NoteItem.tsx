import { memo } from 'react';
import type { Note } from '../../../shared/model/note';
import { userAcct, userDisplayName } from '../../lib/acct';
import { Avatar } from './Avatar';
import { NoteText } from './NoteText';
import { RelativeTime } from './RelativeTime';

/** A renote without text of its own shows the renoted note, under "<name> renoted". */
const isPureRenote = (note: Note): note is Note & { renote: Note } =>
  note.renote != null && !note.text && !note.cw && !(note.files && note.files.length > 0) && !note.poll;

function accessibleLabel(note: Note): string {
  const shown = isPureRenote(note) ? note.renote : note;
  const who = userDisplayName(shown.user);
  const body = shown.cw ? `CW: ${shown.cw}` : (shown.text ?? '');
  const prefix = isPureRenote(note) ? `${userDisplayName(note.user)} renoted ${who}` : who;
  return `${prefix}: ${body.slice(0, 140)}`;
}

export const NoteItem = memo(function NoteItem({
  note,
  posInSet,
  setSize,
}: {
  note: Note;
  posInSet?: number;
  setSize?: number;
}) {
  const renote = isPureRenote(note);
  const shown = renote ? note.renote : note;
  return (
    <article
      className="note"
      data-note-id={note.id}
      aria-label={accessibleLabel(note)}
      aria-posinset={posInSet}
      aria-setsize={setSize}
    >
      {renote && (
        <p className="note-renoted-by">
          <span aria-hidden="true">⟳ </span>
          {userDisplayName(note.user)} renoted
        </p>
      )}
      <div className="note-row">
        <Avatar url={shown.user.avatarUrl} />
        <div className="note-main">
          <header className="note-header">
            <span className="note-name">{userDisplayName(shown.user)}</span>
            <span className="note-acct">{userAcct(shown.user)}</span>
            <RelativeTime iso={shown.createdAt} />
          </header>
          <NoteText note={shown} />
          {!renote && note.renote && (
            <blockquote className="note-quote">
              <span className="note-name">{userDisplayName(note.renote.user)}</span>{' '}
              <span className="note-acct">{userAcct(note.renote.user)}</span>
              <NoteText note={note.renote} />
            </blockquote>
          )}
          {shown.files && shown.files.length > 0 && (
            <p className="note-files">
              {shown.files.length} attachment{shown.files.length === 1 ? '' : 's'}
            </p>
          )}
        </div>
      </div>
    </article>
  );
});
