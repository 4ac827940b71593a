import { ApiError, invalidParam, type ApiErrorDef } from '../errors';
import type { RelationRec } from '../mutes';
import type { UserRec } from '../state';
import { page, readPaging } from './timelines';
import { optInt, requiredString } from './params';
import { me, type ApiCtx, type Endpoint } from './types';

// mute/*, renote-mute/*, blocking/*, users/report-abuse and the mute fields of i/update, with the
// recorded server's answers and errors (fixtures/misskey/reading/, error ids from its OpenAPI).

const err = (code: string, id: string, message: string): ApiErrorDef => ({ code, id, message, kind: 'client', status: 400 });
const ERR = {
  NO_SUCH_USER: err('NO_SUCH_USER', '6fef56f3-e765-4957-88e5-c6f65329b8a5', 'No such user.'),
  MUTEE_IS_YOURSELF: err('MUTEE_IS_YOURSELF', 'a4619cb2-5f23-484b-9301-94c903074e10', 'Mutee is yourself.'),
  ALREADY_MUTING: err('ALREADY_MUTING', '7e7359cb-160c-4956-b08f-4d1c653cd007', 'You are already muting that user.'),
  NOT_MUTING: err('NOT_MUTING', '5467d020-daa9-4553-81e1-135c0c35a96d', 'You are not muting that user.'),
  RENOTE_ALREADY_MUTING: err('ALREADY_MUTING', 'ccfecbe4-1f1c-4fc2-8a3d-c3ffee61cb7b', 'You are already muting that user.'),
  RENOTE_NOT_MUTING: err('NOT_MUTING', '2e4ef874-8bf0-4b4b-b069-4598f6d05817', 'You are not muting that user.'),
  BLOCKEE_IS_YOURSELF: err('BLOCKEE_IS_YOURSELF', '88b19138-f28d-42c0-8499-6a31bbd0fdc6', 'Blockee is yourself.'),
  ALREADY_BLOCKING: err('ALREADY_BLOCKING', '787fed64-acb9-464a-82eb-afbd745b9614', 'You are already blocking that user.'),
  NOT_BLOCKING: err('NOT_BLOCKING', '291b2efa-60c6-45c0-9f6a-045c8f9b02cd', 'You are not blocking that user.'),
  CANNOT_REPORT_YOURSELF: err('CANNOT_REPORT_YOURSELF', '1e13149e-b1e8-43cf-902e-c01dbfcb202f', 'Cannot report yourself.'),
  CANNOT_REPORT_THE_ADMIN: err('CANNOT_REPORT_THE_ADMIN', '35e166f5-05fb-4f87-a2d5-adb42676d48f', 'Cannot report the admin.'),
  INVALID_REGEXP: err('INVALID_REGEXP', '0d786918-10df-41cd-8f33-8dec7d9a89a5', 'Invalid Regular Expression.'),
};

function other(ctx: ApiCtx, self: ApiErrorDef): { viewer: UserRec; user: UserRec } {
  const viewer = me(ctx);
  const user = ctx.state.users.get(requiredString(ctx.body, 'userId'));
  if (!user) throw new ApiError(ERR.NO_SUCH_USER);
  if (user.id === viewer.id) throw new ApiError(self);
  return { viewer, user };
}

type Kind = 'mute' | 'renoteMute' | 'block';
const field: Record<Kind, 'mutee' | 'blockee'> = { mute: 'mutee', renoteMute: 'mutee', block: 'blockee' };

/** A list, newest first, as the recorded server packs it ({id, createdAt, expiresAt?, muteeId|blockeeId, mutee|blockee}). */
function list(kind: Kind) {
  return (ctx: ApiCtx) => {
    const viewer = me(ctx);
    const rows = [...ctx.state.mutes.of(kind, viewer.id)].map(([userId, rec]) => ({ userId, ...rec })).sort((a, b) => (a.id < b.id ? -1 : 1));
    return page(rows, readPaging(ctx.body)).flatMap((row) => {
      const user = ctx.state.users.get(row.userId);
      if (!user) return [];
      const name = field[kind];
      return [
        {
          id: row.id,
          createdAt: row.createdAt,
          ...(kind === 'mute' ? { expiresAt: row.expiresAt === null ? null : new Date(row.expiresAt).toISOString() } : {}),
          [`${name}Id`]: user.id,
          [name]: ctx.packer.userFor(user, viewer.id),
        },
      ];
    });
  };
}

