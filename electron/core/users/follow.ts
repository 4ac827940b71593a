import type { MisskeyClient } from '../misskey/misskeyClient';
import { isMisskeyError, rethrowExplained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_USER: 'noSuchUser',
  FOLLOWEE_IS_YOURSELF: 'cannotFollowSelf',
  BLOCKING: 'followWhileBlocking',
  BLOCKED: 'followBlocked',
};

/**
 * Follows or unfollows a user (a locked account gets a follow request). Like favorites, the command
 * states the wanted end state: ALREADY_FOLLOWING / NOT_FOLLOWING mean it already holds, so they
 * count as success (a double click, or a change made in another client).
 */
export async function setFollowing(client: MisskeyClient, userId: string, follow: boolean): Promise<null> {
  try {
    if (follow) await client.request('following/create', { userId });
    else await client.request('following/delete', { userId });
  } catch (failure) {
    if (isMisskeyError(failure, follow ? 'ALREADY_FOLLOWING' : 'NOT_FOLLOWING')) return null;
    rethrowExplained(failure, wording);
  }
  return null;
}
