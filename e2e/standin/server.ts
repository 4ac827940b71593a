import type { AnnouncementRec } from './announcements';
import type { AnnounceParams } from './controlWorld';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { entities } from 'misskey-js';
import { handleApi } from './api/router';
import type { ChatScope } from './chat';
import {
  Control,
  type DelayParams,
  type FailNextParams,
  type InjectChatParams,
  type InjectNotesParams,
  type InjectNotesResult,
  type LogEntry,
  type MiAuthSessionInfo,
  type PostParams,
  type Stats,
} from './control';
import { WorldControl, type CreateUserParams, type NotifyParams } from './controlWorld';
import { sendJson } from './errors';
import { Faults } from './faults';
import { fileBytes } from './files';
import { handleMediaProxy, handleUrlPreview } from './urlPreview';
import { Flooder, type FloodParams, type FloodStatus } from './flood';
import { handleMiAuthPage, isMiAuthPath } from './miauthPage';
import { seedWorld, type SeedInfo } from './seed';
import { SEED_TOKENS } from './state';
import { Streaming } from './streaming';
import { World } from './world';

export type { DelayParams, FailNextParams, InjectNotesParams, InjectNotesResult, LogEntry, MiAuthSessionInfo, PostParams, Stats } from './control';
export type { InjectChannel } from './injected';
export type { CreateUserParams, NotifyParams } from './controlWorld';
export type { FloodChannel, FloodParams, FloodStatus } from './flood';
export type { SeedInfo } from './seed';
export { SEED_TOKENS } from './state';

export interface StandinOptions {
  /** 0 (default) = any free port. */
  port?: number;
  /** Server name reported by /api/meta (default "Stand-in"). */
  name?: string;
  /** Theme colour reported by /api/meta (default "#86b300", Misskey's green; null = none). */
  themeColor?: string | null;
  /** Protocol-level WebSocket ping interval (default 60 s). */
  pingIntervalMs?: number;
  /** A socket that has not answered a ping for this long is terminated (default 120 s). */
  idleTimeoutMs?: number;
  /** Delay before `unreadNotification` follows an unread `notification` (default 2000 ms, as Misskey). */
  unreadNotificationDelayMs?: number;
  /** Delay before main gets `newChatMessage` for a chat message still unread (default 3000 ms, as Misskey). */
  chatUnreadDelayMs?: number;
}

export interface Standin {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /** e.g. `ws://127.0.0.1:41234/streaming` (append `?i=TOKEN`). */
  readonly streamingUrl: string;
  /** Native login tokens of the seeded users: alice, bob, admin. */
  readonly tokens: Readonly<Record<string, string>>;
  /** Ids of the seeded role, list, antenna, channel, polls, ... */
  readonly seed: SeedInfo;
  close(): Promise<void>;
  post(p: PostParams): { note: entities.Note };
  injectNotes(p: InjectNotesParams): InjectNotesResult;
  injectChat(p: InjectChatParams): { stored: number };
  clearInjected(): { cleared: number };
  dropSockets(): { dropped: number };
  revokeToken(p: { token: string }): { revoked: number };
  revokeTokensOf(p: { username: string }): { revoked: number };
  setMiAuthUser(p: { username: string }): { ok: true };
  setThemeColor(p: { themeColor: unknown }): { ok: true };
  setTranslator(p: { available: boolean }): { ok: true };
  failNext(p: FailNextParams): { ok: true };
  delay(p: DelayParams): { ok: true };
  refuseStreaming(p: { durationMs: number }): { ok: true; until: string };
  flood(p: FloodParams): { floodId: string };
  floodStatus(p: { floodId: string }): FloodStatus;
  stopFlood(p?: { floodId?: string }): { stopped: number };
  /** Moves the stand-in's clock forward: scheduled notes whose time has come post at once. */
  advanceClock(p: { ms: number }): { now: number };
  react(p: { username: string; noteId: string; reaction: string }): { ok: true };
  unreact(p: { username: string; noteId: string }): { ok: true };
  vote(p: { username: string; noteId: string; choice: number }): { ok: true };
  deleteNote(p: { noteId: string }): { ok: true };
  endPoll(p: { noteId: string }): { ok: true };
  follow(p: { follower: string; followee: string }): { ok: true; pending: boolean };
  notify(p: NotifyParams): { notificationId: string | null };
  announce(p: AnnounceParams): { announcement: AnnouncementRec };
  addEmoji(p: { name: string; category?: string | null; aliases?: string[] }): { emoji: entities.EmojiDetailed };
  createUser(p: CreateUserParams): { user: entities.UserLite; token: string | null };
  setSearchAllowed(p: { username: string; allowed: boolean }): { ok: true };
  setChatScope(p: { username: string; scope: ChatScope }): { ok: true };
  seeded(): ReturnType<WorldControl['seeded']>;
  stats(): Stats;
  log(): { requests: LogEntry[] };
  miauthSessions(): { sessions: MiAuthSessionInfo[] };
}

