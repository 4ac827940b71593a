import type { Note } from '../../../shared/model/note';
import type { AppState } from '../../store';

/** The note held for an id: in a column, inside a renote or reply, or in a notification. */
export function heldNote(state: Pick<AppState, 'notesById' | 'columnNotifications'>, noteId: string): Note | undefined {
  const direct = state.notesById[noteId];
  if (direct) return direct;
  for (const note of Object.values(state.notesById)) {
    if (note.renote?.id === noteId) return note.renote;
    if (note.reply?.id === noteId) return note.reply;
  }
  for (const items of Object.values(state.columnNotifications)) {
    for (const item of items) {
      const note = (item.notification as { note?: Note }).note;
      if (note?.id === noteId) return note;
    }
  }
  return undefined;
}
