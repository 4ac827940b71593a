import type { IncomingMessage, ServerResponse } from 'node:http';
import type { entities } from 'misskey-js';
import { readRaw } from './body';
import { sendJson } from './errors';
import type { Faults } from './faults';
import { callbackUrl } from './miauthPage';
import type { Packer } from './pack';
import type { State, Visibility } from './state';
import type { Streaming } from './streaming';

// Test plumbing under /__control/: not part of Misskey. Every method here is also exposed
// in-process on `Standin`, with the same argument and result objects as the JSON routes.

export interface PostParams {
  username: string;
  text?: string | null;
  visibility?: Visibility;
  cw?: string | null;
  localOnly?: boolean;
  replyId?: string | null;
  renoteId?: string | null;
}

export interface FailNextParams {
  /** Endpoint name as in `/api/<name>`, e.g. `notes/timeline`; `miauth/check` for any MiAuth check. */
  endpoint: string;
  status: number;
  times?: number;
  retryAfterSec?: number;
}

export interface LogEntry {
  at: string;
  method: string;
  path: string;
  status: number;
}

export interface Stats {
  connections: number;
  connectAttempts: number;
  subscriptions: number;
  notes: number;
}

export interface MiAuthSessionInfo {
  id: string;
  status: 'pending' | 'approved' | 'denied' | 'consumed';
  name: string | null;
  permissions: string[];
  callback: string | null;
  /** Where Accept navigates (callback with `session` set), null without a usable callback. */
  redirectUrl: string | null;
  username: string | null;
}

export class ControlError extends Error {}

const LOG_LIMIT = 500;

export class Control {
  readonly requests: LogEntry[] = [];

  constructor(
    private readonly state: State,
    private readonly packer: Packer,
    private readonly streaming: Streaming,
    private readonly faults: Faults,
  ) {}

  record(entry: LogEntry): void {
    this.requests.push(entry);
    if (this.requests.length > LOG_LIMIT) this.requests.splice(0, this.requests.length - LOG_LIMIT);
  }

  post(p: PostParams): { note: entities.Note } {
    const user = this.state.userByName(p?.username);
    if (!user) throw new ControlError(`no such user: ${p?.username}`);
    const note = this.state.createNote(user.id, {
      text: p.text ?? null,
      cw: p.cw ?? null,
      visibility: p.visibility ?? 'public',
      localOnly: p.localOnly ?? false,
      replyId: p.replyId ?? null,
      renoteId: p.renoteId ?? null,
    });
    return { note: this.packer.note(note, { withNulls: true }) };
  }

  dropSockets(): { dropped: number } {
    return { dropped: this.streaming.dropAll() };
  }

  revokeToken(p: { token: string }): { revoked: number } {
    return { revoked: this.state.revokeToken(p?.token) };
  }

  revokeTokensOf(p: { username: string }): { revoked: number } {
    if (!this.state.userByName(p?.username)) throw new ControlError(`no such user: ${p?.username}`);
    return { revoked: this.state.revokeTokensOf(p.username) };
  }

  setMiAuthUser(p: { username: string }): { ok: true } {
    if (!this.state.userByName(p?.username)) throw new ControlError(`no such user: ${p?.username}`);
    this.state.miauthUsername = p.username;
    return { ok: true };
  }

  failNext(p: FailNextParams): { ok: true } {
    if (typeof p?.endpoint !== 'string' || typeof p.status !== 'number') throw new ControlError('endpoint and status are required');
    this.faults.set(p.endpoint, p.status, p.times ?? 1, p.retryAfterSec ?? 60);
    return { ok: true };
  }

  stats(): Stats {
    return { ...this.streaming.stats(), notes: this.state.notes.length };
  }

  log(): { requests: LogEntry[] } {
    return { requests: [...this.requests] };
  }

  miauthSessions(): { sessions: MiAuthSessionInfo[] } {
    return {
      sessions: [...this.state.sessions.values()].map((s) => ({
        id: s.id,
        status: s.status,
        name: s.name,
        permissions: s.permissions,
        callback: s.callback,
        redirectUrl: callbackUrl(s.callback, s.id),
        username: s.userId ? (this.state.users.get(s.userId)?.username ?? null) : null,
      })),
    };
  }

  /** Every token the stand-in knows (seeded and issued by MiAuth), so tests can look for leaks. */
  tokens(): { tokens: string[] } {
    return { tokens: [...this.state.tokens.keys()] };
  }

  async handle(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'control routes are POST only' });
    const raw = await readRaw(req);
    let body: unknown = {};
    try {
      if (raw) body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { error: 'invalid JSON' });
    }
    const routes: Record<string, (b: never) => unknown> = {
      post: (b: PostParams) => this.post(b),
      dropSockets: () => this.dropSockets(),
      revokeToken: (b: { token: string }) => this.revokeToken(b),
      revokeTokensOf: (b: { username: string }) => this.revokeTokensOf(b),
      setMiAuthUser: (b: { username: string }) => this.setMiAuthUser(b),
      failNext: (b: FailNextParams) => this.failNext(b),
      stats: () => this.stats(),
      log: () => this.log(),
      miauthSessions: () => this.miauthSessions(),
      tokens: () => this.tokens(),
    };
    const route = routes[name];
    if (!route) return sendJson(res, 404, { error: `no such control route: ${name}` });
    try {
      sendJson(res, 200, route(body as never));
    } catch (err) {
      if (err instanceof ControlError) return sendJson(res, 400, { error: err.message });
      throw err;
    }
  }
}
