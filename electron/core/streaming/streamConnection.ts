import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import type { ConnectionState } from '../../../shared/model/column';
import type { Logger } from '../platform';
import { backoffDelay, type BackoffOptions } from './backoff';

export type ChannelListener = (type: string, body: unknown) => void;
export type TopLevelListener = (type: string, body: unknown) => void;

/** Whether the server acknowledged a channel: Misskey answers `connected` to `pong: true`, or nothing. */
export interface ChannelStateListener {
  onAck(): void;
  onRefused(): void;
}

export interface StreamConnectionOptions {
  origin: string;
  token: string;
  logger: Logger;
  backoff?: BackoffOptions;
  /** How often we ping the server; a ping unanswered by the next beat closes the socket. */
  heartbeatMs?: number;
  /** How long to wait for a channel's `connected` before calling it refused. */
  ackTimeoutMs?: number;
  onState(state: ConnectionState, retryInMs?: number): void;
  /** After a reconnect, once every channel is subscribed again: time to backfill the gap. */
  onReconnected(): void;
  /** The server refused the token at the upgrade (HTTP 401). No more attempts are made. */
  onUnauthorized(): void;
  onTopLevel?: TopLevelListener;
}

interface Subscription {
  key: number;
  channel: string;
  params: Record<string, unknown>;
  listener: ChannelListener;
  state?: ChannelStateListener;
  /** Changes on every connect: Misskey does not reject a reused id, it delivers twice. */
  wireId: string;
  ackTimer?: NodeJS.Timeout;
}

const defaultBackoff: BackoffOptions = { initialMs: 1_000, maxMs: 30_000 };

/** One WebSocket to an account's `/streaming`, carrying many channel subscriptions. */
export class StreamConnection {
  private socket: WebSocket | null = null;
  private readonly subscriptions = new Map<number, Subscription>();
  private readonly byWireId = new Map<string, number>();
  private nextKey = 1;
  private wireCounter = 0;
  private readonly wirePrefix = randomBytes(3).toString('hex');
  private attempt = 0;
  private hasConnectedBefore = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private awaitingPong = false;
  private watchedNotes = new Set<string>();

  constructor(private readonly options: StreamConnectionOptions) {
    this.open();
  }

  subscribe(channel: string, params: Record<string, unknown>, listener: ChannelListener, state?: ChannelStateListener): () => void {
    const key = this.nextKey++;
    const subscription: Subscription = { key, channel, params, listener, wireId: this.newWireId(), ...(state ? { state } : {}) };
    this.subscriptions.set(key, subscription);
    this.sendConnect(subscription);
    return () => {
      const existing = this.subscriptions.get(key);
      if (!existing) return;
      clearTimeout(existing.ackTimer);
      this.subscriptions.delete(key);
      this.byWireId.delete(existing.wireId);
      this.send({ type: 'disconnect', body: { id: existing.wireId } });
    };
  }

  /** A `ch` message to the server side of the channel `listener` subscribed (chat's `read`). */
  sendOnChannel(listener: ChannelListener, type: string, body: unknown): void {
    for (const subscription of this.subscriptions.values()) {
      if (subscription.listener === listener) this.send({ type: 'ch', body: { id: subscription.wireId, type, body } });
    }
  }

  /** The notes whose `noteUpdated` events we want: `subNote` for new ones, `unsubNote` for dropped ones. */
  watchNotes(noteIds: ReadonlySet<string>): void {
    for (const id of this.watchedNotes) if (!noteIds.has(id)) this.send({ type: 'unsubNote', body: { id } });
    for (const id of noteIds) if (!this.watchedNotes.has(id)) this.send({ type: 'subNote', body: { id } });
    this.watchedNotes = new Set(noteIds);
  }

  get channelCount(): number {
    return this.subscriptions.size;
  }

  get watchedNoteCount(): number {
    return this.watchedNotes.size;
  }

