import type { Packer } from '../pack';
import type { State, TokenRec, UserRec } from '../state';

export interface ApiCtx {
  state: State;
  packer: Packer;
  baseUrl: string;
  serverName: string;
  body: Record<string, unknown>;
  user: UserRec | null;
  token: TokenRec | null;
}

export interface Endpoint {
  requireCredential: boolean;
  /** Permission a MiAuth token needs (native login tokens have all). */
  permission?: string;
  /** Return undefined for 204 No Content. */
  handler: (ctx: ApiCtx) => unknown;
}

/** Endpoints with requireCredential always get a user; this narrows it. */
export function me(ctx: ApiCtx): UserRec {
  if (!ctx.user) throw new Error('endpoint declared requireCredential but ran without a user');
  return ctx.user;
}
