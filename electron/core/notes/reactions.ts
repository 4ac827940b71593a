import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, isMisskeyError, rethrowExplained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_NOTE: 'noteGone',
  NOT_REACTED: 'notReacted',
  CANNOT_REACT_TO_RENOTE: 'cannotReactToRenote',
  YOU_HAVE_BEEN_BLOCKED: 'reactBlocked',
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
