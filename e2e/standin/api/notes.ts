import { ApiError, E, invalidParam } from '../errors';
import { createNote, deleteNote } from '../noteActions';
import type { PollRec, Visibility } from '../state';
import { canSee } from '../visibility';
import { favorites } from '../noteReactions';
import { codePoints, optBool, optEnum, optInt, optString, requiredString } from './params';
import { notesPage, page, readPaging } from './timelines';
import { me, type ApiCtx, type Endpoint } from './types';

const VISIBILITIES = ['public', 'home', 'followers', 'specified'] as const;
export const MAX_NOTE_TEXT_LENGTH = 3000;

function checkText(text: unknown, where: '#/then/properties/text' | '#/properties/text'): void {
  if (typeof text !== 'string') throw invalidParam(`${where}/type`, where.startsWith('#/then') ? 'must be string' : 'must be string,null');
  if (codePoints(text) < 1) throw invalidParam(`${where}/minLength`, 'must NOT have fewer than 1 characters');
  if (codePoints(text) > MAX_NOTE_TEXT_LENGTH) throw invalidParam(`${where}/maxLength`, `must NOT have more than ${MAX_NOTE_TEXT_LENGTH} characters`);
}

function stringArray(body: Record<string, unknown>, key: string): string[] | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw invalidParam(`#/properties/${key}/type`, 'must be array');
  if (v.some((x) => typeof x !== 'string')) throw invalidParam(`#/properties/${key}/items/type`, 'must be string');
  return v as string[];
}

function readPoll(body: Record<string, unknown>): PollRec | null {
  const p = body.poll;
  if (p === undefined || p === null) return null;
  if (typeof p !== 'object' || Array.isArray(p)) throw invalidParam('#/properties/poll/type', 'must be object,null');
  const poll = p as Record<string, unknown>;
  const choices = poll.choices;
  if (!Array.isArray(choices) || choices.some((c) => typeof c !== 'string' || c.length < 1 || c.length > 50)) {
    throw invalidParam('#/properties/poll/properties/choices', 'must be array of 2-10 non-empty strings');
  }
  if (choices.length < 2) throw invalidParam('#/properties/poll/properties/choices/minItems', 'must NOT have fewer than 2 items');
  if (choices.length > 10) throw invalidParam('#/properties/poll/properties/choices/maxItems', 'must NOT have more than 10 items');
  const expiresAt = typeof poll.expiresAt === 'number' ? poll.expiresAt : null;
  const expiredAfter = typeof poll.expiredAfter === 'number' ? poll.expiredAfter : null;
  const at = expiresAt ?? (expiredAfter !== null ? Date.now() + expiredAfter : null);
  return { choices: choices as string[], multiple: poll.multiple === true, expiresAt: at !== null ? new Date(at).toISOString() : null, votes: new Map() };
}

// Mirrors the order Ajv reports errors for notes/create's schema: the if/then (text is required
// unless renoteId/fileIds/mediaIds/poll is given) is checked before `properties`.
function validateCreate(body: Record<string, unknown>): void {
  const nonNull = (k: string) => body[k] !== undefined && body[k] !== null;
  if (!nonNull('renoteId') && !nonNull('fileIds') && !nonNull('mediaIds') && !nonNull('poll')) {
    if (body.text === undefined) throw invalidParam('#/then/required', "must have required property 'text'");
    checkText(body.text, '#/then/properties/text');
    if (!/[^\s]+/.test(body.text as string)) throw invalidParam('#/then/properties/text/pattern', 'must match pattern "[^\\s]+"');
  }
  optEnum(body, 'visibility', VISIBILITIES);
  const cw = optString(body, 'cw', true);
  if (typeof cw === 'string') {
    if (codePoints(cw) < 1) throw invalidParam('#/properties/cw/minLength', 'must NOT have fewer than 1 characters');
    if (codePoints(cw) > 100) throw invalidParam('#/properties/cw/maxLength', 'must NOT have more than 100 characters');
  }
  optBool(body, 'localOnly');
  optString(body, 'replyId', true);
  optString(body, 'renoteId', true);
  optString(body, 'channelId', true);
  if (body.text !== undefined && body.text !== null) checkText(body.text, '#/properties/text');
}

