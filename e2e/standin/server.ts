import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api/router';
import { Control, type FailNextParams, type LogEntry, type MiAuthSessionInfo, type PostParams, type Stats } from './control';
import { sendJson } from './errors';
import { Faults } from './faults';
import { fileBytes } from './files';
import { handleMiAuthPage, isMiAuthPath } from './miauthPage';
import { Packer } from './pack';
import { SEED_TOKENS, State } from './state';
import { Streaming } from './streaming';
import type { entities } from 'misskey-js';

export type { FailNextParams, LogEntry, MiAuthSessionInfo, PostParams, Stats } from './control';
export { SEED_TOKENS } from './state';

export interface StandinOptions {
  /** 0 (default) = any free port. */
  port?: number;
  /** Server name reported by /api/meta (default "Stand-in"). */
  name?: string;
  /** Protocol-level WebSocket ping interval (default 60 s). */
  pingIntervalMs?: number;
  /** A socket that has not answered a ping for this long is terminated (default 120 s). */
  idleTimeoutMs?: number;
}

export interface Standin {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /** e.g. `ws://127.0.0.1:41234/streaming` (append `?i=TOKEN`). */
  readonly streamingUrl: string;
  /** Native login tokens of the seeded users: alice, bob, admin. */
  readonly tokens: Readonly<Record<string, string>>;
  close(): Promise<void>;
  post(p: PostParams): { note: entities.Note };
  dropSockets(): { dropped: number };
  revokeToken(p: { token: string }): { revoked: number };
  revokeTokensOf(p: { username: string }): { revoked: number };
  setMiAuthUser(p: { username: string }): { ok: true };
  failNext(p: FailNextParams): { ok: true };
  stats(): Stats;
  log(): { requests: LogEntry[] };
  miauthSessions(): { sessions: MiAuthSessionInfo[] };
}

export async function startStandin(opts: StandinOptions = {}): Promise<Standin> {
  const state = new State();
  let baseUrl = '';
  const packer = new Packer(state, () => baseUrl);
  const faults = new Faults();
  const streaming = new Streaming(state, packer, {
    pingIntervalMs: opts.pingIntervalMs ?? 60_000,
    idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
  });
  const control = new Control(state, packer, streaming, faults);
  const serverName = opts.name ?? 'Stand-in';

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    if (path.startsWith('/__control/')) return control.handle(req, res, path.slice('/__control/'.length));
    if (path.startsWith('/api/')) return handleApi(req, res, path, { state, packer, faults, baseUrl, serverName });
    if (isMiAuthPath(path)) return handleMiAuthPage(req, res, url, state, packer);
    if (path.startsWith('/files/') && (req.method === 'GET' || req.method === 'HEAD')) {
      const png = fileBytes(path.slice('/files/'.length));
      if (png) {
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(png.length), 'cache-control': 'max-age=31536000, immutable' });
        res.end(req.method === 'HEAD' ? undefined : png);
        return;
      }
    }
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
    close: async () => {
      streaming.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    post: (p) => control.post(p),
    dropSockets: () => control.dropSockets(),
    revokeToken: (p) => control.revokeToken(p),
    revokeTokensOf: (p) => control.revokeTokensOf(p),
    setMiAuthUser: (p) => control.setMiAuthUser(p),
    failNext: (p) => control.failNext(p),
    stats: () => control.stats(),
    log: () => control.log(),
    miauthSessions: () => control.miauthSessions(),
  };
}