function create(kind: Kind, self: ApiErrorDef, already: ApiErrorDef) {
  return (ctx: ApiCtx) => {
    const { viewer, user } = other(ctx, self);
    const of = ctx.state.mutes.of(kind, viewer.id);
    const existing: RelationRec | undefined = of.get(user.id);
    if (existing && (kind !== 'mute' || ctx.state.mutes.isMuting(viewer.id, user.id))) throw new ApiError(already);
    const expiresAt = kind === 'mute' ? (optInt(ctx.body, 'expiresAt') ?? null) : null;
    if (expiresAt !== null && expiresAt <= Date.now()) return undefined;
    ctx.state.mutes.add(kind, viewer.id, user.id, expiresAt);
    if (kind !== 'block') return undefined;
    // Blocking removes the follows both ways (not restored by unblocking).
    ctx.state.follows.get(viewer.id)?.delete(user.id);
    ctx.state.follows.get(user.id)?.delete(viewer.id);
    return ctx.packer.userFor(user, viewer.id);
  };
}

function remove(kind: Kind, self: ApiErrorDef, notSo: ApiErrorDef) {
  return (ctx: ApiCtx) => {
    const { viewer, user } = other(ctx, self);
    if (!ctx.state.mutes.of(kind, viewer.id).delete(user.id)) throw new ApiError(notSo);
    return kind === 'block' ? ctx.packer.userFor(user, viewer.id) : undefined;
  };
}

const isWordList = (value: unknown): value is (string | string[])[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string' || (Array.isArray(entry) && entry.every((word) => typeof word === 'string')));

/** As Misskey's i/update checks a string entry: it must be `/pattern/flags` and compile. */
function checkRegexps(list: (string | string[])[]): void {
  for (const entry of list) {
    if (typeof entry !== 'string') continue;
    const form = /^\/(.+)\/(.*)$/.exec(entry);
    if (!form) throw new ApiError(ERR.INVALID_REGEXP);
    try {
      new RegExp(form[1]!, form[2]);
    } catch {
      throw new ApiError(ERR.INVALID_REGEXP);
    }
  }
}

/** The mute fields of i/update (the rest of a MeDetailed stays as the stand-in packs it); `meUpdated` follows on main. */
function updateMe(ctx: ApiCtx) {
  const viewer = me(ctx);
  const lists = { ...ctx.state.mutes.wordsOf(viewer.id) };
  for (const key of ['mutedWords', 'hardMutedWords'] as const) {
    const value = ctx.body[key];
    if (value === undefined) continue;
    if (!isWordList(value)) throw invalidParam(key, 'must be an array of strings or of arrays of strings');
    checkRegexps(value);
    lists[key] = value;
  }
  const hosts = ctx.body.mutedInstances;
  if (hosts !== undefined) {
    if (!Array.isArray(hosts) || !hosts.every((host) => typeof host === 'string')) throw invalidParam('mutedInstances', 'must be an array of strings');
    lists.mutedInstances = hosts.map((host: string) => host.toLowerCase());
  }
  ctx.state.mutes.words.set(viewer.id, lists);
  const packed = ctx.packer.meDetailed(viewer);
  ctx.world.bus.main(viewer.id, 'meUpdated', packed);
  return packed;
}

function reportAbuse(ctx: ApiCtx) {
  const viewer = me(ctx);
  const user = ctx.state.users.get(requiredString(ctx.body, 'userId'));
  requiredString(ctx.body, 'comment');
  if (!user) throw new ApiError({ ...ERR.NO_SUCH_USER, id: '1acefcb5-0959-43fd-9685-b48305736cb5' });
  if (user.id === viewer.id) throw new ApiError(ERR.CANNOT_REPORT_YOURSELF);
  if (user.isAdmin) throw new ApiError(ERR.CANNOT_REPORT_THE_ADMIN);
  return undefined;
}

const write = (permission: string, handler: (ctx: ApiCtx) => unknown): Endpoint => ({ requireCredential: true, permission, handler });

export const muteEndpoints: Record<string, Endpoint> = {
  'mute/create': write('write:mutes', create('mute', ERR.MUTEE_IS_YOURSELF, ERR.ALREADY_MUTING)),
  'mute/delete': write('write:mutes', remove('mute', ERR.MUTEE_IS_YOURSELF, ERR.NOT_MUTING)),
  'mute/list': write('read:mutes', list('mute')),
  'renote-mute/create': write('write:mutes', create('renoteMute', ERR.MUTEE_IS_YOURSELF, ERR.RENOTE_ALREADY_MUTING)),
  'renote-mute/delete': write('write:mutes', remove('renoteMute', ERR.MUTEE_IS_YOURSELF, ERR.RENOTE_NOT_MUTING)),
  'renote-mute/list': write('read:mutes', list('renoteMute')),
  'blocking/create': write('write:blocks', create('block', ERR.BLOCKEE_IS_YOURSELF, ERR.ALREADY_BLOCKING)),
  'blocking/delete': write('write:blocks', remove('block', ERR.BLOCKEE_IS_YOURSELF, ERR.NOT_BLOCKING)),
  'blocking/list': write('read:blocks', list('block')),
  'users/report-abuse': write('write:report-abuse', reportAbuse),
  'i/update': write('write:account', updateMe),
};
