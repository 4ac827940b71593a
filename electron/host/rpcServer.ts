import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { HostClientFrame, HostServerFrame } from '../../shared/contract/channels';
import type { Core } from '../core/core';
import type { Logger } from '../core/platform';

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * The contract over a loopback WebSocket: only pages from the host's own origin, and only after
 * they present the secret the host printed, may call commands or hear events.
 */
export class RpcServer {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 32 * 1024 * 1024 });
  private readonly clients = new Set<WebSocket>();

  constructor(
    private readonly core: Core,
    private readonly secret: string,
    private readonly origin: string,
    private readonly logger: Logger,
  ) {
    core.onEvent((name, payload) => this.broadcast({ t: 'event', name, payload }));
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (request.headers.origin !== this.origin) {
      this.logger.warn('refused an RPC connection from another origin', { origin: request.headers.origin ?? null });
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
  }

  /** Sends to every authenticated page; false when none is connected. */
  broadcast(frame: HostServerFrame): boolean {
    const text = JSON.stringify(frame);
    for (const client of this.clients) client.send(text);
    return this.clients.size > 0;
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private accept(ws: WebSocket): void {
    let authenticated = false;
    const helloTimer = setTimeout(() => ws.close(4401, 'hello expected'), 5_000);
    ws.on('close', () => {
      clearTimeout(helloTimer);
      this.clients.delete(ws);
    });
    ws.on('message', (data) => {
      let frame: HostClientFrame;
      try {
        frame = JSON.parse(data.toString()) as HostClientFrame;
      } catch {
        ws.close(4400, 'bad frame');
        return;
      }
      if (!authenticated) {
        if (frame.t !== 'hello' || typeof frame.secret !== 'string' || !sameSecret(frame.secret, this.secret)) {
          ws.close(4401, 'wrong secret');
          return;
        }
        authenticated = true;
        clearTimeout(helloTimer);
        this.clients.add(ws);
        ws.send(JSON.stringify({ t: 'ready' } satisfies HostServerFrame));
        return;
      }
      if (frame.t === 'call' && typeof frame.id === 'number') {
        void this.core.dispatch(frame.name, frame.input).then((result) => {
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ t: 'result', id: frame.id, result } satisfies HostServerFrame));
        });
      }
    });
  }
}
