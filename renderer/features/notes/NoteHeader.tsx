import { useLocale } from '../../i18n/LocaleProvider';
import { formatIsoDateTime } from '../../i18n';
import { formatRelativeTime } from '../../lib/relativeTime';
import { useNow } from '../../lib/useNow';
import { UserDisplayName } from '../mfm';
import { InstanceTicker } from './InstanceTicker';
import { acctOf, type NoteView } from './noteView';
import { RelativeTimeAt } from './RelativeTime';
import { VisibilityMark } from './VisibilityMark';

/** Name (custom emoji), acct, server ticker, visibility marks, and the time (opens the note). */
export function NoteHeader({ note, onOpenProfile, onOpenDetail }: { note: NoteView; onOpenProfile?(): void; onOpenDetail?(): void }) {
  const { t, i18n } = useLocale();
  const now = useNow();
  // The button shows the relative time: its name starts with it (what is seen is what is said), then the full date.
  const date = note.createdAt ? formatIsoDateTime(note.createdAt, i18n.language) : '';
  const openLabel = date !== '' ? t('notes.openNote', { relative: formatRelativeTime(note.createdAt, now, i18n.language), date }) : t('notes.openNoteUnknown');
  const user = note.user;
  return (
    <header className="note-header">
      {onOpenProfile ? (
        <button type="button" className="note-name note-name-button" onClick={onOpenProfile}>
          <UserDisplayName user={user} />
        </button>
      ) : (
        <span className="note-name">
          <UserDisplayName user={user} />
        </span>
      )}
      <span className="note-acct">{acctOf(user)}</span>
      <InstanceTicker user={user} />
      <VisibilityMark visibility={note.visibility} localOnly={note.localOnly} />
      {onOpenDetail ? (
        <button type="button" className="note-time-button" onClick={onOpenDetail} aria-label={openLabel}>
          <RelativeTimeAt iso={note.createdAt} now={now} />
        </button>
      ) : (
        <RelativeTimeAt iso={note.createdAt} now={now} />
      )}
    </header>
  );
}
