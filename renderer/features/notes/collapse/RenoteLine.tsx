import { t } from '../../../i18n';
import { Mfm } from '../../mfm';
import { Avatar } from '../Avatar';
import type { NoteView } from '../noteView';

/** A renoted note's start in one line: its CW, else its text, else what it carries. */
function summaryOf(note: NoteView): string {
  if (note.isHidden) return t('notes.notVisible');
  if (note.cw) return note.cw;
  if (note.text) return note.text.slice(0, 300).replace(/\s+/g, ' ');
  if (note.files.length > 0) return t('notes.summary.files', { count: note.files.length });
  if (note.poll) return t('notes.summary.poll');
  return '';
}

/** A renote folded to one line (Misskey's "collapse renotes"): a click opens it in full. */
export function RenoteLine({ renoted, onOpen }: { renoted: NoteView; onOpen(): void }) {
  return (
    <button type="button" className="note-renote-line" data-fold="renote" aria-expanded="false" title={t('readingAids.showRenote')} onClick={onOpen}>
      <Avatar url={renoted.user.avatarUrl} size={20} />
      <span className="note-renote-line-text">
        <Mfm plain text={summaryOf(renoted)} emojis={renoted.emojis} host={renoted.user.host} />
      </span>
    </button>
  );
}
