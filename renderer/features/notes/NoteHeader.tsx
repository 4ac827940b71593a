import { UserDisplayName } from '../mfm';
import { InstanceTicker } from './InstanceTicker';
import { acctOf, type NoteView } from './noteView';
import { RelativeTime } from './RelativeTime';
import { VisibilityMark } from './VisibilityMark';

/** Name (custom emoji), acct, server ticker, visibility marks, and the time (opens the note). */
export function NoteHeader({ note, onOpenProfile, onOpenDetail }: { note: NoteView; onOpenProfile?(): void; onOpenDetail?(): void }) {
  const user = note.user;
  return (
    <header className="note-header">
      <span className="note-name">
        {onOpenProfile ? (
          <button type="button" className="note-name-button" onClick={onOpenProfile}>
            <UserDisplayName user={user} />
          </button>
        ) : (
          <UserDisplayName user={user} />
        )}
      </span>
      <span className="note-acct">{acctOf(user)}</span>
      <InstanceTicker user={user} />
      <VisibilityMark visibility={note.visibility} localOnly={note.localOnly} />
      {onOpenDetail ? (
        <button type="button" className="note-time-button" onClick={onOpenDetail} aria-label={`Open note (${note.createdAt ? new Date(note.createdAt).toLocaleString() : 'unknown time'})`}>
          <RelativeTime iso={note.createdAt} />
        </button>
      ) : (
        <RelativeTime iso={note.createdAt} />
      )}
    </header>
  );
}
