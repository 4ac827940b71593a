import type { entities } from 'misskey-js';
import { invalidParam, rateLimitError } from '../errors';
import { NOTIFICATION_TYPES, type NotificationRec } from '../notifications';
import { optBool, optInt, optString, requiredString } from './params';
import { me, type ApiCtx, type Endpoint } from './types';

// i/notifications reads Misskey's Redis stream with XREVRANGE: newest first whatever the bounds, and
// includeTypes/excludeTypes filter AFTER the `limit` window is taken (notifications/i-notifications-*.json).

function typeList(body: Record<string, unknown>, key: string): string[] | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) throw invalidParam(`#/properties/${key}/type`, 'must be array');
  for (const t of v) {
    if (!(NOTIFICATION_TYPES as readonly string[]).includes(t as string)) {
      throw invalidParam(`#/properties/${key}/items/enum`, 'must be equal to one of the allowed values');
    }
  }
  return v as string[];
}

function windowOf(ctx: ApiCtx): NotificationRec[] {
  const user = me(ctx);
  const limit = optInt(ctx.body, 'limit', 1, 100) ?? 10;
  const sinceId = optString(ctx.body, 'sinceId');
  const untilId = optString(ctx.body, 'untilId');
  return ctx.world.notifications
    .of(user.id)
    .filter((n) => (!sinceId || n.id > sinceId) && (!untilId || n.id < untilId))
    .reverse()
    .slice(0, limit);
}

function list(ctx: ApiCtx) {
  const user = me(ctx);
  const include = typeList(ctx.body, 'includeTypes');
  const exclude = typeList(ctx.body, 'excludeTypes');
  const markAsRead = optBool(ctx.body, 'markAsRead') ?? true;
  let rows = windowOf(ctx);
  if (include && include.length > 0) rows = rows.filter((n) => include.includes(n.type));
  else if (exclude && exclude.length > 0) rows = rows.filter((n) => !exclude.includes(n.type));
  const packed = rows.flatMap((n) => ctx.world.notifications.pack(n) ?? []);
  if (markAsRead) ctx.world.notifications.readAll(user.id);
  return packed;
}

/** Consecutive reactions to one note → `reaction:grouped` (id of the oldest, createdAt of the newest). */
function grouped(ctx: ApiCtx) {
  const user = me(ctx);
  const out: Record<string, unknown>[] = [];
  let prev: { rec: NotificationRec; out: Record<string, unknown> } | null = null;
  for (const n of windowOf(ctx)) {
    const p = ctx.world.notifications.pack(n);
    if (!p) continue;
    const sameNote = prev && prev.rec.noteId === n.noteId;
    if (prev && sameNote && n.type === 'reaction' && (prev.out.type === 'reaction' || prev.out.type === 'reaction:grouped')) {
      if (prev.out.type === 'reaction') {
        const first = prev.out as { user: entities.UserLite; reaction: string; note: unknown };
        prev.out = { id: prev.rec.id, createdAt: prev.out.createdAt, type: 'reaction:grouped', note: first.note, reactions: [{ user: first.user, reaction: first.reaction }] };
        out[out.length - 1] = prev.out;
      }
      const r = p as unknown as { user: entities.UserLite; reaction: string };
      (prev.out.reactions as unknown[]).push({ user: r.user, reaction: r.reaction });
      prev.out.id = n.id;
      continue;
    }
    const entry = p as unknown as Record<string, unknown>;
    out.push(entry);
    prev = { rec: n, out: entry };
  }
  ctx.world.notifications.readAll(user.id);
  return out;
}

/** notifications/test-notification: 10 per minute per user (errors/rate-limit-429.json). */
const testCalls = new WeakMap<object, Map<string, number[]>>();
function testNotification(ctx: ApiCtx) {
  const user = me(ctx);
  let perUser = testCalls.get(ctx.world);
  if (!perUser) {
    perUser = new Map();
    testCalls.set(ctx.world, perUser);
  }
  const now = Date.now();
  const calls = (perUser.get(user.id) ?? []).filter((t) => now - t < 60_000);
  if (calls.length >= 10) {
    perUser.set(user.id, calls);
    throw rateLimitError(Math.max(1, Math.ceil((calls[0]! + 60_000 - now) / 1000)), 10);
  }
  calls.push(now);
  perUser.set(user.id, calls);
  ctx.world.notifications.create(user.id, 'test');
  return undefined;
}

export const notificationEndpoints: Record<string, Endpoint> = {
  'i/notifications': { requireCredential: true, permission: 'read:notifications', handler: list },
  'i/notifications-grouped': { requireCredential: true, permission: 'read:notifications', handler: grouped },
  'notifications/mark-all-as-read': {
    requireCredential: true,
    permission: 'write:notifications',
    handler: (ctx) => {
      ctx.world.notifications.readAll(me(ctx).id, true);
      return undefined;
    },
  },
  'notifications/create': {
    requireCredential: true,
    permission: 'write:notifications',
    handler: (ctx) => {
      const body = requiredString(ctx.body, 'body');
      const header = optString(ctx.body, 'header', true) ?? null;
      const icon = optString(ctx.body, 'icon', true) ?? null;
      ctx.world.notifications.create(me(ctx).id, 'app', { body, header, icon });
      return undefined;
    },
  },
  'notifications/test-notification': { requireCredential: true, permission: 'write:notifications', handler: testNotification },
};

