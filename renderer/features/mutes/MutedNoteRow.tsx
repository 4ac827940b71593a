import { useLocale } from '../../i18n/LocaleProvider';
import type { Note } from '../../../shared/model/note';
import { userAcct } from '../../lib/acct';
import { UserDisplayName } from '../mfm';
import type { MuteVerdict } from './muteFilter';
import './mutes.css';

const nameSlot = '\u0000name\u0000';

const nameOf = (note: Note) => {
  const user = note.user;
  if (!user) return '';
  return user.name?.trim() || userAcct(user);
};

/** A muted note (or one with sensitive files, in a column that folds them) folded to one line, as Misskey's web client shows it; a click opens it. */
export function MutedNoteRow({ note, verdict, onOpen }: { note: Note; verdict: Exclude<MuteVerdict, { kind: 'shown' }> | { kind: 'sensitive' }; onOpen(): void }) {
  const { t } = useLocale();
  const author = note.renote && !note.text ? note.renote : note;
  const line = (name: string) =>
    verdict.kind === 'soft'
      ? t('mutes.row', { words: verdict.words.join(', '), name })
      : verdict.kind === 'sensitive'
        ? t('mutes.rowSensitive', { name })
        : t(`mutes.rowHidden.${verdict.reason}`, { name });
  const label = line(nameOf(author));
  // Shown with the name as the note shows it (custom emoji as images); the label reads it as text.
  const [before, after] = line(nameSlot).split(nameSlot);
  return (
    <article className="note note-muted" data-note-id={note.id || undefined} data-muted={verdict.kind} aria-label={label}>
      <button type="button" className="note-muted-row" aria-expanded={false} onClick={onOpen} title={t('mutes.show')}>
        {author.user && after !== undefined ? (
          <>
            {before}
            <UserDisplayName user={author.user} />
            {after}
          </>
        ) : (
          label
        )}
      </button>
    </article>
  );
}
