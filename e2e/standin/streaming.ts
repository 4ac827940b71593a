import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { ChatStreamEvent } from './chat';
import type { BusEvent } from './events';
import { FEEDS } from './feeds';
import type { NoteRec } from './state';
import type { World } from './world';

interface Subscription {
  id: string;
  channel: string;
  params: Record<string, unknown>;
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

/** Channels a connection without `i` is silently refused (no ack). */
const CREDENTIAL_CHANNELS = new Set(['main', 'homeTimeline', 'hybridTimeline', 'userList', 'antenna', 'chatUser', 'chatRoom']);
const CHANNELS = new Set(['main', 'chatUser', 'chatRoom', ...Object.keys(FEEDS)]);

export class Streaming {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly clients = new Set<Client>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: (() => void)[];
  connectAttempts = 0;
  /** Upgrades are answered 503 until this time (control: refuseStreaming). */
  refuseUntil = 0;

  constructor(
    private readonly world: World,
    private readonly opts: Required<StreamingOptions>,
  ) {
    // One server-wide timer, as Misskey does: pings go out 0..interval after a socket opens.
    this.timer = setInterval(() => this.keepAlive(), opts.pingIntervalMs);
    this.unsubscribe = [
      world.state.onNote((n) => this.publishNote(n)),
      world.state.onNoteDeleted((n) =>
        this.onBus({ kind: 'noteUpdated', noteId: n.id, type: 'deleted', body: { deletedAt: new Date().toISOString() } }),
      ),
      world.bus.on((e) => this.onBus(e)),
    ];
  }

  /** Returns the HTTP status the upgrade was answered with (101, 401 or 503). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): number {
    this.connectAttempts++;
    if (Date.now() < this.refuseUntil) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return 503;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const auth = req.headers.authorization;
    const token = (auth?.startsWith('Bearer ') ? auth.slice(7).trim() : url.searchParams.get('i')) || null;
    let userId: string | null = null;
    if (token) {
      const rec = this.world.state.validToken(token);
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
      case 'ch':
        return this.channelMessage(client, b);
      default:
        return;
    }
  }

  private connectChannel(client: Client, b: Record<string, unknown>): void {
    const { channel, id, pong, params } = b;
    if (typeof channel !== 'string' || typeof id !== 'string') return;
    if (pong !== undefined && typeof pong !== 'boolean') return;
    if (!CHANNELS.has(channel)) return;
    if (CREDENTIAL_CHANNELS.has(channel) && !client.userId) return;
    // Duplicate ids are not rejected: Misskey keeps both subscriptions alive.
    const p = typeof params === 'object' && params !== null && !Array.isArray(params) ? (params as Record<string, unknown>) : {};
    client.subs.push({ id, channel, params: p });
    if (pong === true) this.send(client, { type: 'connected', body: { id } });
  }

  /** `{type:'ch', body:{id, type, body}}`: the chat channels' `read` (the message id in it is ignored, as Misskey does). */
  private channelMessage(client: Client, b: Record<string, unknown>): void {
    const sub = client.subs.find((s) => s.id === b.id);
    if (!sub || !client.userId || b.type !== 'read') return;
    if (sub.channel === 'chatUser' && typeof sub.params.otherId === 'string') this.world.chat.read(client.userId, `user:${sub.params.otherId}`);
    if (sub.channel === 'chatRoom' && typeof sub.params.roomId === 'string') this.world.chat.read(client.userId, `room:${sub.params.roomId}`);
  }

  /** Misskey checks room membership when a chatRoom channel connects; a member who leaves stops getting frames. */
  private mayReadChat(userId: string | null, e: ChatStreamEvent): boolean {
    if (e.kind === 'chatUser') return true;
    const room = this.world.chat.rooms.get(e.roomId);
    return room !== undefined && userId !== null && this.world.chat.isMember(room, userId);
  }

