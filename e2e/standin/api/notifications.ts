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

/** The note a reaction is on, or the note a renote renotes: what Misskey groups by. */
function groupTarget(ctx: ApiCtx, n: NotificationRec): string | undefined {
  if (n.type === 'reaction') return n.noteId;
  if (n.type === 'renote') return n.noteId ? (ctx.world.state.noteById(n.noteId)?.renoteId ?? undefined) : undefined;
  return undefined;
}

/**
 * Misskey's i/notifications-grouped (reading/i-notifications-grouped.json): only CONSECUTIVE reactions on one note
 * → `reaction:grouped` {note, reactions[{user, reaction}]}, consecutive renotes of one note → `renote:grouped`
 * {note = newest renote, users[]}. The group's id is its oldest member's; reaction:grouped takes the newest member's
 * createdAt, renote:grouped the second-newest's (as the server's loop does).
 */
function grouped(ctx: ApiCtx) {
  const user = me(ctx);
  const markAsRead = optBool(ctx.body, 'markAsRead') ?? true;
  const limit = optInt(ctx.body, 'limit', 1, 100) ?? 10;
  const out: Record<string, unknown>[] = [];
  let prev: { rec: NotificationRec; target: string | undefined } | null = null;
  for (const n of windowOf(ctx)) {
    const p = ctx.world.notifications.pack(n) as unknown as Record<string, unknown> | null;
    if (!p) continue;
    const target = groupTarget(ctx, n);
    const last = out[out.length - 1];
    if (prev && last && target !== undefined && prev.rec.type === n.type && prev.target === target) {
      if (n.type === 'reaction') {
        if (last.type !== 'reaction:grouped') {
          out[out.length - 1] = { id: '', createdAt: last.createdAt, type: 'reaction:grouped', note: last.note, reactions: [{ user: last.user, reaction: last.reaction }] };
        }
        (out[out.length - 1]!.reactions as unknown[]).push({ user: p.user, reaction: p.reaction });
      } else {
        if (last.type !== 'renote:grouped') {
          out[out.length - 1] = { id: '', createdAt: n.createdAt, type: 'renote:grouped', note: last.note, users: [last.user] };
        }
        (out[out.length - 1]!.users as unknown[]).push(p.user);
      }
      out[out.length - 1]!.id = n.id;
      prev = { rec: n, target };
      continue;
    }
    out.push(p);
    prev = { rec: n, target };
  }
  if (markAsRead && out.length > 0) ctx.world.notifications.readAll(user.id);
  return out.slice(0, limit);
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

