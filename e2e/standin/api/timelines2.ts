import { ApiError, E, invalidParam } from '../errors';
import { matchesTagQuery } from '../feeds';
import { canSee, isPureRenote } from '../visibility';
import { optBool, optString, requiredString } from './params';
import { feedTimeline, notesPage } from './timelines';
import { me, type ApiCtx, type Endpoint } from './types';

// Timelines beyond home/local/hybrid/global (timelines/*.json).

function mentions(ctx: ApiCtx) {
  const user = me(ctx);
  const visibility = optString(ctx.body, 'visibility');
  const following = optBool(ctx.body, 'following') ?? false;
  return notesPage(
    ctx,
    (n) =>
      n.mentions.includes(user.id) &&
      canSee(ctx.state, user.id, n) &&
      (visibility === undefined || n.visibility === visibility) &&
      (!following || ctx.state.isFollowing(user.id, n.userId)),
  );
}

function userNotes(ctx: ApiCtx) {
  const userId = requiredString(ctx.body, 'userId');
  const withReplies = optBool(ctx.body, 'withReplies') ?? false;
  const withFiles = optBool(ctx.body, 'withFiles') ?? false;
  const withRenotes = optBool(ctx.body, 'withRenotes') ?? true;
  const withChannelNotes = optBool(ctx.body, 'withChannelNotes') ?? false;
  if (withReplies && withFiles) throw new ApiError(E.BOTH_WITH_REPLIES_AND_WITH_FILES);
  const user = ctx.state.users.get(userId);
  if (!user) throw new ApiError(E.NO_SUCH_USER_NOTES);
  const viewerId = ctx.user?.id ?? null;
  return notesPage(
    ctx,
    (n) =>
      n.userId === user.id &&
      (withChannelNotes || n.channelId === null) &&
      (withReplies || !n.replyId || ctx.state.noteById(n.replyId)?.userId === user.id) &&
      (!withFiles || n.fileIds.length > 0) &&
      (withRenotes || !isPureRenote(n)) &&
      // Misskey lists the user's invisible notes too, packed as isHidden.
      (n.visibility !== 'specified' || canSee(ctx.state, viewerId, n)),
  );
}

function searchByTag(ctx: ApiCtx) {
  const tag = optString(ctx.body, 'tag');
  const query = ctx.body.query;
  if (tag === undefined && query === undefined) throw invalidParam('#/anyOf', 'must match a schema in anyOf');
  const q = tag !== undefined ? [[tag]] : query;
  return notesPage(ctx, (n) => n.visibility === 'public' && matchesTagQuery(n, q));
}

function search(ctx: ApiCtx) {
  const query = requiredString(ctx.body, 'query');
  const policies = ctx.user ? ctx.packer.policiesOf(ctx.user.id) : null;
  if (!policies?.canSearchNotes) throw new ApiError(E.UNAVAILABLE_SEARCH);
  const userId = optString(ctx.body, 'userId', true);
  const channelId = optString(ctx.body, 'channelId', true);
  const needle = query.toLowerCase();
  return notesPage(
    ctx,
    (n) =>
      (n.text ?? '').toLowerCase().includes(needle) &&
      n.visibility !== 'specified' &&
      canSee(ctx.state, ctx.user?.id ?? null, n) &&
      (!userId || n.userId === userId) &&
      (!channelId || n.channelId === channelId),
  );
}

/** Public notes with reactions, most reacted first (Misskey ranks by reaction score over 3 days). */
function featured(ctx: ApiCtx) {
  const limit = typeof ctx.body.limit === 'number' ? ctx.body.limit : Number(ctx.body.limit ?? 10);
  const channelId = optString(ctx.body, 'channelId', true);
  return ctx.state.notes
    .filter((n) => n.visibility === 'public' && n.reactions.size > 0 && (channelId ? n.channelId === channelId : n.channelId === null))
    .sort((a, b) => b.reactions.size - a.reactions.size || (a.id < b.id ? 1 : -1))
    .slice(0, Math.min(Math.max(1, limit || 10), 100))
    .map((n) => ctx.packer.note(n, { viewerId: ctx.user?.id ?? null }));
}

export const moreTimelineEndpoints: Record<string, Endpoint> = {
  'notes/mentions': { requireCredential: true, permission: 'read:account', handler: mentions },
  'notes/user-list-timeline': {
    requireCredential: true,
    permission: 'read:account',
    handler: feedTimeline('userList', (ctx) => {
      const list = ctx.world.social.lists.get(requiredString(ctx.body, 'listId'));
      if (!list || list.userId !== me(ctx).id) throw new ApiError(E.NO_SUCH_LIST_TIMELINE);
    }),
  },
  'antennas/notes': {
    requireCredential: true,
    permission: 'read:account',
    handler: feedTimeline('antenna', (ctx) => {
      const a = ctx.world.social.antennas.get(requiredString(ctx.body, 'antennaId'));
      if (!a || a.userId !== me(ctx).id) throw new ApiError(E.NO_SUCH_ANTENNA);
    }),
  },
  'channels/timeline': {
    requireCredential: false,
    handler: feedTimeline('channel', (ctx) => {
      if (!ctx.world.social.channels.has(requiredString(ctx.body, 'channelId'))) throw new ApiError(E.NO_SUCH_CHANNEL_TIMELINE);
    }),
  },
  'roles/notes': {
    requireCredential: true,
    permission: 'read:account',
    handler: (ctx) => {
      const role = ctx.world.social.roles.get(requiredString(ctx.body, 'roleId'));
      if (!role || !role.isPublic || !role.isExplorable) throw new ApiError(E.NO_SUCH_ROLE);
      // The REST role timeline also lists members' channel and local-only notes (timelines/roles-notes.json).
      return notesPage(ctx, (n) => role.members.has(n.userId) && n.visibility === 'public');
    },
  },
  'users/notes': { requireCredential: false, handler: userNotes },
  'notes/search-by-tag': { requireCredential: false, handler: searchByTag },
  'notes/search': { requireCredential: false, handler: search },
  'notes/featured': { requireCredential: false, allowGet: true, handler: featured },
};
