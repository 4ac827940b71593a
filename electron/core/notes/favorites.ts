import type { MisskeyClient } from '../misskey/misskeyClient';
import { isMisskeyError, rethrowExplained, type Wording } from '../server/misskeyErrors';

const wording: Wording = { NO_SUCH_NOTE: 'noteGone' };

/**
 * Marks or unmarks a note as a favorite. The command states the wanted end state, so it is
 * idempotent: ALREADY_FAVORITED (marking twice) and NOT_FAVORITED (unmarking a note that is not
 * marked) already are that state — e.g. a second click that raced the first, or another client
 * changed it meanwhile — and count as success rather than as an error to show.
 */
export async function setFavorite(client: MisskeyClient, noteId: string, favorite: boolean): Promise<null> {
  try {
    if (favorite) await client.request('notes/favorites/create', { noteId });
    else await client.request('notes/favorites/delete', { noteId });
  } catch (failure) {
    if (isMisskeyError(failure, favorite ? 'ALREADY_FAVORITED' : 'NOT_FAVORITED')) return null;
    rethrowExplained(failure, wording);
  }
  return null;
}
