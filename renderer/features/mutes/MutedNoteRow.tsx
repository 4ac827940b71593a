import { useLocale } from '../../i18n/LocaleProvider';
import type { Note } from '../../../shared/model/note';
import { userAcct } from '../../lib/acct';
import type { MuteVerdict } from './muteFilter';
import './mutes.css';

const nameOf = (note: Note) => {
  const user = note.user;
  if (!user) return '';
  return user.name?.trim() || userAcct(user);
};

/** A muted note (or one with sensitive files, in a column that folds them) folded to one line, as Misskey's web client shows it; a click opens it. */
export function MutedNoteRow({ note, verdict, onOpen }: { note: Note; verdict: Exclude<MuteVerdict, { kind: 'shown' }> | { kind: 'sensitive' }; onOpen(): void }) {
  const { t } = useLocale();
  const author = note.renote && !note.text ? note.renote : note;
  const label =
    verdict.kind === 'soft'
      ? t('mutes.row', { words: verdict.words.join(', '), name: nameOf(author) })
      : verdict.kind === 'sensitive'
        ? t('mutes.rowSensitive', { name: nameOf(author) })
        : t(`mutes.rowHidden.${verdict.reason}`, { name: nameOf(author) });
  return (
    <article className="note note-muted" data-note-id={note.id || undefined} data-muted={verdict.kind} aria-label={label}>
      <button type="button" className="note-muted-row" aria-expanded={false} onClick={onOpen} title={t('mutes.show')}>
        {label}
      </button>
    </article>
  );
}
