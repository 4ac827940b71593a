import type { FilePart } from '../multipart';
import type { Packer } from '../pack';
import type { State, TokenRec, UserRec } from '../state';
import type { World } from '../world';

export interface ApiCtx {
  state: State;
  packer: Packer;
  world: World;
  baseUrl: string;
  serverName: string;
  body: Record<string, unknown>;
  user: UserRec | null;
  token: TokenRec | null;
  /** The `file` part of a multipart/form-data request. */
  file?: FilePart;
}

export interface Endpoint {
  requireCredential: boolean;
  /** Permission a MiAuth token needs (native login tokens have all). */
  permission?: string;
  /** Misskey `allowGet`: GET is answered (params from the query string) instead of 405. */
  allowGet?: boolean;
  /** cache-control of GET answers (Misskey: `public, max-age=<cacheSec>`). */
  cacheSec?: number;
  /** Web-client-only endpoint: access (MiAuth) tokens get 400 ACCESS_DENIED. */
  secure?: boolean;
  /** Return undefined for 204 No Content. May be async (ap/show fetches). */
  handler: (ctx: ApiCtx) => unknown;
}

/** Endpoints with requireCredential always get a user; this narrows it. */
export function me(ctx: ApiCtx): UserRec {
  if (!ctx.user) throw new Error('endpoint declared requireCredential but ran without a user');
  return ctx.user;
}
