import { z } from 'zod';
import type { UserRelationEntry, UserRelationKind } from '../../../shared/model/mutes';
import type { MisskeyClient } from '../misskey/misskeyClient';

/** Each list's endpoint and where its rows name the user. */
const lists: Record<UserRelationKind, { endpoint: string; idField: 'muteeId' | 'blockeeId'; userField: 'mutee' | 'blockee' }> = {
  mute: { endpoint: 'mute/list', idField: 'muteeId', userField: 'mutee' },
  renoteMute: { endpoint: 'renote-mute/list', idField: 'muteeId', userField: 'mutee' },
  block: { endpoint: 'blocking/list', idField: 'blockeeId', userField: 'blockee' },
};

const pageSize = 100;
/** Ids read for filtering at most (10 pages); a longer list is filtered by the server on timelines anyway. */
const maxPages = 10;

const user = z.looseObject({ id: z.string(), username: z.string(), host: z.string().nullable().optional(), name: z.string().nullable().optional() });
const row = z.looseObject({
  id: z.string(),
  expiresAt: z.string().nullable().optional(),
  muteeId: z.string().optional(),
  blockeeId: z.string().optional(),
  mutee: user.optional(),
  blockee: user.optional(),
});

function rows(answer: unknown): z.infer<typeof row>[] {
  if (!Array.isArray(answer)) return [];
  return answer.flatMap((item) => {
    const parsed = row.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** One page of a list, for the settings: rows without a readable user are left out. */
export async function relationPage(client: MisskeyClient, kind: UserRelationKind, untilId?: string): Promise<UserRelationEntry[]> {
  const { endpoint, userField } = lists[kind];
  const answer = await client.requestUntyped(endpoint, { limit: pageSize, ...(untilId ? { untilId } : {}) });
  return rows(answer).flatMap((entry) => {
    const who = entry[userField];
    return who ? [{ id: entry.id, user: who as UserRelationEntry['user'], expiresAt: entry.expiresAt ?? null }] : [];
  });
}

export interface RelationIds {
  ids: string[];
  /** userId → epoch ms a timed mute ends. */
  expiries: Map<string, number>;
}

/** Every user id on a list (up to `maxPages` pages), for filtering notes the server does not filter. */
export async function relationIds(client: MisskeyClient, kind: UserRelationKind): Promise<RelationIds> {
  const { endpoint, idField } = lists[kind];
  const ids: string[] = [];
  const expiries = new Map<string, number>();
  let untilId: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const found = rows(await client.requestUntyped(endpoint, { limit: pageSize, ...(untilId ? { untilId } : {}) }));
    for (const entry of found) {
      const userId = entry[idField];
      if (!userId) continue;
      ids.push(userId);
      const ends = entry.expiresAt ? Date.parse(entry.expiresAt) : NaN;
      if (Number.isFinite(ends)) expiries.set(userId, ends);
    }
    if (found.length < pageSize) break;
    untilId = found.at(-1)?.id;
  }
  return { ids, expiries };
}
