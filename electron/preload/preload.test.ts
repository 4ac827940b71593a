import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MissDeckApi } from '../../shared/contract/bridge';
import { commandChannel, eventChannel } from '../../shared/contract/channels';
import { commandNames } from '../../shared/contract/commands';

type IpcListener = (event: unknown, message: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<IpcListener>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
      on: vi.fn((channel: string, listener: IpcListener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: IpcListener) => listeners.get(channel)?.delete(listener)),
      send: vi.fn(),
      sendSync: vi.fn(),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

const emit = (message: unknown) => {
  const fakeIpcEvent = { sender: electron.ipcRenderer, senderId: 0 };
  for (const listener of electron.listeners.get(eventChannel) ?? []) listener(fakeIpcEvent, message);
};

let api: MissDeckApi;
let exposed: unknown[][] = [];
beforeAll(async () => {
  await import('./preload');
  exposed = [...electron.contextBridge.exposeInMainWorld.mock.calls];
  api = exposed[0]?.[1] as MissDeckApi;
});

describe('preload', () => {
  it('exposes exactly one key, missdeck, once', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]?.[0]).toBe('missdeck');
  });

  it('offers a function for every command and `on`, nothing else (no generic send)', () => {
    expect(Object.keys(api).sort()).toEqual(['commands', 'on']);
    expect(Object.keys(api.commands).sort()).toEqual([...commandNames].sort());
    for (const name of commandNames) expect(typeof api.commands[name]).toBe('function');
    expect(typeof api.on).toBe('function');
  });

  it('invokes each command on its own contract channel with the input', async () => {
    for (const name of commandNames) {
      const call = api.commands[name] as (input: unknown) => Promise<unknown>;
      const result = await call({ probe: name });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(commandChannel(name), { probe: name });
      expect(result).toEqual({ ok: true, value: { channel: commandChannel(name), input: { probe: name } } });
    }
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('delivers events by name, payload only, through a single ipcRenderer listener', () => {
    const changed = vi.fn();
    const batch = vi.fn();
    const stopChanged = api.on('deck.changed', changed);
    const stopBatch = api.on('timeline.batch', batch);
    expect(electron.listeners.get(eventChannel)?.size).toBe(1);

    emit({ name: 'deck.changed', payload: { columns: [] } });
    emit({ name: 'timeline.batch', payload: { items: [] } });
    expect(changed.mock.calls).toEqual([[{ columns: [] }]]);
    expect(batch.mock.calls).toEqual([[{ items: [] }]]);

    stopChanged();
    emit({ name: 'deck.changed', payload: { columns: [1] } });
    expect(changed).toHaveBeenCalledTimes(1);
    stopBatch();
    expect(electron.listeners.get(eventChannel)?.size).toBe(0);
  });

  it('drops messages that are not contract events', () => {
    const listener = vi.fn();
    const stop = api.on('deck.changed', listener);
    for (const message of [null, 'deck.changed', { name: 'evil', payload: 1 }, { payload: 1 }, 42]) emit(message);
    expect(listener).not.toHaveBeenCalled();
    stop();
  });
});
