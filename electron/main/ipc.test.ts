import { describe, expect, it, vi } from 'vitest';
import { commandChannel, eventChannel } from '../../shared/contract/channels';
import { commandNames } from '../../shared/contract/commands';
import type { EventName } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import { bindCommands, forwardEvents } from './ipc';
import { createSenderCheck, type SenderEventLike, type TrustedWindowLike } from './senderCheck';
import { fakeLogger } from './testLogger';

type Handler = (event: { trusted: boolean }, input: unknown) => Promise<Result<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

const isTrusted = (event: { trusted: boolean }) => event.trusted;

describe('bindCommands', () => {
  it('binds exactly one handler per contract command, on its contract channel', () => {
    const ipc = fakeIpcMain();
    bindCommands(ipc, { dispatch: vi.fn() }, isTrusted, fakeLogger());
    expect([...ipc.handlers.keys()].sort()).toEqual(commandNames.map(commandChannel).sort());
  });

  it('hands a trusted call to core.dispatch with its input and returns the result', async () => {
    const ipc = fakeIpcMain();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: { version: '0.1.0', shell: 'electron' } }));
    bindCommands(ipc, { dispatch }, isTrusted, fakeLogger());
    for (const name of commandNames) {
      const input = { probe: name };
      await ipc.handlers.get(commandChannel(name))?.({ trusted: true }, input);
      expect(dispatch).toHaveBeenLastCalledWith(name, input);
    }
    const result = await ipc.handlers.get(commandChannel('app.info'))?.({ trusted: true }, {});
    expect(result).toEqual({ ok: true, value: { version: '0.1.0', shell: 'electron' } });
  });

  it('refuses an untrusted sender with an error envelope, never reaching the core', async () => {
    const ipc = fakeIpcMain();
    const dispatch = vi.fn();
    const logger = fakeLogger();
    bindCommands(ipc, { dispatch }, isTrusted, logger);
    for (const name of commandNames) {
      const result = await ipc.handlers.get(commandChannel(name))?.({ trusted: false }, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalled();
  });

  it('treats a throwing sender check as untrusted', async () => {
    const ipc = fakeIpcMain();
    const dispatch = vi.fn();
    bindCommands(ipc, { dispatch }, () => {
      throw new Error('frame disposed');
    }, fakeLogger());
    const result = await ipc.handlers.get(commandChannel('deck.get'))?.({ trusted: true }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a core that throws anyway into an INTERNAL envelope without leaking the message', async () => {
    const ipc = fakeIpcMain();
    bindCommands(ipc, { dispatch: vi.fn(async () => Promise.reject(new Error('token=secret'))) }, isTrusted, fakeLogger());
    const result = await ipc.handlers.get(commandChannel('accounts.list'))?.({ trusted: true }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('can be unbound', () => {
    const ipc = fakeIpcMain();
    const unbind = bindCommands(ipc, { dispatch: vi.fn() }, isTrusted, fakeLogger());
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  it('sends each core event as { name, payload } on the event channel', () => {
    let emit: ((name: EventName, payload: unknown) => void) | undefined;
    const stop = vi.fn();
    const send = vi.fn();
    const unsubscribe = forwardEvents({ onEvent: (listener) => ((emit = listener), stop) }, send);
    emit?.('deck.changed', { columns: [] });
    expect(send).toHaveBeenCalledWith(eventChannel, { name: 'deck.changed', payload: { columns: [] } });
    unsubscribe();
    expect(stop).toHaveBeenCalled();
  });
});

describe('createSenderCheck', () => {
  const appPage = 'file:///app/dist/renderer/index.html';
  const mainFrame = { url: appPage, parent: null, processId: 7, routingId: 1 };
  const win: TrustedWindowLike = { isDestroyed: () => false, webContents: { id: 3, mainFrame } };
  const check = createSenderCheck(() => win, (url) => url.split('#')[0] === appPage);
  const event = (overrides: Partial<SenderEventLike> = {}): SenderEventLike => ({
    sender: { id: 3 },
    senderFrame: mainFrame,
    ...overrides,
  });

  it('trusts the main frame of our window showing our page', () => {
    expect(check(event())).toBe(true);
    expect(check(event({ senderFrame: { ...mainFrame, url: `${appPage}#/deck` } }))).toBe(true);
  });

  it('refuses other web contents, subframes, other frames, other pages and missing frames', () => {
    expect(check(event({ sender: { id: 4 } }))).toBe(false);
    expect(check(event({ senderFrame: { ...mainFrame, parent: mainFrame } }))).toBe(false);
    expect(check(event({ senderFrame: { ...mainFrame, routingId: 2 } }))).toBe(false);
    expect(check(event({ senderFrame: { ...mainFrame, processId: 8 } }))).toBe(false);
    expect(check(event({ senderFrame: { ...mainFrame, url: 'https://evil.example/' } }))).toBe(false);
    expect(check(event({ senderFrame: null }))).toBe(false);
  });

  it('refuses when there is no window, a destroyed one, or a disposed frame', () => {
    expect(createSenderCheck(() => null, () => true)(event())).toBe(false);
    expect(createSenderCheck(() => ({ ...win, isDestroyed: () => true }), () => true)(event())).toBe(false);
    const disposed = {
      ...mainFrame,
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    expect(check(event({ senderFrame: disposed }))).toBe(false);
  });
});
