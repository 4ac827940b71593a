import type { Social } from './social';
import type { NoteRec, State } from './state';
import { canSee, isPureRenote } from './visibility';

// Which notes each timeline carries, shared by the REST timelines and the streaming channels
// (Misskey's channel filters: visibility, withRenotes/withFiles/withReplies, channel notes).

export interface FeedCtx {
  state: State;
  social: Social;
  viewerId: string | null;
  /** Channel params / REST body (listId, antennaId, channelId, roleId, q, withRenotes, ...). */
  params: Record<string, unknown>;
}

export type Feed = (ctx: FeedCtx, n: NoteRec) => boolean;

const flag = (params: Record<string, unknown>, key: string, dflt: boolean): boolean =>
  typeof params[key] === 'boolean' ? (params[key] as boolean) : dflt;

const isLocalUser = (state: State, n: NoteRec) => state.users.get(n.userId)?.host === null;

/** withRenotes (default true) and withFiles (default false), common to every timeline. */
function common(ctx: FeedCtx, n: NoteRec): boolean {
  if (!flag(ctx.params, 'withRenotes', true) && isPureRenote(n)) return false;
  if (flag(ctx.params, 'withFiles', false) && n.fileIds.length === 0) return false;
  if (ctx.state.mutes.hiddenFrom(ctx.state, ctx.viewerId, n)) return false;
  return canSee(ctx.state, ctx.viewerId, n);
}

/** Replies to others are hidden unless withReplies: only replies to the viewer, by the viewer or self-replies pass. */
function replyRule(ctx: FeedCtx, n: NoteRec, withReplies: boolean): boolean {
  if (withReplies || !n.replyId) return true;
  const reply = ctx.state.noteById(n.replyId);
  if (!reply) return true;
  return reply.userId === ctx.viewerId || n.userId === ctx.viewerId || reply.userId === n.userId;
}

export function inHome(state: State, userId: string, n: NoteRec, social?: Social): boolean {
  if (n.channelId) return social?.channels.get(n.channelId)?.followers.has(userId) ?? false;
  if (n.userId === userId) return true;
  return state.following(userId).has(n.userId) && canSee(state, userId, n);
}

export function inLocal(n: NoteRec, state?: State): boolean {
  return n.visibility === 'public' && n.channelId === null && (state ? isLocalUser(state, n) : true);
}

export function inGlobal(n: NoteRec): boolean {
  return n.visibility === 'public' && n.channelId === null;
}

export function inHybrid(state: State, userId: string, n: NoteRec, social?: Social): boolean {
  return inLocal(n, state) || inHome(state, userId, n, social);
}

function matchesKeywords(text: string, groups: string[][], caseSensitive: boolean): boolean {
  const t = caseSensitive ? text : text.toLowerCase();
  return groups.some((g) => g.length > 0 && g.every((k) => t.includes(caseSensitive ? k : k.toLowerCase())));
}

/** Antenna matching as in Misskey's AntennaService.checkHitAntenna (keyword sources). */
export function inAntenna(ctx: FeedCtx, antennaId: unknown, n: NoteRec): boolean {
  const a = typeof antennaId === 'string' ? ctx.social.antennas.get(antennaId) : undefined;
  if (!a || a.userId !== ctx.viewerId) return false;
  if (n.visibility === 'specified' && n.userId !== a.userId && !n.visibleUserIds.includes(a.userId)) return false;
  if (n.visibility === 'followers' && n.userId !== a.userId && !ctx.state.isFollowing(a.userId, n.userId)) return false;
  if (!a.withReplies && n.replyId) return false;
  if (a.withFile && n.fileIds.length === 0) return false;
  if (a.localOnly && !isLocalUser(ctx.state, n)) return false;
  if (a.src === 'home' && !(n.userId === a.userId || ctx.state.isFollowing(a.userId, n.userId))) return false;
  if (a.src === 'users' && !a.users.includes(ctx.state.users.get(n.userId)?.username ?? '')) return false;
  if (a.src === 'list') {
    const list = a.userListId ? ctx.social.lists.get(a.userListId) : undefined;
    if (!list?.userIds.includes(n.userId)) return false;
  }
  const text = [n.cw, n.text].filter(Boolean).join('\n');
  if (a.keywords.some((g) => g.length > 0) && !matchesKeywords(text, a.keywords, a.caseSensitive)) return false;
  if (matchesKeywords(text, a.excludeKeywords, a.caseSensitive)) return false;
  return true;
}

/** hashtag channel `q`: OR of AND-groups of tags. */
export function matchesTagQuery(n: NoteRec, q: unknown): boolean {
  if (!Array.isArray(q)) return false;
  return q.some(
    (group) => Array.isArray(group) && group.length > 0 && group.every((t) => typeof t === 'string' && n.tags.includes(t.toLowerCase())),
  );
}

/** The streaming channels and their REST twins. */
export const FEEDS: Record<string, Feed> = {
  homeTimeline: (ctx, n) =>
    ctx.viewerId !== null && inHome(ctx.state, ctx.viewerId, n, ctx.social) && common(ctx, n) && replyRule(ctx, n, false),
  localTimeline: (ctx, n) => inLocal(n, ctx.state) && common(ctx, n) && replyRule(ctx, n, flag(ctx.params, 'withReplies', false)),
  hybridTimeline: (ctx, n) =>
    ctx.viewerId !== null &&
    inHybrid(ctx.state, ctx.viewerId, n, ctx.social) &&
    common(ctx, n) &&
    replyRule(ctx, n, flag(ctx.params, 'withReplies', false)),
  globalTimeline: (ctx, n) => inGlobal(n) && common(ctx, n) && replyRule(ctx, n, false),
  userList: (ctx, n) => {
    const list = typeof ctx.params.listId === 'string' ? ctx.social.lists.get(ctx.params.listId) : undefined;
    if (!list || list.userId !== ctx.viewerId) return false;
    return list.userIds.includes(n.userId) && n.channelId === null && common(ctx, n);
  },
  antenna: (ctx, n) => inAntenna(ctx, ctx.params.antennaId, n) && canSee(ctx.state, ctx.viewerId, n),
  channel: (ctx, n) => typeof ctx.params.channelId === 'string' && n.channelId === ctx.params.channelId && common(ctx, n),
  hashtag: (ctx, n) => n.visibility === 'public' && matchesTagQuery(n, ctx.params.q) && common(ctx, n),
  roleTimeline: (ctx, n) => {
    const role = typeof ctx.params.roleId === 'string' ? ctx.social.roles.get(ctx.params.roleId) : undefined;
    if (!role || !role.isPublic || !role.isExplorable) return false;
    return role.members.has(n.userId) && n.visibility === 'public' && common(ctx, n);
  },
};
