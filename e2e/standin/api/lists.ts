import type { entities } from 'misskey-js';
import { ApiError, E, invalidParam } from '../errors';
import { packRole } from '../notifications';
import type { AntennaRec, ChannelRec, ListRec } from '../social';
import { optBool, optString, requiredString } from './params';
import { me, type ApiCtx, type Endpoint } from './types';

// users/lists/*, antennas/*, channels/*, roles/* (lists/, antennas/, channels/ recordings).

function packList(l: ListRec): entities.UserList {
  return { id: l.id, createdAt: l.createdAt, name: l.name, userIds: [...l.userIds], isPublic: l.isPublic };
}

function packAntenna(a: AntennaRec): entities.Antenna {
  return {
    id: a.id,
    createdAt: a.createdAt,
    name: a.name,
    keywords: a.keywords,
    excludeKeywords: a.excludeKeywords,
    src: a.src,
    userListId: a.userListId,
    users: a.users,
    caseSensitive: a.caseSensitive,
    localOnly: a.localOnly,
    excludeBots: a.excludeBots,
    withReplies: a.withReplies,
    withFile: a.withFile,
    excludeNotesInSensitiveChannel: a.excludeNotesInSensitiveChannel,
    isActive: true,
    hasUnreadNote: false,
    notify: a.notify,
  };
}

function packChannel(ctx: ApiCtx, c: ChannelRec): entities.Channel {
  const viewer = ctx.user?.id;
  const base = {
    id: c.id,
    createdAt: c.createdAt,
    lastNotedAt: c.lastNotedAt,
    name: c.name,
    description: c.description,
    userId: c.userId,
    bannerUrl: null,
    bannerId: null,
    pinnedNoteIds: [],
    color: c.color,
    isArchived: false,
    usersCount: c.followers.size,
    notesCount: ctx.state.countWhere((n) => n.channelId === c.id),
    isSensitive: c.isSensitive,
    allowRenoteToExternal: c.allowRenoteToExternal,
  };
  const rel = viewer ? { isFollowing: c.followers.has(viewer), isFavorited: false, isMuting: false, hasUnreadNote: false } : {};
  return { ...base, ...rel } as entities.Channel;
}

function keywordGroups(body: Record<string, unknown>, key: string): string[][] {
  const v = body[key];
  if (v === undefined) throw invalidParam('#/required', `must have required property '${key}'`);
  if (!Array.isArray(v) || v.some((g) => !Array.isArray(g) || g.some((k) => typeof k !== 'string'))) {
    throw invalidParam(`#/properties/${key}/type`, 'must be array');
  }
  return v as string[][];
}

function list(ctx: ApiCtx, err: (typeof E)[keyof typeof E]): ListRec {
  const l = ctx.world.social.lists.get(requiredString(ctx.body, 'listId'));
  if (!l || (l.userId !== ctx.user?.id && !l.isPublic)) throw new ApiError(err);
  return l;
}

function channel(ctx: ApiCtx, err: (typeof E)[keyof typeof E]): ChannelRec {
  const c = ctx.world.social.channels.get(requiredString(ctx.body, 'channelId'));
  if (!c) throw new ApiError(err);
  return c;
}

