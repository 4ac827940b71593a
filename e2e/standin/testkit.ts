import WebSocket from 'ws';
import { afterEach, beforeEach } from 'vitest';
import { startStandin, type Standin } from './server';

// Helpers for the stand-in's own unit tests (real HTTP and WebSocket, no mocks).

export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function call(base: string, path: string, init: RequestInit = {}): Promise<ApiAnswer> {
  const res = await fetch(base + path, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON (HTML page, empty 405 body): callers look at `text`
  }
  return { status: res.status, headers: res.headers, text, json };
}

export function api(base: string, name: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<ApiAnswer> {
  return call(base, `/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export interface Frame {
  type: string;
  body: { id: string; type?: string; body?: Record<string, unknown> };
}

export class WsClient {
  readonly frames: Frame[] = [];
  private waiters: (() => void)[] = [];
  closed = false;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (d) => {
      this.frames.push(JSON.parse(d.toString()) as Frame);
      this.wake();
    });
    ws.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  static open(url: string, opts: WebSocket.ClientOptions = {}): Promise<WsClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, opts);
      const client = new WsClient(ws);
      ws.once('open', () => resolve(client));
      ws.once('error', reject);
    });
  }

  send(msg: unknown): void {
    this.ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
  }

  /** Resolves once `pred` holds (checked on every frame/close), or rejects after `ms`. */
  async until(pred: () => boolean, ms = 3000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!pred()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for WebSocket condition');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.ws.close();
  }
}

/** Attempts a WebSocket upgrade and reports the HTTP status and headers of a refusal. */
export function upgradeRefusal(url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> } | 'opened'> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
      ws.terminate();
    });
    ws.once('open', () => {
      resolve('opened');
      ws.close();
    });
    ws.once('error', (e) => reject(e));
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** POST /__control/<name>; returns the parsed JSON answer (throws on a non-200). */
export async function ctl<T = Record<string, unknown>>(base: string, name: string, body: unknown = {}): Promise<T> {
  const r = await call(base, `/__control/${name}`, { method: 'POST', body: JSON.stringify(body) });
  if (r.status !== 200) throw new Error(`control ${name} → ${r.status} ${r.text}`);
  return r.json as T;
}

/** Runs the MiAuth flow over HTTP and returns the access token (permissions as given). */
export async function miauthToken(base: string, permissions: string[]): Promise<string> {
  const session = crypto.randomUUID();
  await call(base, `/miauth/${session}?name=Test&permission=${permissions.join(',')}`);
  await call(base, `/miauth/${session}/accept`, { method: 'POST' });
  const r = await api(base, `miauth/${session}/check`, {});
  return (r.json as { token: string }).token;
}

export type PackedNote = {
  id: string;
  text: string | null;
  user: { username: string; host: string | null };
  visibility: string;
  reactions: Record<string, number>;
  myReaction?: string;
  poll?: { choices: { text: string; votes: number; isVoted: boolean }[] };
  files: { id: string; url: string }[];
  channelId?: string;
  isHidden?: boolean;
};

/** Connects to a channel with pong:true and waits for the ack. */
export async function connectChannel(c: WsClient, channel: string, id: string, params: Record<string, unknown> = {}): Promise<void> {
  c.send({ type: 'connect', body: { channel, id, params, pong: true } });
  await c.until(() => c.frames.some((f) => f.type === 'connected' && f.body.id === id));
}

/**
 * A fresh stand-in per test, and every streaming client a test opens closed after it. `s` is the
 * stand-in of the running test; `open(token)` connects to its streaming endpoint (no token: anonymous).
 */
export function useStandin(options?: Parameters<typeof startStandin>[0]): { readonly s: Standin; open(token?: string): Promise<WsClient> } {
  let standin: Standin | undefined;
  const clients: WsClient[] = [];
  beforeEach(async () => {
    standin = await startStandin(options);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await standin?.close();
  });
  return {
    get s() {
      return standin!;
    },
    async open(token) {
      const url = token === undefined ? standin!.streamingUrl : `${standin!.streamingUrl}?i=${token}`;
      const c = await WsClient.open(url);
      clients.push(c);
      return c;
    },
  };
}
