import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ConnectionState } from '../../../shared/model/column';
import { StreamConnection } from './streamConnection';

interface FakeStreaming {
  origin: string;
  sockets: WebSocket[];
  frames: { type: string; body: Record<string, unknown> }[];
  upgrades: number;
  refuseWith: number | null;
  close(): Promise<void>;
}

async function fakeStreaming(): Promise<FakeStreaming> {
  const server: Server = createServer();
  const wss = new WebSocketServer({ noServer: true });
  const state: FakeStreaming = {
    origin: '',
    sockets: [],
    frames: [],
    upgrades: 0,
    refuseWith: null,
    close: async () => {
      for (const socket of wss.clients) socket.terminate();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  server.on('upgrade', (request, socket, head) => {
    state.upgrades++;
    if (state.refuseWith !== null) {
      socket.end(`HTTP/1.1 ${state.refuseWith} Unauthorized\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    expect(new URL(request.url!, 'http://x').searchParams.get('i')).toBe('tok');
    wss.handleUpgrade(request, socket, head, (ws) => {
      state.sockets.push(ws);
      ws.on('message', (data) => {
        const frame = JSON.parse(data.toString());
        state.frames.push(frame);
        // Like Misskey, a channel name it does not know gets no answer at all.
        if (frame.type === 'connect' && frame.body.pong === true && frame.body.channel !== 'unknownChannel') ws.send(JSON.stringify({ type: 'connected', body: { id: frame.body.id } }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

const until = async (condition: () => boolean, ms = 3_000) => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
let server: FakeStreaming;
let connection: StreamConnection | undefined;

afterEach(async () => {
  connection?.close();
  await server.close();
});

function connect(extra: Partial<ConstructorParameters<typeof StreamConnection>[0]> = {}) {
  const states: ConnectionState[] = [];
  const events = { reconnected: 0, unauthorized: 0 };
  connection = new StreamConnection({
    origin: server.origin,
    token: 'tok',
    logger,
    backoff: { initialMs: 50, maxMs: 200 },
    onState: (state) => states.push(state),
    onReconnected: () => events.reconnected++,
    onUnauthorized: () => events.unauthorized++,
    ...extra,
  });
  return { connection, states, events };
}

describe('StreamConnection', () => {
  it('connects channels with pong:true and routes channel events by id', async () => {
    server = await fakeStreaming();
    const { connection, states } = connect();
    const received: unknown[] = [];
    connection.subscribe('homeTimeline', { withRenotes: true }, (type, body) => received.push([type, body]));
    await until(() => server.frames.length === 1);
    const connectFrame = server.frames[0]!;
    expect(connectFrame).toMatchObject({ type: 'connect', body: { channel: 'homeTimeline', params: { withRenotes: true }, pong: true } });
    server.sockets[0]!.send(JSON.stringify({ type: 'channel', body: { id: connectFrame.body.id, type: 'note', body: { id: 'n1' } } }));
    server.sockets[0]!.send(JSON.stringify({ type: 'channel', body: { id: 'someone-else', type: 'note', body: { id: 'n2' } } }));
    server.sockets[0]!.send('not json');
    await until(() => received.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(received).toEqual([['note', { id: 'n1' }]]);
    expect(states).toContain('connected');
  });

  it('reconnects after a drop, resubscribes with fresh ids, and signals the backfill', async () => {
    server = await fakeStreaming();
    const { connection, events, states } = connect();
    connection.subscribe('homeTimeline', {}, () => undefined);
    connection.subscribe('localTimeline', {}, () => undefined);
    await until(() => server.frames.length === 2);
    server.sockets[0]!.terminate();
    await until(() => events.reconnected === 1);
    await until(() => server.frames.length === 4);
    const ids = server.frames.map((frame) => frame.body.id);
    expect(new Set(ids).size).toBe(4);
    expect(server.frames.slice(2).map((frame) => frame.body.channel).sort()).toEqual(['homeTimeline', 'localTimeline']);
    expect(states).toContain('reconnecting');
  });

  it('backs off between failed attempts instead of looping', async () => {
    server = await fakeStreaming();
    server.refuseWith = 503;
    connect({ backoff: { initialMs: 100, maxMs: 400 } });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // Delays of ~50-100, 100-200, 200-400, 200-400 ms: at most 6 attempts in one second.
    expect(server.upgrades).toBeGreaterThanOrEqual(3);
    expect(server.upgrades).toBeLessThanOrEqual(6);
  });

  it('stops for good when the server refuses the token', async () => {
    server = await fakeStreaming();
    server.refuseWith = 401;
    const { events, states } = connect();
    await until(() => events.unauthorized === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.upgrades).toBe(1);
    expect(states.at(-1)).toBe('offline');
  });

  it('tells a subscriber whether the server acknowledged its channel', async () => {
    server = await fakeStreaming();
    const { connection } = connect({ ackTimeoutMs: 200 });
    const answers: string[] = [];
    connection.subscribe('homeTimeline', {}, () => undefined, { onAck: () => answers.push('home acked'), onRefused: () => answers.push('home refused') });
    connection.subscribe('unknownChannel', {}, () => undefined, { onAck: () => answers.push('unknown acked'), onRefused: () => answers.push('unknown refused') });
    await until(() => answers.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answers.sort()).toEqual(['home acked', 'unknown refused']);
  });

  it('subscribes watched notes, and again after a reconnect', async () => {
    server = await fakeStreaming();
    const { connection, events } = connect();
    await until(() => server.sockets.length === 1);
    connection.watchNotes(new Set(['n1', 'n2']));
    connection.watchNotes(new Set(['n2', 'n3']));
    await until(() => server.frames.length === 4);
    expect(server.frames).toEqual([
      { type: 'subNote', body: { id: 'n1' } },
      { type: 'subNote', body: { id: 'n2' } },
      { type: 'unsubNote', body: { id: 'n1' } },
      { type: 'subNote', body: { id: 'n3' } },
    ]);
    server.sockets[0]!.terminate();
    await until(() => events.reconnected === 1);
    await until(() => server.frames.length === 6);
    expect(server.frames.slice(4).map((frame) => frame.body.id).sort()).toEqual(['n2', 'n3']);
  });

  it('sends disconnect when the last listener leaves', async () => {
    server = await fakeStreaming();
    const { connection } = connect();
    const unsubscribe = connection.subscribe('globalTimeline', {}, () => undefined);
    await until(() => server.frames.length === 1);
    unsubscribe();
    await until(() => server.frames.length === 2);
    expect(server.frames[1]).toEqual({ type: 'disconnect', body: { id: server.frames[0]!.body.id } });
  });

  it('closes a socket whose pings go unanswered', async () => {
    server = await fakeStreaming();
    const { events } = connect({ heartbeatMs: 100 });
    await until(() => server.sockets.length === 1);
    // Stop the server side from answering pings: ws answers automatically, so pause the socket.
    server.sockets[0]!.pause();
    await until(() => events.reconnected === 1, 3_000);
  });
});