function create(ctx: ApiCtx) {
  const user = me(ctx);
  validateCreate(ctx.body);
  const note = createNote(ctx.world, user, {
    text: (ctx.body.text as string | null | undefined) ?? null,
    cw: (ctx.body.cw as string | null | undefined) ?? null,
    visibility: (ctx.body.visibility as Visibility | undefined) ?? 'public',
    visibleUserIds: stringArray(ctx.body, 'visibleUserIds') ?? [],
    localOnly: (ctx.body.localOnly as boolean | undefined) ?? false,
    replyId: (ctx.body.replyId as string | null | undefined) ?? null,
    renoteId: (ctx.body.renoteId as string | null | undefined) ?? null,
    channelId: (ctx.body.channelId as string | null | undefined) ?? null,
    fileIds: stringArray(ctx.body, 'fileIds') ?? stringArray(ctx.body, 'mediaIds') ?? [],
    poll: readPoll(ctx.body),
  });
  return { createdNote: ctx.packer.note(note, { withNulls: true, viewerId: user.id }) };
}

function noteOr(ctx: ApiCtx, err: (typeof E)[keyof typeof E]) {
  const note = ctx.state.noteById(requiredString(ctx.body, 'noteId'));
  if (!note) throw new ApiError(err);
  return note;
}

function show(ctx: ApiCtx) {
  return ctx.packer.note(noteOr(ctx, E.NO_SUCH_NOTE_SHOW), { viewerId: ctx.user?.id ?? null });
}

function del(ctx: ApiCtx) {
  const user = me(ctx);
  const note = noteOr(ctx, E.NO_SUCH_NOTE_DELETE);
  if (note.userId !== user.id && !user.isAdmin) throw new ApiError(E.ACCESS_DENIED);
  deleteNote(ctx.world, note);
  return undefined;
}

/** Replies and quotes of the note (not pure renotes). */
function children(ctx: ApiCtx) {
  const id = requiredString(ctx.body, 'noteId');
  const viewer = ctx.user?.id ?? null;
  return notesPage(
    ctx,
    (n) => (n.replyId === id || (n.renoteId === id && (n.text !== null || n.fileIds.length > 0 || n.poll !== null))) && canSee(ctx.state, viewer, n),
  );
}

/** Ancestors, nearest parent first. */
function conversation(ctx: ApiCtx) {
  const note = noteOr(ctx, E.NO_SUCH_NOTE_CONVERSATION);
  const limit = optInt(ctx.body, 'limit', 1, 100) ?? 10;
  const offset = optInt(ctx.body, 'offset', 0) ?? 0;
  const out = [];
  let cur = note.replyId ? ctx.state.noteById(note.replyId) : undefined;
  let i = 0;
  while (cur && out.length < limit) {
    if (i++ >= offset) out.push(ctx.packer.note(cur, { viewerId: ctx.user?.id ?? null }));
    cur = cur.replyId ? ctx.state.noteById(cur.replyId) : undefined;
  }
  return out;
}

function replies(ctx: ApiCtx) {
  const id = requiredString(ctx.body, 'noteId');
  const viewer = ctx.user?.id ?? null;
  return notesPage(ctx, (n) => n.replyId === id && canSee(ctx.state, viewer, n));
}

function renotes(ctx: ApiCtx) {
  const note = noteOr(ctx, E.NO_SUCH_NOTE_RENOTES);
  return page(
    ctx.state.notes.filter((n) => n.renoteId === note.id && n.text === null && canSee(ctx.state, ctx.user?.id ?? null, n)),
    readPaging(ctx.body),
  ).map((n) => ctx.packer.note(n, { viewerId: ctx.user?.id ?? null }));
}

function state(ctx: ApiCtx) {
  const user = me(ctx);
  const id = requiredString(ctx.body, 'noteId');
  return { isFavorited: favorites(ctx.world, user.id).has(id), isMutedThread: false };
}

export const noteEndpoints: Record<string, Endpoint> = {
  'notes/create': { requireCredential: true, permission: 'write:notes', handler: create },
  'notes/show': { requireCredential: false, handler: show },
  'notes/delete': { requireCredential: true, permission: 'write:notes', handler: del },
  'notes/children': { requireCredential: false, handler: children },
  'notes/conversation': { requireCredential: false, handler: conversation },
  'notes/replies': { requireCredential: false, handler: replies },
  'notes/renotes': { requireCredential: false, handler: renotes },
  'notes/state': { requireCredential: true, permission: 'read:account', handler: state },
};
