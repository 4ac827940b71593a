import type { AnnounceParams } from './controlWorld';
import type { ChatScope } from './chat';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { entities } from 'misskey-js';
import { readRaw } from './body';
import { ApiError, sendJson } from './errors';
import { ControlError, type CreateUserParams, type NotifyParams, type WorldControl } from './controlWorld';
import type { Faults } from './faults';
import type { FloodParams, Flooder, FloodStatus } from './flood';
import { INJECT_CHANNELS, isInjectChannel, type InjectChannel } from './injected';
import { callbackUrl } from './miauthPage';
import { createNote } from './noteActions';
import type { Visibility } from './state';
import type { Streaming } from './streaming';
import { setTranslatorAvailable } from './translator';
import type { World } from './world';

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
  channelId?: string | null;
  visibleUsernames?: string[];
  fileIds?: string[];
  poll?: { choices: string[]; multiple?: boolean; expiresInMs?: number | null };
}

export interface FailNextParams {
  /**
   * Endpoint name as in `/api/<name>`, e.g. `notes/timeline`; `miauth/check` for any MiAuth check;
   * `*` for whatever endpoint is called next.
   */
  endpoint: string;
  /** 500 → Misskey INTERNAL_ERROR; 429 → RATE_LIMIT_EXCEEDED + Retry-After; 502/503/504 → reverse-proxy HTML page. */
  status: number;
  times?: number;
  /** Retry-After seconds: 429 defaults to 60; 502–504 send it only when given. */
  retryAfterSec?: number;
}

export interface InjectChatParams {
  /** Raw message objects (any shape), as `from` → `username` messages. */
  messages?: unknown[];
  /** Raw `chat/history` entries for `username`. */
  history?: unknown[];
  /** The reader, default `alice`; the other side, default `bob`. */
  username?: string;
  from?: string;
  /** Serve them in the conversation's timeline (default true) / push them on the stream (default true). */
  rest?: boolean;
  stream?: boolean;
}

export interface InjectNotesParams {
  /** Raw note objects, sent and served exactly as given (not validated: any shape, even non-objects). */
  notes: unknown[];
  /** Default `homeTimeline`. */
  channel?: InjectChannel;
  /** Whose sockets get them (and whose REST timeline shows them). Default `alice`. */
  username?: string;
  /** Also answer the channel's REST timeline with them (default true). */
  rest?: boolean;
  /** Push them on the stream (default true); `false` = REST only. */
  stream?: boolean;
}

export interface InjectNotesResult {
  /** Sockets of the user with at least one subscription to the channel. */
  sockets: number;
  subscriptions: number;
  /** Frames sent: notes × subscriptions. */
  frames: number;
  /** Injected notes the REST timeline now mixes in, for that user and channel. */
  stored: number;
}

export interface DelayParams {
  /** Endpoint name; omitted = every REST endpoint. */
  endpoint?: string;
  /** Delay before answering; 0 removes it. */
  ms: number;
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
  /** Notes some client watches with `subNote`. */
  watchedNotes: number;
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

export { ControlError };

const LOG_LIMIT = 500;

export class Control {
  readonly requests: LogEntry[] = [];

  private get state() {
    return this.world.state;
  }

  private get packer() {
    return this.world.packer;
  }

  constructor(
    private readonly world: World,
    private readonly streaming: Streaming,
    private readonly faults: Faults,
    readonly actions: WorldControl,
    private readonly flooder: Flooder,
  ) {}

  record(entry: LogEntry): void {
    this.requests.push(entry);
    if (this.requests.length > LOG_LIMIT) this.requests.splice(0, this.requests.length - LOG_LIMIT);
  }

