import { ApiError, E, invalidParam } from '../errors';
import { CLIP_ERRORS, type ClipRec } from '../clips';
import { canSee } from '../visibility';
import { codePoints, optBool, optString, requiredString } from './params';
import { page, readPaging } from './timelines';
import { me, type ApiCtx, type Endpoint } from './types';

// clips/* and i/favorites (reading/clips-*.json, reading/i-favorites.json).

function name(body: Record<string, unknown>, required: boolean): string | undefined {
  const v = required ? requiredString(body, 'name') : optString(body, 'name');
  if (typeof v === 'string' && (codePoints(v) < 1 || codePoints(v) > 100)) throw invalidParam('#/properties/name/maxLength', 'must have 1-100 characters');
  return v ?? undefined;
}

function description(body: Record<string, unknown>): string | null | undefined {
  const v = optString(body, 'description', true);
  if (typeof v === 'string' && codePoints(v) > 2048) throw invalidParam('#/properties/description/maxLength', 'must NOT have more than 2048 characters');
  return v;
}

function ownClip(ctx: ApiCtx, err: (typeof CLIP_ERRORS)[keyof typeof CLIP_ERRORS]): ClipRec {
  const clip = ctx.world.clips.byId(requiredString(ctx.body, 'clipId'));
  if (!clip || clip.userId !== me(ctx).id) throw new ApiError(err);
  return clip;
}

function create(ctx: ApiCtx) {
  const user = me(ctx);
  const clipName = name(ctx.body, true)!;
  if (ctx.world.clips.of(user.id).length >= ctx.packer.policiesOf(user.id).clipLimit) throw new ApiError(CLIP_ERRORS.TOO_MANY_CLIPS);
  const clip = ctx.world.clips.create(user.id, { name: clipName, description: description(ctx.body) ?? null, isPublic: optBool(ctx.body, 'isPublic') ?? false });
  return ctx.world.clips.pack(clip, user.id);
}

function update(ctx: ApiCtx) {
  const clip = ownClip(ctx, CLIP_ERRORS.NO_SUCH_CLIP_UPDATE);
  const newName = name(ctx.body, false);
  const desc = description(ctx.body);
  const isPublic = optBool(ctx.body, 'isPublic');
  if (newName !== undefined) clip.name = newName;
  if (desc !== undefined) clip.description = desc;
  if (isPublic !== undefined) clip.isPublic = isPublic;
  return ctx.world.clips.pack(clip, me(ctx).id);
}

function show(ctx: ApiCtx) {
  const clip = ctx.world.clips.byId(requiredString(ctx.body, 'clipId'));
  if (!clip || (!clip.isPublic && clip.userId !== ctx.user?.id)) throw new ApiError(CLIP_ERRORS.NO_SUCH_CLIP_SHOW);
  return ctx.world.clips.pack(clip, ctx.user?.id ?? null);
}

function addNote(ctx: ApiCtx) {
  const user = me(ctx);
  const clip = ownClip(ctx, CLIP_ERRORS.NO_SUCH_CLIP_ADD);
  const note = ctx.state.noteById(requiredString(ctx.body, 'noteId'));
  if (!note || !canSee(ctx.state, user.id, note)) throw new ApiError(CLIP_ERRORS.NO_SUCH_NOTE_ADD);
  if (clip.notes.has(note.id)) throw new ApiError(CLIP_ERRORS.ALREADY_CLIPPED);
  if (clip.notes.size >= ctx.packer.policiesOf(user.id).noteEachClipsLimit) throw new ApiError(CLIP_ERRORS.TOO_MANY_CLIP_NOTES);
  clip.notes.set(note.id, note.id);
  clip.lastClippedAt = new Date().toISOString();
  return undefined;
}

function removeNote(ctx: ApiCtx) {
  const clip = ownClip(ctx, CLIP_ERRORS.NO_SUCH_CLIP_REMOVE);
  const noteId = requiredString(ctx.body, 'noteId');
  if (!ctx.state.noteById(noteId)) throw new ApiError(CLIP_ERRORS.NO_SUCH_NOTE_REMOVE);
  clip.notes.delete(noteId);
  return undefined;
}

/** The clip's notes, paged by note id like Misskey's join on note. */
function notes(ctx: ApiCtx) {
  const clip = ctx.world.clips.byId(requiredString(ctx.body, 'clipId'));
  const viewer = ctx.user?.id ?? null;
  if (!clip || (!clip.isPublic && clip.userId !== viewer)) throw new ApiError(CLIP_ERRORS.NO_SUCH_CLIP_NOTES);
  const held = ctx.state.notes.filter((n) => clip.notes.has(n.id) && canSee(ctx.state, viewer, n));
  return page(held, readPaging(ctx.body)).map((n) => ({ ...ctx.packer.note(n, { viewerId: viewer }), clippedCount: 1 }));
}

function list(ctx: ApiCtx) {
  const user = me(ctx);
  return page(ctx.world.clips.of(user.id), readPaging(ctx.body)).map((c) => ctx.world.clips.pack(c, user.id));
}

/** Only public clips, even for their owner (reading/notes-clips.json). */
function noteClips(ctx: ApiCtx) {
  const noteId = requiredString(ctx.body, 'noteId');
  if (!ctx.state.noteById(noteId)) throw new ApiError(E.NO_SUCH_NOTE_SHOW);
  return ctx.world.clips.all.filter((c) => c.isPublic && c.notes.has(noteId)).reverse().map((c) => ctx.world.clips.pack(c, ctx.user?.id ?? null));
}

function favorites(ctx: ApiCtx) {
  const user = me(ctx);
  return page(ctx.world.clips.favoritesOf(user.id), readPaging(ctx.body)).flatMap((f) => {
    const note = ctx.state.noteById(f.noteId);
    return note ? [{ id: f.id, createdAt: f.createdAt, noteId: f.noteId, note: ctx.packer.note(note, { viewerId: user.id }) }] : [];
  });
}

export const clipEndpoints: Record<string, Endpoint> = {
  'clips/create': { requireCredential: true, permission: 'write:account', handler: create },
  'clips/update': { requireCredential: true, permission: 'write:account', handler: update },
  'clips/delete': {
    requireCredential: true,
    permission: 'write:account',
    handler: (ctx) => {
      const clip = ownClip(ctx, CLIP_ERRORS.NO_SUCH_CLIP_DELETE);
      ctx.world.clips.all.splice(ctx.world.clips.all.indexOf(clip), 1);
      return undefined;
    },
  },
  'clips/show': { requireCredential: false, permission: 'read:account', handler: show },
  'clips/list': { requireCredential: true, permission: 'read:account', handler: list },
  'clips/add-note': { requireCredential: true, permission: 'write:account', handler: addNote },
  'clips/remove-note': { requireCredential: true, permission: 'write:account', handler: removeNote },
  'clips/notes': { requireCredential: false, permission: 'read:account', handler: notes },
  'notes/clips': { requireCredential: false, handler: noteClips },
  'i/favorites': { requireCredential: true, permission: 'read:favorites', handler: favorites },
};
