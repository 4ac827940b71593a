import type { entities } from 'misskey-js';

/** Notes cross to the renderer in Misskey's own shape. */
export type Note = entities.Note;
export type NoteVisibility = entities.Note['visibility'];
