import { ApiError, E } from '../errors';
import { optBool, optInt, optString, requiredString } from './params';
import { me, type Endpoint } from './types';

export const announcementEndpoints: Record<string, Endpoint> = {
  announcements: {
    requireCredential: false,
    handler: (ctx) =>
      ctx.world.announcements.list(ctx.user?.id ?? null, {
        isActive: optBool(ctx.body, 'isActive') ?? true,
        limit: optInt(ctx.body, 'limit', 1, 100) ?? 10,
        sinceId: optString(ctx.body, 'sinceId') ?? undefined,
        untilId: optString(ctx.body, 'untilId') ?? undefined,
      }),
  },
  'announcements/show': {
    requireCredential: false,
    handler: (ctx) => {
      const found = ctx.world.announcements.show(requiredString(ctx.body, 'announcementId'), ctx.user?.id ?? null);
      if (!found) throw new ApiError(E.NO_SUCH_ANNOUNCEMENT);
      return found;
    },
  },
  'i/read-announcement': {
    requireCredential: true,
    permission: 'write:account',
    handler: (ctx) => {
      ctx.world.announcements.read(me(ctx).id, requiredString(ctx.body, 'announcementId'));
      return undefined;
    },
  },
};
