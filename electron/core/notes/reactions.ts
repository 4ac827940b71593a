import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, isMisskeyError, rethrowExplained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_NOTE: 'This note no longer exists.',
  NOT_REACTED: 'You have not reacted to this note.',
  CANNOT_REACT_TO_RENOTE: 'A renote cannot be reacted to; react to the original note.',
  YOU_HAVE_BEEN_BLOCKED: 'You cannot react to this note: its author has blocked you.',
};

/**
 * Reacts to a note. Reacting again with another reaction replaces it (Misskey does so itself: 204).
 * Reacting again with the same reaction is ALREADY_REACTED, which means the wanted state already
 * holds (a double click), so it counts as success.
 */
export async function react(client: MisskeyClient, noteId: string, reaction: string): Promise<null> {
  try {
    await client.request('notes/reactions/create', { noteId, reaction });
  } catch (failure) {
    if (!isMisskeyError(failure, 'ALREADY_REACTED')) rethrowExplained(failure, wording);
  }
  return null;
}

export async function unreact(client: MisskeyClient, noteId: string): Promise<null> {
  await explained(client.request('notes/reactions/delete', { noteId }), wording);
  return null;
}
