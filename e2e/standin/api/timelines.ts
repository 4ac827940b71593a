import { inGlobal, inHome, inHybrid, inLocal } from '../feeds';
import { idToTime } from '../ids';
import type { NoteRec } from '../state';
import { optInt, optString } from './params';
import { me, type ApiCtx, type Endpoint } from './types';

interface PageQuery {
  limit: number;
  sinceId?: string;
  untilId?: string;
  sinceDate?: number;
  untilDate?: number;
}

function readPaging(body: Record<string, unknown>): PageQuery {
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
export function page(ascending: NoteRec[], q: PageQuery): NoteRec[] {
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

function timeline(filter: (ctx: ApiCtx, n: NoteRec) => boolean) {
  return (ctx: ApiCtx) => {
    const q = readPaging(ctx.body);
    return page(
      ctx.state.notes.filter((n) => filter(ctx, n)),
      q,
    ).map((n) => ctx.packer.note(n));
  };
}

export const timelineEndpoints: Record<string, Endpoint> = {
  'notes/timeline': {
    requireCredential: true,
    permission: 'read:account',
    handler: timeline((ctx, n) => inHome(ctx.state, me(ctx).id, n)),
  },
  'notes/hybrid-timeline': {
    requireCredential: true,
    permission: 'read:account',
    handler: timeline((ctx, n) => inHybrid(ctx.state, me(ctx).id, n)),
  },
  'notes/local-timeline': { requireCredential: false, handler: timeline((_ctx, n) => inLocal(n)) },
  'notes/global-timeline': { requireCredential: false, handler: timeline((_ctx, n) => inGlobal(n)) },
};
