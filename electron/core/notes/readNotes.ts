import type { Note } from '../../../shared/model/note';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_NOTE: 'noteGoneOrHidden',
  CONTENT_RESTRICTED_BY_USER: 'noteForSignedInByAuthor',
  CONTENT_RESTRICTED_BY_SERVER: 'noteForSignedInByServer',
};

/** How far a thread is followed in one request (Misskey's maximum `limit` for both endpoints). */
const threadLimit = 100;

export function showNote(client: MisskeyClient, noteId: string): Promise<Note> {
  return explained(client.request('notes/show', { noteId }), wording);
}

/**
 * The ancestors of a reply, OLDEST FIRST (the thread's root first, the direct parent last), as a
 * thread is read. Misskey answers nearest parent first (fixtures/misskey/notes/conversation.json).
 */
export async function conversation(client: MisskeyClient, noteId: string): Promise<Note[]> {
  const ancestors = await explained(client.request('notes/conversation', { noteId, limit: threadLimit }), wording);
  return [...ancestors].reverse();
}

/**
 * Direct replies and quotes of a note (not pure renotes), OLDEST FIRST, as a thread is read.
 * Misskey answers newest first.
 */
export async function children(client: MisskeyClient, noteId: string): Promise<Note[]> {
  const replies = await explained(client.request('notes/children', { noteId, limit: threadLimit }), wording);
  return [...replies].reverse();
}
