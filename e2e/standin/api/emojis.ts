import { internalError } from '../errors';
import { requiredString } from './params';
import type { Endpoint } from './types';

export const emojiEndpoints: Record<string, Endpoint> = {
  emojis: {
    requireCredential: false,
    allowGet: true,
    cacheSec: 3600,
    handler: (ctx) => ({ emojis: ctx.world.emojis.list().map((e) => ctx.world.emojis.simple(e)) }),
  },
  emoji: {
    requireCredential: false,
    allowGet: true,
    cacheSec: 3600,
    handler: (ctx) => {
      const e = ctx.world.emojis.byName.get(requiredString(ctx.body, 'name'));
      // Misskey's `emoji` uses findOneOrFail and defines no error: an unknown name is a 500 INTERNAL_ERROR.
      if (!e) throw internalError('EntityNotFoundError');
      return ctx.world.emojis.detailed(e);
    },
  },
};
