import type { Note } from '../../shared/model/note';
import { columnWindow } from './noteOrder';

/**
 * Notes no column shows any more are dropped in one pass once note ids have fallen out of columns
 * this many times, not on every column update: the pass reads every column, and during a flood
 * each column update drops a few ids, about 125 times a second. At most this many notes wait.
 */
export const dropsBeforeSweep = columnWindow;

/** `notesById` without the notes no column refers to: the same object when there are none. */
export function withoutUnreferencedNotes(notesById: Record<string, Note>, columnNoteIds: Readonly<Record<string, readonly string[]>>): Record<string, Note> {
  const referenced = new Set<string>();
  for (const ids of Object.values(columnNoteIds)) for (const id of ids) referenced.add(id);
  if (Object.keys(notesById).every((id) => referenced.has(id))) return notesById;
  const kept = Object.create(null) as Record<string, Note>;
  for (const id in notesById) if (referenced.has(id)) kept[id] = notesById[id]!;
  return kept;
}

/** After columns changed: only the notes a column shows, and the drops counted from zero again. */
export const sweptNotes = (notesById: Record<string, Note>, columnNoteIds: Readonly<Record<string, readonly string[]>>) => ({
  notesById: withoutUnreferencedNotes(notesById, columnNoteIds),
  noteDropsSinceSweep: 0,
});
