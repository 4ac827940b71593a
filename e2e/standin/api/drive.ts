import { ApiError, E, invalidParam } from '../errors';
import { optBool, optString, requiredString } from './params';
import { page, readPaging } from './timelines';
import { me, type ApiCtx, type Endpoint } from './types';

// drive/files/create is multipart/form-data: every field arrives as a string (drive/*.json).

function formBool(v: unknown, key: string): boolean | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  throw invalidParam(`#/properties/${key}/type`, 'must be boolean');
}

function create(ctx: ApiCtx) {
  const user = me(ctx);
  if (!ctx.file) throw invalidParam('file', 'file is required (multipart/form-data field "file")');
  const name = typeof ctx.body.name === 'string' && ctx.body.name !== '' ? ctx.body.name : (ctx.file.filename ?? 'untitled');
  if (name.length > 200 || /[\\/]/.test(name)) throw new ApiError(E.INVALID_FILE_NAME);
  const f = ctx.world.drive.add(user.id, {
    name,
    bytes: ctx.file.bytes,
    type: ctx.file.contentType,
    isSensitive: formBool(ctx.body.isSensitive, 'isSensitive') ?? false,
    comment: typeof ctx.body.comment === 'string' && ctx.body.comment !== '' ? ctx.body.comment : null,
  });
  ctx.world.bus.main(user.id, 'driveFileCreated', ctx.world.drive.pack(f, 'none'));
  return ctx.world.drive.pack(f, 'none');
}

function ownFile(ctx: ApiCtx, missing: (typeof E)[keyof typeof E], denied: (typeof E)[keyof typeof E]) {
  const f = ctx.world.drive.files.get(requiredString(ctx.body, 'fileId'));
  if (!f) throw new ApiError(missing);
  if (f.userId !== me(ctx).id && !me(ctx).isAdmin) throw new ApiError(denied);
  return f;
}

export const driveEndpoints: Record<string, Endpoint> = {
  'drive/files/create': { requireCredential: true, permission: 'write:drive', handler: create },
  'drive/files/show': {
    requireCredential: true,
    permission: 'read:drive',
    handler: (ctx) => {
      const f = ownFile(ctx, E.NO_SUCH_FILE_SHOW, E.ACCESS_DENIED_FILE_SHOW);
      return ctx.world.drive.pack(f, ctx.packer.userLite(ctx.state.users.get(f.userId)!));
    },
  },
  'drive/files/update': {
    requireCredential: true,
    permission: 'write:drive',
    handler: (ctx) => {
      const f = ownFile(ctx, E.NO_SUCH_FILE_UPDATE, E.ACCESS_DENIED_FILE_UPDATE);
      const name = optString(ctx.body, 'name') ?? undefined;
      if (name !== undefined) {
        if (name.length === 0 || name.length > 200) throw new ApiError(E.INVALID_FILE_NAME);
        f.name = name;
      }
      const sensitive = optBool(ctx.body, 'isSensitive');
      if (sensitive !== undefined) f.isSensitive = sensitive;
      const comment = optString(ctx.body, 'comment', true);
      if (comment !== undefined) f.comment = comment;
      return ctx.world.drive.pack(f, ctx.packer.userLite(ctx.state.users.get(f.userId)!));
    },
  },
  'drive/files': {
    requireCredential: true,
    permission: 'read:drive',
    handler: (ctx) =>
      page(
        [...ctx.world.drive.files.values()].filter((f) => f.userId === me(ctx).id),
        readPaging(ctx.body),
      ).map((f) => ctx.world.drive.pack(f)),
  },
  drive: {
    requireCredential: true,
    permission: 'read:drive',
    handler: (ctx) => ({
      capacity: ctx.packer.policiesOf(me(ctx).id).driveCapacityMb * 1024 * 1024,
      usage: ctx.world.drive.usage(me(ctx).id),
    }),
  },
};