  post(p: PostParams): { note: entities.Note } {
    const user = this.state.userByName(p?.username);
    if (!user) throw new ControlError(`no such user: ${p?.username}`);
    const visibleUserIds = (p.visibleUsernames ?? []).map((n) => this.actions.user(n).id);
    const poll = p.poll
      ? {
          choices: p.poll.choices,
          multiple: p.poll.multiple ?? false,
          expiresAt: p.poll.expiresInMs != null ? new Date(Date.now() + p.poll.expiresInMs).toISOString() : null,
          votes: new Map<string, Set<number>>(),
        }
      : null;
    let note;
    try {
      note = createNote(this.world, user, {
        text: p.text ?? null,
        cw: p.cw ?? null,
        visibility: p.visibility ?? 'public',
        visibleUserIds,
        localOnly: p.localOnly ?? false,
        replyId: p.replyId ?? null,
        renoteId: p.renoteId ?? null,
        channelId: p.channelId ?? null,
        fileIds: p.fileIds ?? [],
        poll,
      });
    } catch (err) {
      if (err instanceof ApiError) throw new ControlError(`${err.def.code}: ${err.def.message}`);
      throw err;
    }
    return { note: this.packer.note(note, { withNulls: true, viewerId: user.id }) };
  }

  /** Pushes raw notes to the user's subscriptions of a timeline channel (test plumbing for hostile content). */
  injectNotes(p: InjectNotesParams): InjectNotesResult {
    if (!Array.isArray(p?.notes)) throw new ControlError('notes must be an array');
    const channel = p.channel ?? 'homeTimeline';
    if (!isInjectChannel(channel)) throw new ControlError(`channel must be one of ${INJECT_CHANNELS.join(', ')}`);
    const user = this.state.userByName(p.username ?? 'alice');
    if (!user) throw new ControlError(`no such user: ${p.username}`);
    // Stored first, so a REST request racing the frames already sees them.
    const stored = p.rest === false ? 0 : this.world.injected.add(user.id, channel, p.notes);
    const pushed = p.stream === false ? { sockets: 0, subscriptions: 0, frames: 0 } : this.streaming.pushRaw(user.id, channel, p.notes);
    return { ...pushed, stored };
  }

  /** Forgets every injected note and chat message (the REST timelines stop serving them). */
  clearInjected(): { cleared: number } {
    return { cleared: this.world.injected.clear() + this.world.injectedChat.clear() };
  }

