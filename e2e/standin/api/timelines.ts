import { FEEDS, type FeedCtx } from '../feeds';
import { idToTime } from '../ids';
import type { NoteRec } from '../state';
import { optInt, optString } from './params';
import type { ApiCtx, Endpoint } from './types';

export interface PageQuery {
  limit: number;
  sinceId?: string;
  untilId?: string;
  sinceDate?: number;
  untilDate?: number;
}

export function readPaging(body: Record<string, unknown>): PageQuery {
  const limit = optInt(body, 'limit', 1, 100) ?? 10;
  const sinceId = optString(body, 'sinceId') ?? undefined;
  const untilId = optString(body, 'untilId') ?? undefined;
  const sinceDate = optInt(body, 'sinceDate');
  const untilDate = optInt(body, 'untilDate');
  return { limit, sinceId, untilId, sinceDate, untilDate };
}

/**
 * Misskey's paging: untilId → older, newest first; sinceId alone → the notes right after it,
 * OLDEST first; both → the range, newest first. Dates behave like ids.
 */
export function page<T extends { id: string }>(ascending: T[], q: PageQuery): T[] {
  const list = ascending.filter(
    (n) =>
      (q.sinceId === undefined || n.id > q.sinceId) &&
      (q.untilId === undefined || n.id < q.untilId) &&
      (q.sinceDate === undefined || idToTime(n.id) > q.sinceDate) &&
      (q.untilDate === undefined || idToTime(n.id) < q.untilDate),
  );
  const hasSince = q.sinceId !== undefined || q.sinceDate !== undefined;
  const hasUntil = q.untilId !== undefined || q.untilDate !== undefined;
  if (hasSince && !hasUntil) return list.slice(0, q.limit);
  return list.reverse().slice(0, q.limit);
}

export function feedCtx(ctx: ApiCtx, params: Record<string, unknown> = ctx.body): FeedCtx {
  return { state: ctx.state, social: ctx.world.social, viewerId: ctx.user?.id ?? null, params };
}

/** Pages the notes passing `filter` and packs them for the viewer. */
export function notesPage(ctx: ApiCtx, filter: (n: NoteRec) => boolean) {
  return page(ctx.state.notes.filter(filter), readPaging(ctx.body)).map((n) => ctx.packer.note(n, { viewerId: ctx.user?.id ?? null }));
}

/** A REST timeline backed by the same filter as the streaming channel of that name. */
export function feedTimeline(feed: keyof typeof FEEDS, pre?: (ctx: ApiCtx) => void) {
  return (ctx: ApiCtx) => {
    pre?.(ctx);
    const fc = feedCtx(ctx);
    const packed = notesPage(ctx, (n) => FEEDS[feed]!(fc, n));
    return ctx.world.injected.mix(ctx.user?.id ?? null, feed, packed, readPaging(ctx.body));
  };
}

export const timelineEndpoints: Record<string, Endpoint> = {
  'notes/timeline': { requireCredential: true, permission: 'read:account', handler: feedTimeline('homeTimeline') },
  'notes/hybrid-timeline': { requireCredential: true, permission: 'read:account', handler: feedTimeline('hybridTimeline') },
  'notes/local-timeline': { requireCredential: false, handler: feedTimeline('localTimeline') },
  'notes/global-timeline': { requireCredential: false, handler: feedTimeline('globalTimeline') },
};
