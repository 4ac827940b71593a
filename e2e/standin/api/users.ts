import { ApiError, E, invalidParam } from '../errors';
import { acceptFollowRequest, follow, unfollow } from '../follows';
import type { UserRec } from '../state';
import { optBool, optInt, optString, requiredString } from './params';
import { me, type ApiCtx, type Endpoint } from './types';

function show(ctx: ApiCtx) {
  const viewer = ctx.user?.id ?? null;
  if (Array.isArray(ctx.body.userIds)) {
    return (ctx.body.userIds as unknown[]).flatMap((id) => {
      const u = typeof id === 'string' ? ctx.state.users.get(id) : undefined;
      return u ? [ctx.packer.userFor(u, viewer)] : [];
    });
  }
  const userId = optString(ctx.body, 'userId') ?? undefined;
  const username = optString(ctx.body, 'username') ?? undefined;
  const host = optString(ctx.body, 'host', true) ?? null;
  let user: UserRec | undefined;
  if (userId !== undefined) user = ctx.state.users.get(userId);
  else if (username !== undefined) {
    user = [...ctx.state.users.values()].find((u) => u.username.toLowerCase() === username.toLowerCase() && u.host === host);
  } else throw invalidParam('#/anyOf', 'must match a schema in anyOf');
  if (!user) throw new ApiError(E.NO_SUCH_USER);
  return ctx.packer.userFor(user, viewer);
}

/**
 * Misskey's mention search: `username` and `host` are prefixes, matched case-insensitively; host
 * `.` means local users. Users the viewer follows come first. `detail: false` answers UserLite.
 */
function searchByUsernameAndHost(ctx: ApiCtx) {
  const username = (optString(ctx.body, 'username', true) ?? '').toLowerCase();
  const host = optString(ctx.body, 'host', true)?.toLowerCase() ?? null;
  const limit = optInt(ctx.body, 'limit', 1, 100) ?? 10;
  const detail = optBool(ctx.body, 'detail') ?? true;
  const viewer = ctx.user?.id ?? null;
  const followed = viewer ? ctx.state.following(viewer) : new Set<string>();
  const hostMatches = (u: UserRec) => (host === null ? true : host === '.' ? u.host === null : (u.host ?? '').toLowerCase().startsWith(host));
  return [...ctx.state.users.values()]
    .filter((u) => u.username.toLowerCase().startsWith(username) && hostMatches(u))
    .sort((a, b) => Number(followed.has(b.id)) - Number(followed.has(a.id)))
    .slice(0, limit)
    .map((u) => (detail ? ctx.packer.userFor(u, viewer) : ctx.packer.userLite(u)));
}

function target(ctx: ApiCtx, err: (typeof E)[keyof typeof E]): UserRec {
  const u = ctx.state.users.get(requiredString(ctx.body, 'userId'));
  if (!u) throw new ApiError(err);
  return u;
}

function relation(ctx: ApiCtx) {
  const viewer = me(ctx);
  const ids = ctx.body.userId;
  const one = (id: string) => {
    const u = ctx.state.users.get(id);
    if (!u) return null;
    const rel = ctx.packer.relation(viewer.id, u);
    const following = rel.isFollowing
      ? {
          id: `${viewer.id.slice(0, 8)}${u.id.slice(8)}`,
          followeeId: u.id,
          followerId: viewer.id,
          isFollowerHibernated: false,
          withReplies: false,
          notify: null,
          followerHost: null,
          followerInbox: null,
          followerSharedInbox: null,
          followeeHost: u.host,
          followeeInbox: null,
          followeeSharedInbox: null,
        }
      : null;
    const { notify: _n, withReplies: _w, ...flags } = rel;
    return { id: u.id, following, ...flags };
  };
  if (Array.isArray(ids)) return ids.flatMap((id) => (typeof id === 'string' ? (one(id) ?? []) : []));
  const r = one(requiredString(ctx.body, 'userId'));
  if (!r) throw new ApiError(E.NO_SUCH_USER);
  return r;
}

export const userEndpoints: Record<string, Endpoint> = {
  'users/show': { requireCredential: false, handler: show },
  'users/relation': { requireCredential: true, permission: 'read:account', handler: relation },
  'users/search-by-username-and-host': { requireCredential: false, handler: searchByUsernameAndHost },
  'following/create': {
    requireCredential: true,
    permission: 'write:following',
    handler: (ctx) => follow(ctx.world, me(ctx), target(ctx, E.NO_SUCH_USER_FOLLOW)),
  },
  'following/delete': {
    requireCredential: true,
    permission: 'write:following',
    handler: (ctx) => unfollow(ctx.world, me(ctx), target(ctx, E.NO_SUCH_USER_UNFOLLOW)),
  },
  'following/requests/accept': {
    requireCredential: true,
    permission: 'write:following',
    handler: (ctx) => {
      acceptFollowRequest(ctx.world, me(ctx), target(ctx, E.NO_SUCH_USER_FOLLOW));
      return undefined;
    },
  },
};
