import { ApiError, E } from '../errors';
import { favorites, react, unreact, vote } from '../noteReactions';
import { optString, requiredString } from './params';
import { page, readPaging } from './timelines';
import { me, type ApiCtx, type Endpoint } from './types';
import { invalidParam } from '../errors';

function note(ctx: ApiCtx, err: (typeof E)[keyof typeof E]) {
  const n = ctx.state.noteById(requiredString(ctx.body, 'noteId'));
  if (!n) throw new ApiError(err);
  return n;
}

/** notes/reactions: `[{id, createdAt, user, type}]`, newest first, optionally one reaction type. */
function list(ctx: ApiCtx) {
  const n = note(ctx, E.NO_SUCH_NOTE_REACTIONS);
  const type = optString(ctx.body, 'type', true);
  const rows = [...n.reactions]
    .map(([userId, r]) => ({ userId, ...r }))
    .filter((r) => !type || r.reaction === type)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return page(rows, readPaging(ctx.body)).map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    user: ctx.packer.userLite(ctx.state.users.get(r.userId)!),
    type: r.reaction,
  }));
}

export const reactionEndpoints: Record<string, Endpoint> = {
  'notes/reactions/create': {
    requireCredential: true,
    permission: 'write:reactions',
    handler: (ctx) => {
      const n = note(ctx, E.NO_SUCH_NOTE_REACT);
      react(ctx.world, me(ctx), n, requiredString(ctx.body, 'reaction'));
      return undefined;
    },
  },
  'notes/reactions/delete': {
    requireCredential: true,
    permission: 'write:reactions',
    handler: (ctx) => {
      unreact(ctx.world, me(ctx), note(ctx, E.NO_SUCH_NOTE_UNREACT));
      return undefined;
    },
  },
  'notes/reactions': { requireCredential: false, allowGet: true, handler: list },
  'notes/polls/vote': {
    requireCredential: true,
    permission: 'write:votes',
    handler: (ctx) => {
      const n = note(ctx, E.NO_SUCH_NOTE_VOTE);
      const choice = ctx.body.choice;
      if (choice === undefined) throw invalidParam('#/required', "must have required property 'choice'");
      if (typeof choice !== 'number' || !Number.isInteger(choice)) throw invalidParam('#/properties/choice/type', 'must be integer');
      vote(ctx.world, me(ctx), n, choice);
      return undefined;
    },
  },
  'notes/favorites/create': {
    requireCredential: true,
    permission: 'write:favorites',
    handler: (ctx) => {
      const n = note(ctx, E.NO_SUCH_NOTE_FAV);
      const favs = favorites(ctx.world, me(ctx).id);
      if (favs.has(n.id)) throw new ApiError(E.ALREADY_FAVORITED);
      favs.add(n.id);
      ctx.world.clips.favorited(me(ctx).id, n.id);
      return undefined;
    },
  },
  'notes/favorites/delete': {
    requireCredential: true,
    permission: 'write:favorites',
    handler: (ctx) => {
      const n = note(ctx, E.NO_SUCH_NOTE_UNFAV);
      const favs = favorites(ctx.world, me(ctx).id);
      if (!favs.has(n.id)) throw new ApiError(E.NOT_FAVORITED);
      favs.delete(n.id);
      return undefined;
    },
  },
};