export const listEndpoints: Record<string, Endpoint> = {
  'users/lists/list': {
    requireCredential: true,
    permission: 'read:account',
    handler: (ctx) => [...ctx.world.social.lists.values()].filter((l) => l.userId === me(ctx).id).map(packList),
  },
  'users/lists/show': { requireCredential: false, permission: 'read:account', handler: (ctx) => packList(list(ctx, E.NO_SUCH_LIST_SHOW)) },
  'users/lists/create': {
    requireCredential: true,
    permission: 'write:account',
    handler: (ctx) => packList(ctx.world.social.createList(me(ctx).id, requiredString(ctx.body, 'name'))),
  },
  'users/lists/push': {
    requireCredential: true,
    permission: 'write:account',
    handler: (ctx) => {
      const l = ctx.world.social.lists.get(requiredString(ctx.body, 'listId'));
      if (!l || l.userId !== me(ctx).id) throw new ApiError(E.NO_SUCH_LIST_PUSH);
      const user = ctx.state.users.get(requiredString(ctx.body, 'userId'));
      if (!user) throw new ApiError(E.NO_SUCH_USER_PUSH);
      if (l.userIds.includes(user.id)) throw new ApiError(E.ALREADY_ADDED);
      l.userIds.push(user.id);
      return undefined;
    },
  },
  'antennas/list': {
    requireCredential: true,
    permission: 'read:account',
    handler: (ctx) => [...ctx.world.social.antennas.values()].filter((a) => a.userId === me(ctx).id).map(packAntenna),
  },
  'antennas/create': {
    requireCredential: true,
    permission: 'write:account',
    handler: (ctx) => {
      const name = requiredString(ctx.body, 'name');
      const src = optString(ctx.body, 'src') as AntennaRec['src'] | undefined;
      if (src === undefined) throw invalidParam('#/required', "must have required property 'src'");
      const keywords = keywordGroups(ctx.body, 'keywords');
      const excludeKeywords = keywordGroups(ctx.body, 'excludeKeywords');
      if (!keywords.some((g) => g.length > 0) && !excludeKeywords.some((g) => g.length > 0)) throw new ApiError(E.EMPTY_KEYWORD);
      const users = Array.isArray(ctx.body.users) ? (ctx.body.users as string[]) : [];
      const a = ctx.world.social.createAntenna(me(ctx).id, {
        name,
        src,
        keywords,
        excludeKeywords,
        users,
        userListId: optString(ctx.body, 'userListId', true) ?? null,
        caseSensitive: optBool(ctx.body, 'caseSensitive') ?? false,
        localOnly: optBool(ctx.body, 'localOnly') ?? false,
        excludeBots: optBool(ctx.body, 'excludeBots') ?? false,
        withReplies: optBool(ctx.body, 'withReplies') ?? false,
        withFile: optBool(ctx.body, 'withFile') ?? false,
        excludeNotesInSensitiveChannel: optBool(ctx.body, 'excludeNotesInSensitiveChannel') ?? false,
      });
      return packAntenna(a);
    },
  },
  'channels/followed': {
    requireCredential: true,
    permission: 'read:channels',
    handler: (ctx) => [...ctx.world.social.channels.values()].filter((c) => c.followers.has(me(ctx).id)).reverse().map((c) => packChannel(ctx, c)),
  },
  'channels/owned': {
    requireCredential: true,
    permission: 'read:channels',
    handler: (ctx) => [...ctx.world.social.channels.values()].filter((c) => c.userId === me(ctx).id).reverse().map((c) => packChannel(ctx, c)),
  },
  'channels/show': { requireCredential: false, handler: (ctx) => packChannel(ctx, channel(ctx, E.NO_SUCH_CHANNEL_SHOW)) },
  'channels/follow': {
    requireCredential: true,
    permission: 'write:channels',
    handler: (ctx) => {
      channel(ctx, E.NO_SUCH_CHANNEL_FOLLOW).followers.add(me(ctx).id);
      return undefined;
    },
  },
  'channels/unfollow': {
    requireCredential: true,
    permission: 'write:channels',
    handler: (ctx) => {
      channel(ctx, E.NO_SUCH_CHANNEL_UNFOLLOW).followers.delete(me(ctx).id);
      return undefined;
    },
  },
  'channels/create': {
    requireCredential: true,
    permission: 'write:channels',
    handler: (ctx) => {
      const c = ctx.world.social.createChannel(me(ctx).id, {
        name: requiredString(ctx.body, 'name'),
        description: optString(ctx.body, 'description', true) ?? null,
        color: optString(ctx.body, 'color') ?? '#86b300',
      });
      return packChannel(ctx, c);
    },
  },
  'roles/list': {
    requireCredential: true,
    permission: 'read:account',
    handler: (ctx) => [...ctx.world.social.roles.values()].filter((r) => r.isPublic && r.isExplorable).map(packRole),
  },
};
