import type { Note } from '../../../shared/model/note';
import { isPureRawRenote } from '../notes/noteView';

/**
 * Whether a column that hides sensitive notes folds this one, as Misskey's web client does with a
 * timeline's "with sensitive" turned off: the note shown (a pure renote's target) has any file
 * marked sensitive.
 */
export function isSensitiveMuted(note: Note): boolean {
  const shown = isPureRawRenote(note) && typeof note.renote === 'object' && note.renote !== null ? note.renote : note;
  return Array.isArray(shown.files) && shown.files.some((file) => file?.isSensitive === true);
}
