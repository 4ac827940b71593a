import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { inGlobal, inHome, inHybrid, inLocal } from './feeds';
import type { Packer } from './pack';
import type { NoteRec, State } from './state';

interface Subscription {
  id: string;
  channel: string;
}

interface Client {
  ws: WebSocket;
  userId: string | null;
  token: string | null;
  subs: Subscription[];
  subNotes: Set<string>;
  lastPong: number;
}

export interface StreamingOptions {
  pingIntervalMs?: number;
  idleTimeoutMs?: number;
}

const CREDENTIAL_CHANNELS = new Set(['main', 'homeTimeline', 'hybridTimeline']);
const CHANNELS = new Set(['main', 'homeTimeline', 'localTimeline', 'hybridTimeline', 'globalTimeline']);

export class Streaming {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly clients = new Set<Client>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: (() => void)[];
  connectAttempts = 0;

  constructor(
    private readonly state: State,
    private readonly packer: Packer,
    private readonly opts: Required<StreamingOptions>,
  ) {
    // One server-wide timer, as Misskey does: pings go out 0..interval after a socket opens.
    this.timer = setInterval(() => this.keepAlive(), opts.pingIntervalMs);
    this.unsubscribe = [state.onNote((n) => this.publishNote(n)), state.onNoteDeleted((n) => this.publishDeleted(n))];
  }

  /** Returns the HTTP status the upgrade was answered with (101 or 401). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): number {
    this.connectAttempts++;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const auth = req.headers.authorization;
    const token = (auth?.startsWith('Bearer ') ? auth.slice(7).trim() : url.searchParams.get('i')) || null;
    let userId: string | null = null;
    if (token) {
      const rec = this.state.validToken(token);
      if (!rec) {
        socket.end(
          'HTTP/1.1 401 Unauthorized\r\n' +
            'WWW-Authenticate: Bearer realm="Misskey", error="invalid_token", error_description="Failed to authenticate"\r\n' +
            'Content-Length: 0\r\nConnection: close\r\n\r\n',
        );
        return 401;
      }
      userId = rec.userId;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, userId, token));
    return 101;
  }

  private accept(ws: WebSocket, userId: string | null, token: string | null): void {
    const client: Client = { ws, userId, token, subs: [], subNotes: new Set(), lastPong: Date.now() };
    this.clients.add(client);
    ws.on('pong', () => {
      client.lastPong = Date.now();
    });
    ws.on('message', (data) => this.onMessage(client, data));
    ws.on('close', () => this.clients.delete(client));
    ws.on('error', () => this.clients.delete(client));
  }

  private onMessage(client: Client, data: RawData): void {
    let msg: unknown;
    try {
      msg = JSON.parse(data.toString());
    } catch {
      return;
    }
    if (typeof msg !== 'object' || msg === null) return;
    const { type, body } = msg as { type?: unknown; body?: unknown };
    if (typeof body !== 'object' || body === null) return;
    const b = body as Record<string, unknown>;
    switch (type) {
      case 'connect':
        return this.connectChannel(client, b);
      case 'disconnect':
        client.subs = client.subs.filter((s) => s.id !== b.id);
        return;
      case 'subNote':
        if (typeof b.id === 'string') client.subNotes.add(b.id);
        return;
      case 'unsubNote':
        if (typeof b.id === 'string') client.subNotes.delete(b.id);
        return;
      default:
        return;
    }
  }

  private connectChannel(client: Client, b: Record<string, unknown>): void {
    const { channel, id, pong } = b;
    if (typeof channel !== 'string' || typeof id !== 'string') return;
    if (pong !== undefined && typeof pong !== 'boolean') return;
    if (!CHANNELS.has(channel)) return;
    if (CREDENTIAL_CHANNELS.has(channel) && !client.userId) return;
    // Duplicate ids are not rejected: Misskey keeps both subscriptions alive.
    client.subs.push({ id, channel });
    if (pong === true) this.send(client, { type: 'connected', body: { id } });
  }

  private matches(channel: string, userId: string | null, n: NoteRec): boolean {
    switch (channel) {
      case 'homeTimeline':
        return userId !== null && inHome(this.state, userId, n);
      case 'hybridTimeline':
        return userId !== null && inHybrid(this.state, userId, n);
      case 'localTimeline':
        return inLocal(n);
      case 'globalTimeline':
        return inGlobal(n);
      default:
        return false;
    }
  }

  private publishNote(n: NoteRec): void {
    const packed = this.packer.note(n);
    for (const c of this.clients) {
      for (const s of c.subs) {
        if (this.matches(s.channel, c.userId, n)) this.send(c, { type: 'channel', body: { id: s.id, type: 'note', body: packed } });
      }
    }
  }

  private publishDeleted(n: NoteRec): void {
    const deletedAt = new Date().toISOString();
    for (const c of this.clients) {
      if (c.subNotes.has(n.id)) this.send(c, { type: 'noteUpdated', body: { id: n.id, type: 'deleted', body: { deletedAt } } });
    }
  }

  private send(c: Client, msg: unknown): void {
    if (c.ws.readyState === c.ws.OPEN) c.ws.send(JSON.stringify(msg));
  }

  private keepAlive(): void {
    const now = Date.now();
    for (const c of this.clients) {
      if (now - c.lastPong > this.opts.idleTimeoutMs) {
        c.ws.terminate();
        this.clients.delete(c);
      } else if (c.ws.readyState === c.ws.OPEN) {
        c.ws.ping();
      }
    }
  }

  /** Abruptly kills every socket (no close frame). */
  dropAll(): number {
    const n = this.clients.size;
    for (const c of this.clients) c.ws.terminate();
    this.clients.clear();
    return n;
  }

  stats(): { connections: number; connectAttempts: number; subscriptions: number } {
    let subscriptions = 0;
    for (const c of this.clients) subscriptions += c.subs.length;
    return { connections: this.clients.size, connectAttempts: this.connectAttempts, subscriptions };
  }

  close(): void {
    clearInterval(this.timer);
    for (const u of this.unsubscribe) u();
    this.dropAll();
    this.wss.close();
  }
}
