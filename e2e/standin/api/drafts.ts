import { invalidParam } from '../errors';
import { DRAFT_DEFAULTS, type DraftFields, type DraftPoll, type ReactionAcceptance } from '../noteDrafts';
import { codePoints, optBool, optEnum, optInt, optString, requiredString } from './params';
import { page, readPaging } from './timelines';
import { me, type ApiCtx, type Endpoint } from './types';

// notes/drafts/* (drafts/*.json): NoteDraft mirrors notes/create's parameters plus scheduledAt (epoch ms).

const VISIBILITIES = ['public', 'home', 'followers', 'specified'] as const;
const ACCEPTANCES = ['likeOnly', 'likeOnlyForRemote', 'nonSensitiveOnly', 'nonSensitiveOnlyForLocalLikeOnlyForRemote'] as const;

function ids(body: Record<string, unknown>, key: string, max: number): string[] | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw invalidParam(`#/properties/${key}/type`, 'must be array');
  if (v.length > max) throw invalidParam(`#/properties/${key}/maxItems`, `must NOT have more than ${max} items`);
  return [...new Set(v as string[])];
}

function poll(body: Record<string, unknown>): DraftPoll | null | undefined {
  const p = body.poll;
  if (p === undefined || p === null) return p;
  if (typeof p !== 'object' || Array.isArray(p)) throw invalidParam('#/properties/poll/type', 'must be object,null');
  const { choices, multiple, expiresAt, expiredAfter } = p as Record<string, unknown>;
  if (!Array.isArray(choices) || choices.length > 10 || choices.some((c) => typeof c !== 'string' || c.length < 1 || c.length > 50)) {
    throw invalidParam('#/properties/poll/properties/choices', 'must be array of at most 10 strings of 1-50 characters');
  }
  return {
    choices: choices as string[],
    multiple: multiple === true,
    ...(typeof expiresAt === 'number' ? { expiresAt } : {}),
    ...(typeof expiredAfter === 'number' ? { expiredAfter } : {}),
  };
}

/** The fields present in the body (update is partial), checked against the schema. */
function readFields(body: Record<string, unknown>): Partial<DraftFields> {
  const out: Partial<DraftFields> = {};
  const set = <K extends keyof DraftFields>(key: K, value: DraftFields[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  const text = optString(body, 'text', true);
  if (typeof text === 'string' && codePoints(text) > 3000) throw invalidParam('#/properties/text/maxLength', 'must NOT have more than 3000 characters');
  set('text', text);
  const cw = optString(body, 'cw', true);
  if (typeof cw === 'string' && (codePoints(cw) < 1 || codePoints(cw) > 100)) throw invalidParam('#/properties/cw/maxLength', 'must have 1-100 characters');
  set('cw', cw);
  set('visibility', optEnum(body, 'visibility', VISIBILITIES));
  set('localOnly', optBool(body, 'localOnly'));
  if (body.reactionAcceptance !== undefined) {
    set('reactionAcceptance', body.reactionAcceptance === null ? null : (optEnum(body, 'reactionAcceptance', ACCEPTANCES) as ReactionAcceptance));
  }
  set('visibleUserIds', ids(body, 'visibleUserIds', 100));
  const hashtag = optString(body, 'hashtag', true);
  set('hashtag', hashtag);
  set('fileIds', ids(body, 'fileIds', 16));
  set('replyId', optString(body, 'replyId', true));
  set('renoteId', optString(body, 'renoteId', true));
  set('channelId', optString(body, 'channelId', true));
  set('poll', poll(body));
  if (body.scheduledAt !== undefined && body.scheduledAt !== null) set('scheduledAt', optInt(body, 'scheduledAt'));
  else if (body.scheduledAt === null) set('scheduledAt', null);
  set('isActuallyScheduled', optBool(body, 'isActuallyScheduled'));
  return out;
}

function create(ctx: ApiCtx) {
  const user = me(ctx);
  const draft = ctx.world.noteDrafts.create(user.id, { ...DRAFT_DEFAULTS, ...readFields(ctx.body) });
  return { createdDraft: ctx.world.noteDrafts.pack(draft, user.id) };
}

function update(ctx: ApiCtx) {
  const user = me(ctx);
  const draftId = requiredString(ctx.body, 'draftId');
  const draft = ctx.world.noteDrafts.update(user.id, draftId, readFields(ctx.body));
  return { updatedDraft: ctx.world.noteDrafts.pack(draft, user.id) };
}

function del(ctx: ApiCtx) {
  ctx.world.noteDrafts.delete(me(ctx).id, requiredString(ctx.body, 'draftId'));
  return undefined;
}

function list(ctx: ApiCtx) {
  const user = me(ctx);
  const scheduled = ctx.body.scheduled === null ? null : optBool(ctx.body, 'scheduled');
  const paging = readPaging(ctx.body);
  return page(ctx.world.noteDrafts.of(user.id, scheduled), { ...paging, limit: optInt(ctx.body, 'limit', 1, 100) ?? 30 }).map((d) =>
    ctx.world.noteDrafts.pack(d, user.id),
  );
}

export const draftEndpoints: Record<string, Endpoint> = {
  'notes/drafts/create': { requireCredential: true, permission: 'write:account', handler: create },
  'notes/drafts/update': { requireCredential: true, permission: 'write:account', handler: update },
  'notes/drafts/delete': { requireCredential: true, permission: 'write:account', handler: del },
  'notes/drafts/list': { requireCredential: true, permission: 'read:account', handler: list },
  'notes/drafts/count': { requireCredential: true, permission: 'read:account', handler: (ctx) => ctx.world.noteDrafts.of(me(ctx).id).length },
};
