import type { ReactNode } from 'react';
import type { Note } from '../../../shared/model/note';
import { useFold } from '../notes/collapse/folds';
import { MutedNoteRow } from './MutedNoteRow';

/**
 * A note with sensitive files, in a column that folds them: one line until the reader opens it.
 * Mounted only for such notes, so other rows keep no subscription to the folds for it.
 */
export function SensitiveFold({ note, accountId, children }: { note: Note; accountId: string | null; children: ReactNode }) {
  const [opened, open] = useFold(accountId, typeof note?.id === 'string' ? note.id : '', 'sensitive');
  if (!opened) return <MutedNoteRow note={note} verdict={{ kind: 'sensitive' }} onOpen={() => open(true)} />;
  return children;
}
