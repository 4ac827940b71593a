import { useLocale } from '../../i18n/LocaleProvider';
import { formatRelativeTime } from '../../lib/relativeTime';
import { useNow } from '../../lib/useNow';
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
  const { t, i18n } = useLocale();
  const now = useNow();
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
          <button type="button" className="note-time-button" onClick={onOpen} aria-label={t('notes.openLabelled', { label, time: formatRelativeTime(note.createdAt, now, i18n.language) })}>
            <RelativeTime iso={note.createdAt} />
          </button>
        ) : (
          <RelativeTime iso={note.createdAt} />
        )}
      </header>
      {note.isHidden ? (
        <p className="note-hidden">{t('notes.notVisible')}</p>
      ) : note.cw ? (
        <div className="note-compact-body">
          <span className="note-cw-text">
            <Mfm plain text={note.cw} emojis={note.emojis} host={note.user.host} />
          </span>{' '}
          <button type="button" className="note-cw-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? t('notes.hide') : t('notes.show')}
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
