import type { BridgeTransport } from '../../shared/contract/bridge';
import type { HostClientFrame, HostServerFrame } from '../../shared/contract/channels';
import type { CommandName } from '../../shared/contract/commands';
import type { EventName } from '../../shared/contract/events';
import { isEventName } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import { coreMessage } from '../../shared/messages/coreMessage';
import type { TransportStatus } from './transportStatus';

/** What the transport needs of a WebSocket (so tests can pass a fake). */
export interface SocketLike {
  send(data: string): void;
  close(): void;
}
export interface SocketHandlers {
  onOpen(): void;
  onMessage(data: unknown): void;
  onClose(): void;
}

export interface HostTransportOptions {
  url: string;
  secret: string;
  createSocket: (url: string, handlers: SocketHandlers) => SocketLike;
  /** Called for `openUrl` frames whose URL is http(s). */
  openUrl: (url: string) => void;
  /** Backoff for reconnecting: attempt 0, 1, 2... → delay in ms. */
  backoffMs?: (attempt: number) => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface HostTransport extends BridgeTransport {
  status(): TransportStatus;
  onStatus(listener: (status: TransportStatus) => void): () => void;
  close(): void;
}

export const lostConnection: Result<never> = {
  ok: false,
  error: { code: 'NETWORK', ...coreMessage('lostCore') },
};

export const defaultBackoffMs = (attempt: number): number =>
  Math.min(10_000, 300 * 2 ** attempt) * (0.8 + Math.random() * 0.4);

/** Only http: and https: URLs may leave the app for the browser. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function parseFrame(data: unknown): HostServerFrame | null {
  if (typeof data !== 'string') return null;
  try {
    const frame: unknown = JSON.parse(data);
    if (typeof frame !== 'object' || frame === null || !('t' in frame)) return null;
    return frame as HostServerFrame;
  } catch {
    return null;
  }
}

/**
 * The host's loopback WebSocket as a bridge transport: hello with the secret, wait for ready,
 * then calls by id. Calls made before ready wait in a queue; on a lost socket every open call
 * resolves to a NETWORK error and the transport reconnects with backoff.
 */
export function createHostTransport(options: HostTransportOptions): HostTransport {
  const backoff = options.backoffMs ?? defaultBackoffMs;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));

  const eventListeners = new Set<(name: EventName, payload: unknown) => void>();
  const statusListeners = new Set<(status: TransportStatus) => void>();
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let queue: HostClientFrame[] = [];
  let nextId = 1;
  let socket: SocketLike | null = null;
  let ready = false;
  let closed = false;
  let attempt = 0;
  let retryTimer: unknown = null;
  let current: TransportStatus = { state: 'connecting' };

  const setStatus = (status: TransportStatus) => {
    current = status;
    for (const listener of statusListeners) listener(status);
  };

  const failAll = () => {
    const waiting = [...pending.values()];
    pending.clear();
    queue = [];
    for (const resolve of waiting) resolve(lostConnection);
  };

  const onFrame = (frame: HostServerFrame) => {
    switch (frame.t) {
      case 'ready': {
        performance.mark('missdeck:connected');
        ready = true;
        attempt = 0;
        const toSend = queue;
        queue = [];
        for (const f of toSend) socket?.send(JSON.stringify(f));
        setStatus({ state: 'connected' });
        return;
      }
      case 'result': {
        const resolve = pending.get(frame.id);
        if (!resolve) return;
        pending.delete(frame.id);
        resolve(frame.result as Result<unknown>);
        return;
      }
      case 'event': {
        if (!isEventName(frame.name)) return;
        for (const listener of eventListeners) listener(frame.name, frame.payload);
        return;
      }
      case 'openUrl': {
        if (typeof frame.url === 'string' && isWebUrl(frame.url)) options.openUrl(frame.url);
        return;
      }
    }
  };

  const connect = () => {
    retryTimer = null;
    if (closed) return;
    setStatus({ state: attempt === 0 ? 'connecting' : 'reconnecting' });
    ready = false;
    let ws: SocketLike | null = null;
    try {
      ws = options.createSocket(options.url, {
        onOpen() {
          const hello: HostClientFrame = { t: 'hello', secret: options.secret };
          ws?.send(JSON.stringify(hello));
        },
        onMessage(data) {
          if (socket !== ws) return;
          const frame = parseFrame(data);
          if (frame) onFrame(frame);
        },
        onClose() {
          if (socket !== ws || ws === null) return;
          socket = null;
          ready = false;
          failAll();
          scheduleRetry();
        },
      });
    } catch {
      scheduleRetry();
      return;
    }
    socket = ws;
  };

  const scheduleRetry = () => {
    if (closed) return;
    const delay = Math.round(backoff(attempt));
    attempt += 1;
    setStatus({ state: 'disconnected', retryInMs: delay });
    retryTimer = setTimer(connect, delay);
  };

  connect();

  return {
    invoke(name: CommandName, input: unknown) {
      if (closed) return Promise.resolve(lostConnection);
      const id = nextId++;
      const frame: HostClientFrame = { t: 'call', id, name, input };
      return new Promise<Result<unknown>>((resolve) => {
        pending.set(id, resolve);
        if (ready && socket) socket.send(JSON.stringify(frame));
        else queue.push(frame);
      });
    },
    listen(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    status: () => current,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    close() {
      closed = true;
      if (retryTimer !== null) clearTimer(retryTimer);
      const ws = socket;
      socket = null;
      failAll();
      ws?.close();
    },
  };
}
