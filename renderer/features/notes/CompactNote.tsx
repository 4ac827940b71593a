import { useState } from 'react';
import { Mfm, UserDisplayName } from '../mfm';
import { Avatar } from './Avatar';
import { acctOf, type NoteView } from './noteView';
import { RelativeTime } from './RelativeTime';

/**
 * A note in a line or a few: the quoted note, the note replied to, the target of a reply dialog.
 * CW stays closed behind its own toggle; attachments and polls are counted, not shown.
 */
export function CompactNote({ note, label, onOpen, className = '' }: { note: NoteView; label: string; onOpen?(): void; className?: string }) {
  const [open, setOpen] = useState(false);
  const extras = [note.files.length > 0 ? `${note.files.length} file${note.files.length === 1 ? '' : 's'}` : null, note.poll ? 'poll' : null].filter(Boolean).join(' · ');
  return (
    <section className={`note-compact ${className}`} aria-label={label} data-note-id={note.id || undefined}>
      <header className="note-compact-header">
        <Avatar url={note.user.avatarUrl} size={20} />
        <span className="note-name">
          <UserDisplayName user={note.user} />
        </span>
        <span className="note-acct">{acctOf(note.user)}</span>
        {onOpen ? (
          <button type="button" className="note-time-button" onClick={onOpen} aria-label={`Open ${label.toLowerCase()}`}>
            <RelativeTime iso={note.createdAt} />
          </button>
        ) : (
          <RelativeTime iso={note.createdAt} />
        )}
      </header>
      {note.isHidden ? (
        <p className="note-hidden">This note is not visible to you.</p>
      ) : note.cw ? (
        <div className="note-compact-body">
          <span className="note-cw-text">
            <Mfm plain text={note.cw} emojis={note.emojis} host={note.user.host} />
          </span>{' '}
          <button type="button" className="note-cw-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide' : 'Show'}
          </button>
          {open && note.text && (
            <div className="note-text">
              <Mfm text={note.text} emojis={note.emojis} host={note.user.host} />
            </div>
          )}
        </div>
      ) : note.text ? (
        <div className="note-text note-compact-body">
          <Mfm text={note.text} emojis={note.emojis} host={note.user.host} />
        </div>
      ) : null}
      {extras && <p className="note-compact-extras">{extras}</p>}
    </section>
  );
}
