import { t } from '../../i18n';
import { Mfm } from '../mfm';
import { MediaGrid } from '../media/MediaGrid';
import { isLongNote } from './collapse/collapseRule';
import { useFold } from './collapse/folds';
import { LongNoteFold } from './collapse/LongNoteFold';
import { NotePoll } from './NotePoll';
import { NoteTranslation } from './translate/NoteTranslation';
import { NotePreviews } from '../previews/NotePreviews';
import { mayHaveLinks } from '../previews/previewLinks';
import type { NoteView } from './noteView';


/** What the CW button says it hides: "Show content (120 characters, 2 files, a poll)". */
export function hiddenSummary(note: Pick<NoteView, 'text' | 'files' | 'poll'>): string {
  const parts: string[] = [];
  if (note.text) parts.push(t('notes.summary.characters', { count: [...note.text].length }));
  if (note.files.length > 0) parts.push(t('notes.summary.files', { count: note.files.length }));
  if (note.poll) parts.push(t('notes.summary.poll'));
  return parts.join(t('notes.summary.separator'));
}

/**
 * The note's text (MFM), under its CW when it has one, then its media and poll; a long note folded
 * behind "Show more". Opened CWs and folds are kept by note (see folds.ts), so a row scrolled out
 * and back comes back as the reader left it.
 */
export function NoteContent({ note, accountId, unfolded = false }: { note: NoteView; accountId: string | null; unfolded?: boolean }) {
  const [open, setOpen] = useFold(accountId, note.id, 'cw');
  const [more, setMore] = useFold(accountId, note.id, 'more');
  if (note.isHidden) return <p className="note-hidden">{t('notes.notVisible')}</p>;
  const content = (
    <>
      {note.text && <Mfm className="note-text" text={note.text} emojis={note.emojis} host={note.user.host} />}
      {note.files.length > 0 && <MediaGrid files={note.files} />}
      {note.poll && <NotePoll note={note} poll={note.poll} accountId={accountId} />}
      {mayHaveLinks(note.text) && <NotePreviews note={note} accountId={accountId} />}
    </>
  );
  const body = (
    <>
      {!unfolded && isLongNote(note) ? (
        <LongNoteFold opened={more} onToggle={setMore}>
          {content}
        </LongNoteFold>
      ) : (
        content
      )}
      {accountId && note.id && <NoteTranslation accountId={accountId} noteId={note.id} />}
    </>
  );
  if (note.cw == null || note.cw === '') return body;
  const summary = hiddenSummary(note);
  return (
    <div className="note-cw">
      <div className="note-cw-text">
        <Mfm text={note.cw} emojis={note.emojis} host={note.user.host} />
      </div>
      <button type="button" className="note-cw-toggle" data-fold="cw" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('notes.hide') : summary ? t('notes.showContentWith', { summary }) : t('notes.showContent')}
      </button>
      {open && <div className="note-cw-body">{body}</div>}
    </div>
  );
}