  /**
   * Raw chat messages from `from` to `username` (hostile-content tests): pushed as `message` frames to the
   * reader's `chatUser` {otherId: from} subscriptions and/or served by that conversation's timeline;
   * `history` entries are served at the top of the reader's `chat/history`.
   */
  injectChat(p: InjectChatParams): { stored: number } {
    const messages: unknown = p?.messages ?? [];
    const history: unknown = p?.history ?? [];
    if (!Array.isArray(messages) || !Array.isArray(history)) throw new ControlError('messages and history must be arrays');
    const reader = this.state.userByName(p.username ?? 'alice');
    const other = this.state.userByName(p.from ?? 'bob');
    if (!reader || !other) throw new ControlError(`no such user: ${reader ? p.from : p.username}`);
    if (p.rest !== false) this.world.injectedChat.add(reader.id, other.id, messages);
    this.world.injectedChat.addHistory(reader.id, history);
    if (p.stream !== false) for (const body of messages) this.world.bus.emit({ kind: 'chatUser', userId: reader.id, otherId: other.id, type: 'message', body });
    return { stored: messages.length + history.length };
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

  /** What `meta` reports as `themeColor` from now on: any JSON value, sent unchecked (null = none). */
  setThemeColor(p: { themeColor: unknown }): { ok: true } {
    if (p === null || typeof p !== 'object' || !('themeColor' in p)) throw new ControlError('themeColor is required (null for none)');
    this.state.themeColor = p.themeColor;
    return { ok: true };
  }

  /** Turn the modelled translator on or off (see translator.ts); `meta.translatorAvailable` follows. */
  setTranslator(p: { available: boolean }): { ok: true } {
    if (typeof p?.available !== 'boolean') throw new ControlError('available (boolean) is required');
    setTranslatorAvailable(this.world, p.available);
    return { ok: true };
  }

  failNext(p: FailNextParams): { ok: true } {
    if (typeof p?.endpoint !== 'string' || typeof p.status !== 'number') throw new ControlError('endpoint and status are required');
    this.faults.set(p.endpoint, p.status, p.times ?? 1, p.retryAfterSec ?? null);
    return { ok: true };
  }

  delay(p: DelayParams): { ok: true } {
    if (typeof p?.ms !== 'number') throw new ControlError('ms is required');
    this.faults.setDelay(p.endpoint, p.ms);
    return { ok: true };
  }

  /** Streaming upgrades are answered HTTP 503 for `durationMs` (still counted in connectAttempts). */
  refuseStreaming(p: { durationMs: number }): { ok: true; until: string } {
    if (typeof p?.durationMs !== 'number') throw new ControlError('durationMs is required');
    this.streaming.refuseUntil = Date.now() + p.durationMs;
    return { ok: true, until: new Date(this.streaming.refuseUntil).toISOString() };
  }

  flood(p: FloodParams): { floodId: string } {
    try {
      return this.flooder.start(p);
    } catch (err) {
      throw new ControlError(err instanceof Error ? err.message : String(err));
    }
  }

  floodStatus(p: { floodId: string }): FloodStatus {
    try {
      return this.flooder.status(p?.floodId);
    } catch (err) {
      throw new ControlError(err instanceof Error ? err.message : String(err));
    }
  }

  stopFlood(p: { floodId?: string } = {}): { stopped: number } {
    return this.flooder.stop(p?.floodId);
  }

  advanceClock(p: { ms: number }): { now: number } {
    if (typeof p?.ms !== 'number' || !Number.isFinite(p.ms) || p.ms < 0) throw new ControlError('ms must be a non-negative number');
    return { now: this.world.clock.advance(p.ms) };
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
    // injectNotes carries whole batches of huge notes.
    const raw = await readRaw(req, 256 * 1024 * 1024);
    let body: unknown = {};
    try {
      if (raw) body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { error: 'invalid JSON' });
    }
    const routes: Record<string, (b: never) => unknown> = {
      post: (b: PostParams) => this.post(b),
      injectNotes: (b: InjectNotesParams) => this.injectNotes(b),
      clearInjected: () => this.clearInjected(),
      injectChat: (b: InjectChatParams) => this.injectChat(b),
      dropSockets: () => this.dropSockets(),
      revokeToken: (b: { token: string }) => this.revokeToken(b),
      revokeTokensOf: (b: { username: string }) => this.revokeTokensOf(b),
      setMiAuthUser: (b: { username: string }) => this.setMiAuthUser(b),
      setThemeColor: (b: { themeColor: unknown }) => this.setThemeColor(b),
      setTranslator: (b: { available: boolean }) => this.setTranslator(b),
      failNext: (b: FailNextParams) => this.failNext(b),
      stats: () => this.stats(),
      log: () => this.log(),
      miauthSessions: () => this.miauthSessions(),
      tokens: () => this.tokens(),
      delay: (b: DelayParams) => this.delay(b),
      refuseStreaming: (b: { durationMs: number }) => this.refuseStreaming(b),
      flood: (b: FloodParams) => this.flood(b),
      floodStatus: (b: { floodId: string }) => this.floodStatus(b),
      stopFlood: (b: { floodId?: string }) => this.stopFlood(b),
      advanceClock: (b: { ms: number }) => this.advanceClock(b),
      react: (b: { username: string; noteId: string; reaction: string }) => this.actions.react(b),
      unreact: (b: { username: string; noteId: string }) => this.actions.unreact(b),
      vote: (b: { username: string; noteId: string; choice: number }) => this.actions.vote(b),
      deleteNote: (b: { noteId: string }) => this.actions.deleteNote(b),
      endPoll: (b: { noteId: string }) => this.actions.endPoll(b),
      follow: (b: { follower: string; followee: string }) => this.actions.follow(b),
      notify: (b: NotifyParams) => this.actions.notify(b),
      announce: (b: AnnounceParams) => this.actions.announce(b),
      addEmoji: (b: { name: string; category?: string | null; aliases?: string[] }) => this.actions.addEmoji(b),
      createUser: (b: CreateUserParams) => this.actions.createUser(b),
      setSearchAllowed: (b: { username: string; allowed: boolean }) => this.actions.setSearchAllowed(b),
      setChatScope: (b: { username: string; scope: ChatScope }) => this.actions.setChatScope(b),
      seeded: () => this.actions.seeded(),
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
