import type { UserDetailed } from '../../../shared/model/content';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { CommandFailure } from '../commands/commandFailure';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_USER: 'noSuchUser',
  FAILED_TO_RESOLVE_REMOTE_USER: 'remoteUserUnreachable',
};

export interface UserQuery {
  userId?: string;
  username?: string;
  /** null or absent: a user of the account's own server. */
  host?: string | null;
}

/** A user by id, or by username (and host for a user of another server). */
export function showUser(client: MisskeyClient, { userId, username, host }: UserQuery): Promise<UserDetailed> {
  // misskey-js types users/show's answer as a `$switch` on the input it cannot resolve here;
  // these two forms (not `userIds`) answer with one UserDetailed.
  const show = (params: Record<string, unknown>) => explained(client.requestUntyped('users/show', params) as Promise<UserDetailed>, wording);
  if (userId) return show({ userId });
  if (username) return show({ username, ...(host ? { host } : {}) });
  throw new CommandFailure('INVALID_INPUT', coreMessage('userQueryMissing'));
}
