import { ApiError, E, invalidParam } from '../errors';
import type { Visibility } from '../state';
import { codePoints, optBool, optEnum, optString, requiredString } from './params';
import { me, type ApiCtx, type Endpoint } from './types';

const VISIBILITIES = ['public', 'home', 'followers', 'specified'] as const;
export const MAX_NOTE_TEXT_LENGTH = 3000;

function checkText(text: unknown, where: '#/then/properties/text' | '#/properties/text'): void {
  if (typeof text !== 'string') throw invalidParam(`${where}/type`, where.startsWith('#/then') ? 'must be string' : 'must be string,null');
  if (codePoints(text) < 1) throw invalidParam(`${where}/minLength`, 'must NOT have fewer than 1 characters');
  if (codePoints(text) > MAX_NOTE_TEXT_LENGTH) throw invalidParam(`${where}/maxLength`, `must NOT have more than ${MAX_NOTE_TEXT_LENGTH} characters`);
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
  if (body.text !== undefined && body.text !== null) checkText(body.text, '#/properties/text');
}

function create(ctx: ApiCtx) {
  const user = me(ctx);
  validateCreate(ctx.body);
  const replyId = (ctx.body.replyId as string | null | undefined) ?? null;
  const renoteId = (ctx.body.renoteId as string | null | undefined) ?? null;
  if (replyId && !ctx.state.noteById(replyId)) throw new ApiError(E.NO_SUCH_REPLY_TARGET);
  if (renoteId && !ctx.state.noteById(renoteId)) throw new ApiError(E.NO_SUCH_RENOTE_TARGET);
  const note = ctx.state.createNote(user.id, {
    text: (ctx.body.text as string | null | undefined) ?? null,
    cw: (ctx.body.cw as string | null | undefined) ?? null,
    visibility: (ctx.body.visibility as Visibility | undefined) ?? 'public',
    localOnly: (ctx.body.localOnly as boolean | undefined) ?? false,
    replyId,
    renoteId,
  });
  return { createdNote: ctx.packer.note(note, { withNulls: true }) };
}

function show(ctx: ApiCtx) {
  const note = ctx.state.noteById(requiredString(ctx.body, 'noteId'));
  if (!note) throw new ApiError(E.NO_SUCH_NOTE_SHOW);
  return ctx.packer.note(note);
}

function del(ctx: ApiCtx) {
  const user = me(ctx);
  const note = ctx.state.noteById(requiredString(ctx.body, 'noteId'));
  if (!note) throw new ApiError(E.NO_SUCH_NOTE_DELETE);
  if (note.userId !== user.id && !user.isAdmin) throw new ApiError(E.ACCESS_DENIED);
  ctx.state.deleteNote(note.id);
  return undefined;
}

export const noteEndpoints: Record<string, Endpoint> = {
  'notes/create': { requireCredential: true, permission: 'write:notes', handler: create },
  'notes/show': { requireCredential: false, handler: show },
  'notes/delete': { requireCredential: true, permission: 'write:notes', handler: del },
};
