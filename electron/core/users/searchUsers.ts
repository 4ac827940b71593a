import type { UserLite } from '../../../shared/model/content';
import type { MisskeyClient } from '../misskey/misskeyClient';

/** `ali`, `@ali`, `@ali@example.com` or `ali@example.com` → the username prefix and host, if any. */
export function parseMentionQuery(query: string): { username: string; host: string | null } {
  const [username = '', host = ''] = query.trim().replace(/^@/, '').split('@', 2);
  return { username, host: host === '' ? null : host };
}

/**
 * Users whose username starts with the query, for mention autocompletion. `detail: false` keeps the
 * answer small: the users come back as Misskey's UserLite, which is all autocompletion shows.
 */
export async function searchUsers(client: MisskeyClient, query: string, limit = 10): Promise<UserLite[]> {
  const { username, host } = parseMentionQuery(query);
  if (username === '' && host === null) return [];
  const users = await client.request('users/search-by-username-and-host', {
    username,
    ...(host === null ? {} : { host }),
    limit,
    detail: false,
  });
  return users as UserLite[];
}