  private publishNote(n: NoteRec): void {
    let packed: string | undefined;
    for (const c of this.clients) {
      for (const s of c.subs) {
        const feed = FEEDS[s.channel];
        if (!feed || !feed({ state: this.world.state, social: this.world.social, viewerId: c.userId, params: s.params }, n)) continue;
        // Timeline channels carry Misskey's reactionAndUserPairCache; the antenna channel does not: it
        // packs the note again for its subscriber (their reaction, what they may see).
        let body: string;
        if (s.channel === 'antenna') body = JSON.stringify(this.world.packer.note(n, { viewerId: c.userId }));
        else body = packed ??= JSON.stringify(this.world.packer.note(n, { forStream: true, skipHide: true }));
        this.sendRaw(c, `{"type":"channel","body":{"id":${JSON.stringify(s.id)},"type":"note","body":${body}}}`);
      }
    }
  }

  private onBus(e: BusEvent): void {
    for (const c of this.clients) {
      if (e.kind === 'main') {
        if (c.userId !== e.userId) continue;
        for (const s of c.subs) if (s.channel === 'main') this.send(c, { type: 'channel', body: { id: s.id, type: e.type, body: e.body } });
      } else if (e.kind === 'chatUser' || e.kind === 'chatRoom') {
        for (const s of c.subs) if (chatSubscriptionWants(c.userId, s, e) && this.mayReadChat(c.userId, e)) this.send(c, { type: 'channel', body: { id: s.id, type: e.type, body: e.body } });
      } else if (e.kind === 'noteUpdated') {
        if (c.subNotes.has(e.noteId)) this.send(c, { type: 'noteUpdated', body: { id: e.noteId, type: e.type, body: e.body } });
      } else {
        this.send(c, { type: e.type, body: e.body });
      }
    }
  }

  private send(c: Client, msg: unknown): void {
    this.sendRaw(c, JSON.stringify(msg));
  }

  private sendRaw(c: Client, text: string): void {
    if (c.ws.readyState === c.ws.OPEN) c.ws.send(text);
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

  /**
   * Sends raw note bodies, as they are, to every `channel` subscription of `userId`'s sockets
   * (control: injectNotes). One frame per note and subscription.
   */
  pushRaw(userId: string, channel: string, notes: readonly unknown[]): { sockets: number; subscriptions: number; frames: number } {
    const bodies = notes.map((note) => JSON.stringify(note) ?? 'null');
    let sockets = 0;
    let subscriptions = 0;
    let frames = 0;
    for (const c of this.clients) {
      if (c.userId !== userId) continue;
      const subs = c.subs.filter((s) => s.channel === channel);
      if (subs.length === 0) continue;
      sockets++;
      subscriptions += subs.length;
      for (const s of subs) {
        for (const body of bodies) {
          this.sendRaw(c, `{"type":"channel","body":{"id":${JSON.stringify(s.id)},"type":"note","body":${body}}}`);
          frames++;
        }
      }
    }
    return { sockets, subscriptions, frames };
  }

  /** Abruptly kills every socket (no close frame). */
  dropAll(): number {
    const n = this.clients.size;
    for (const c of this.clients) c.ws.terminate();
    this.clients.clear();
    return n;
  }

  stats(): { connections: number; connectAttempts: number; subscriptions: number; watchedNotes: number } {
    let subscriptions = 0;
    let watchedNotes = 0;
    for (const c of this.clients) {
      subscriptions += c.subs.length;
      watchedNotes += c.subNotes.size;
    }
    return { connections: this.clients.size, connectAttempts: this.connectAttempts, subscriptions, watchedNotes };
  }

  close(): void {
    clearInterval(this.timer);
    for (const u of this.unsubscribe) u();
    this.dropAll();
    this.wss.close();
  }
}

function chatSubscriptionWants(userId: string | null, s: Subscription, e: ChatStreamEvent): boolean {
  if (e.kind === 'chatUser') return s.channel === 'chatUser' && userId === e.userId && s.params.otherId === e.otherId;
  return s.channel === 'chatRoom' && s.params.roomId === e.roomId;
}
