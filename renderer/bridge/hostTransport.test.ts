import { describe, expect, it } from 'vitest';
import { createHostTransport, lostConnection, type SocketHandlers } from './hostTransport';

class FakeSocket {
  sent: unknown[] = [];
  closed = false;
  constructor(readonly handlers: SocketHandlers) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.closed = true;
  }
  serverSends(frame: unknown) {
    this.handlers.onMessage(JSON.stringify(frame));
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const timers: (() => void)[] = [];
  const opened: string[] = [];
  const transport = createHostTransport({
    url: 'ws://127.0.0.1:1/rpc',
    secret: 's3cret',
    createSocket: (_url, handlers) => {
      const s = new FakeSocket(handlers);
      sockets.push(s);
      return s;
    },
    openUrl: (url) => opened.push(url),
    backoffMs: () => 100,
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => {},
  });
  return { transport, sockets, timers, opened };
}

describe('host transport', () => {
  it('says hello with the secret, queues calls until ready, matches results by id', async () => {
    const { transport, sockets } = setup();
    const ws = sockets[0]!;
    const call = transport.invoke('accounts.list', {});
    ws.handlers.onOpen();
    expect(ws.sent).toEqual([{ t: 'hello', secret: 's3cret' }]);
    ws.serverSends({ t: 'ready' });
    expect(transport.status().state).toBe('connected');
    expect(ws.sent[1]).toEqual({ t: 'call', id: 1, name: 'accounts.list', input: {} });
    ws.serverSends({ t: 'result', id: 1, result: { ok: true, value: [] } });
    await expect(call).resolves.toEqual({ ok: true, value: [] });
  });

  it('passes known events to listeners and ignores unknown ones and bad JSON', () => {
    const { transport, sockets } = setup();
    const ws = sockets[0]!;
    const seen: string[] = [];
    transport.listen((name) => seen.push(name));
    ws.serverSends({ t: 'ready' });
    ws.serverSends({ t: 'event', name: 'timeline.batch', payload: { items: [] } });
    ws.serverSends({ t: 'event', name: 'evil', payload: {} });
    ws.handlers.onMessage('{not json');
    expect(seen).toEqual(['timeline.batch']);
  });

  it('opens only http(s) URLs', () => {
    const { sockets, opened } = setup();
    const ws = sockets[0]!;
    for (const url of ['https://misskey.io/miauth/x', 'javascript:alert(1)', 'file:///etc/passwd', 'http://127.0.0.1/']) {
      ws.serverSends({ t: 'openUrl', url });
    }
    expect(opened).toEqual(['https://misskey.io/miauth/x', 'http://127.0.0.1/']);
  });

  it('fails open calls with NETWORK when the socket closes, then reconnects', async () => {
    const { transport, sockets, timers } = setup();
    const ws = sockets[0]!;
    ws.serverSends({ t: 'ready' });
    const call = transport.invoke('deck.get', {});
    ws.handlers.onClose();
    await expect(call).resolves.toEqual(lostConnection);
    expect(transport.status()).toEqual({ state: 'disconnected', retryInMs: 100 });
    timers.shift()!();
    expect(sockets).toHaveLength(2);
    expect(transport.status().state).toBe('reconnecting');
    sockets[1]!.handlers.onOpen();
    sockets[1]!.serverSends({ t: 'ready' });
    expect(transport.status().state).toBe('connected');
  });
});