  /** Sends a frame if the socket is open; used for `subNote`/`unsubNote`. */
  send(frame: unknown): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    for (const subscription of this.subscriptions.values()) clearTimeout(subscription.ackTimer);
    clearInterval(this.heartbeatTimer);
    this.socket?.terminate();
    this.socket = null;
    this.options.onState('offline');
  }

  /** Drops the socket as a network failure would; the normal reconnect path follows. */
  dropForTest(): void {
    this.socket?.terminate();
  }

  private open(): void {
    if (this.closed) return;
    this.options.onState(this.hasConnectedBefore ? 'reconnecting' : 'connecting');
    const url = new URL('/streaming', this.options.origin);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('i', this.options.token);
    const socket = new WebSocket(url, { handshakeTimeout: 15_000, maxPayload: 16 * 1024 * 1024 });
    this.socket = socket;

    socket.on('open', () => this.onOpen(socket));
    socket.on('message', (data) => this.onMessage(data.toString()));
    socket.on('pong', () => {
      this.awaitingPong = false;
    });
    socket.on('unexpected-response', (_request, response) => {
      if (response.statusCode === 401) {
        this.options.logger.warn('streaming refused the token', { origin: this.options.origin });
        this.closed = true;
        this.options.onUnauthorized();
        this.options.onState('offline');
      }
      socket.terminate();
    });
    socket.on('error', (error) => {
      this.options.logger.warn('streaming socket error', { origin: this.options.origin, error: error.message });
    });
    socket.on('close', () => this.onClose(socket));
  }

  private onOpen(socket: WebSocket): void {
    if (socket !== this.socket) return;
    this.attempt = 0;
    this.byWireId.clear();
    for (const subscription of this.subscriptions.values()) {
      subscription.wireId = this.newWireId();
      this.sendConnect(subscription);
    }
    for (const id of this.watchedNotes) this.send({ type: 'subNote', body: { id } });
    this.startHeartbeat(socket);
    this.options.onState('connected');
    if (this.hasConnectedBefore) this.options.onReconnected();
    this.hasConnectedBefore = true;
  }

  private onClose(socket: WebSocket): void {
    if (socket !== this.socket) return;
    clearInterval(this.heartbeatTimer);
    for (const subscription of this.subscriptions.values()) clearTimeout(subscription.ackTimer);
    this.socket = null;
    if (this.closed) return;
    const delay = backoffDelay(this.attempt++, this.options.backoff ?? defaultBackoff);
    this.hasConnectedBefore = true;
    this.options.onState('reconnecting', delay);
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  private onMessage(text: string): void {
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof frame !== 'object' || frame === null) return;
    const { type, body } = frame as { type?: unknown; body?: unknown };
    if (type === 'channel' && typeof body === 'object' && body !== null) {
      const { id, type: eventType, body: eventBody } = body as { id?: unknown; type?: unknown; body?: unknown };
      const key = typeof id === 'string' ? this.byWireId.get(id) : undefined;
      const subscription = key === undefined ? undefined : this.subscriptions.get(key);
      if (subscription && typeof eventType === 'string') subscription.listener(eventType, eventBody);
      return;
    }
    if (type === 'connected' && typeof body === 'object' && body !== null) {
      const id = (body as { id?: unknown }).id;
      const key = typeof id === 'string' ? this.byWireId.get(id) : undefined;
      const subscription = key === undefined ? undefined : this.subscriptions.get(key);
      if (subscription) {
        clearTimeout(subscription.ackTimer);
        subscription.state?.onAck();
      }
      return;
    }
    if (typeof type === 'string') this.options.onTopLevel?.(type, body);
  }

  private sendConnect(subscription: Subscription): void {
    this.byWireId.set(subscription.wireId, subscription.key);
    if (this.socket?.readyState !== WebSocket.OPEN) return;
    this.send({ type: 'connect', body: { channel: subscription.channel, id: subscription.wireId, params: subscription.params, pong: true } });
    clearTimeout(subscription.ackTimer);
    subscription.ackTimer = setTimeout(() => subscription.state?.onRefused(), this.options.ackTimeoutMs ?? 10_000);
  }

  private newWireId(): string {
    return `${this.wirePrefix}-${++this.wireCounter}`;
  }

  private startHeartbeat(socket: WebSocket): void {
    clearInterval(this.heartbeatTimer);
    this.awaitingPong = false;
    this.heartbeatTimer = setInterval(() => {
      if (this.awaitingPong) {
        this.options.logger.warn('streaming heartbeat missed; reconnecting', { origin: this.options.origin });
        socket.terminate();
        return;
      }
      this.awaitingPong = true;
      socket.ping();
    }, this.options.heartbeatMs ?? 30_000);
  }
}