export async function startStandin(opts: StandinOptions = {}): Promise<Standin> {
  let baseUrl = '';
  const world = new World(() => baseUrl, { unreadNotificationDelayMs: opts.unreadNotificationDelayMs, chatUnreadDelayMs: opts.chatUnreadDelayMs });
  const seed = seedWorld(world);
  const faults = new Faults();
  const streaming = new Streaming(world, {
    pingIntervalMs: opts.pingIntervalMs ?? 60_000,
    idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
  });
  const flooder = new Flooder(world, seed);
  const actions = new WorldControl(world, seed);
  const control = new Control(world, streaming, faults, actions, flooder);
  const serverName = opts.name ?? 'Stand-in';
  if (opts.themeColor !== undefined) world.state.themeColor = opts.themeColor;

  function serveFile(req: IncomingMessage, res: ServerResponse, name: string): boolean {
    const uploaded = world.drive.served(name);
    const bytes = uploaded?.bytes ?? fileBytes(name);
    if (!bytes) return false;
    res.writeHead(200, {
      'content-type': uploaded?.type ?? 'image/png',
      'content-length': String(bytes.length),
      'cache-control': 'max-age=31536000, immutable',
      'access-control-allow-origin': '*',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return true;
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    if (path.startsWith('/__control/')) return control.handle(req, res, path.slice('/__control/'.length));
    if (path.startsWith('/api/')) return handleApi(req, res, path, { world, faults, baseUrl, serverName });
    if (isMiAuthPath(path)) return handleMiAuthPage(req, res, url, world.state, world.packer);
    if (path.startsWith('/files/') && (req.method === 'GET' || req.method === 'HEAD')) {
      if (serveFile(req, res, decodeURIComponent(path.slice('/files/'.length)))) return;
    }
    if (path === '/url' && req.method === 'GET') return handleUrlPreview(res, url, baseUrl);
    if (path.startsWith('/proxy/') && (req.method === 'GET' || req.method === 'HEAD')) return handleMediaProxy(req, res, url);
    if (path === '/' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>${serverName}</title><h1>Misskey stand-in</h1>`);
      return;
    }
    sendJson(res, 404, { message: `Route ${req.method}:${path} not found`, error: 'Not Found', statusCode: 404 });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/__control/')) {
      res.on('finish', () =>
        control.record({ at: new Date().toISOString(), method: req.method ?? '?', path: url.pathname, status: res.statusCode }),
      );
    }
    route(req, res, url).catch((err: unknown) => {
      console.error('[standin]', err);
      if (!res.headersSent) sendJson(res, 500, { error: String(err) });
      else res.destroy();
    });
  });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/streaming') {
      socket.destroy();
      return;
    }
    const status = streaming.handleUpgrade(req, socket, head);
    control.record({ at: new Date().toISOString(), method: 'GET', path: url.pathname, status });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    streamingUrl: `ws://127.0.0.1:${port}/streaming`,
    tokens: SEED_TOKENS,
    seed,
    close: async () => {
      flooder.stop();
      world.close();
      streaming.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    post: (p) => control.post(p),
    injectNotes: (p) => control.injectNotes(p),
    injectChat: (p) => control.injectChat(p),
    clearInjected: () => control.clearInjected(),
    dropSockets: () => control.dropSockets(),
    revokeToken: (p) => control.revokeToken(p),
    revokeTokensOf: (p) => control.revokeTokensOf(p),
    setMiAuthUser: (p) => control.setMiAuthUser(p),
    setThemeColor: (p) => control.setThemeColor(p),
    setTranslator: (p) => control.setTranslator(p),
    failNext: (p) => control.failNext(p),
    delay: (p) => control.delay(p),
    refuseStreaming: (p) => control.refuseStreaming(p),
    flood: (p) => control.flood(p),
    floodStatus: (p) => control.floodStatus(p),
    stopFlood: (p) => control.stopFlood(p),
    advanceClock: (p) => control.advanceClock(p),
    react: (p) => actions.react(p),
    unreact: (p) => actions.unreact(p),
    vote: (p) => actions.vote(p),
    deleteNote: (p) => actions.deleteNote(p),
    endPoll: (p) => actions.endPoll(p),
    follow: (p) => actions.follow(p),
    notify: (p) => actions.notify(p),
    announce: (p) => actions.announce(p),
    addEmoji: (p) => actions.addEmoji(p),
    createUser: (p) => actions.createUser(p),
    setSearchAllowed: (p) => actions.setSearchAllowed(p),
    setChatScope: (p) => actions.setChatScope(p),
    seeded: () => actions.seeded(),
    stats: () => control.stats(),
    log: () => control.log(),
    miauthSessions: () => control.miauthSessions(),
  };
}
