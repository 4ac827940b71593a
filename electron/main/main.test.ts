import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commandChannel, eventChannel } from '../../shared/contract/channels';
import { commandNames } from '../../shared/contract/commands';
import type { EventName } from '../../shared/contract/events';
import type { Platform } from '../core/platform';

/** A stand-in for the parts of Electron main.ts touches, recording what it is asked to do. */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const emitter = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on(name: string, listener: Listener) {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
        return this;
      },
      once(name: string, listener: Listener) {
        return this.on(name, listener);
      },
      emit(name: string, ...args: unknown[]) {
        for (const listener of listeners.get(name) ?? []) listener(...args);
      },
    };
  };
  const state = {
    lock: true,
    app: undefined as unknown as ReturnType<typeof emitter> & Record<string, unknown>,
    windows: [] as Array<Record<string, unknown> & { options: unknown; webContents: Record<string, unknown> }>,
    handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    core: undefined as unknown as {
      platform: Platform;
      dispatch: ReturnType<typeof vi.fn>;
      handleAuthCallback: ReturnType<typeof vi.fn>;
      start: ReturnType<typeof vi.fn>;
      dispose: ReturnType<typeof vi.fn>;
      emit: (name: EventName, payload: unknown) => void;
    },
  };
  const makeApp = () =>
    Object.assign(emitter(), {
      isPackaged: true,
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      exit: vi.fn(),
      enableSandbox: vi.fn(),
      setAsDefaultProtocolClient: vi.fn(() => true),
      whenReady: vi.fn(() => Promise.resolve()),
      getAppPath: () => '/app',
      getPath: () => '/nonexistent-userdata',
      getVersion: () => '0.1.0',
    });
  class BrowserWindow {
    options: unknown;
    webContents: Record<string, unknown>;
    listeners = new Map<string, Listener[]>();
    constructor(options: unknown) {
      this.options = options;
      const mainFrame = { url: 'file:///app/dist/renderer/index.html', parent: null, processId: 1, routingId: 1 };
      this.webContents = Object.assign(emitter(), {
        id: 10,
        mainFrame,
        send: vi.fn(),
        setWindowOpenHandler: vi.fn(),
      });
      state.app.emit('web-contents-created', {}, this.webContents);
      state.windows.push(this as never);
    }
    on = vi.fn();
    once = vi.fn();
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
  }
  return { state, makeApp, BrowserWindow };
});

vi.mock('electron', () => ({
  get app() {
    return fake.state.app;
  },
  BrowserWindow: fake.BrowserWindow,
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => fake.state.handlers.set(channel, handler),
    removeHandler: (channel: string) => fake.state.handlers.delete(channel),
  },
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (data: Buffer) => data.toString(),
  },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    },
  },
  shell: { openExternal: vi.fn(async () => {}) },
}));

vi.mock('electron-store', () => ({
  default: class {
    data = new Map<string, unknown>();
    get(key: string) {
      return this.data.get(key);
    }
    set(key: string, value: unknown) {
      this.data.set(key, value);
    }
    delete(key: string) {
      this.data.delete(key);
    }
  },
}));

vi.mock('../core/createCore', () => ({
  createCore: (platform: Platform) => {
    let listener: ((name: EventName, payload: unknown) => void) | undefined;
    fake.state.core = {
      platform,
      dispatch: vi.fn(async () => ({ ok: true, value: null })),
      handleAuthCallback: vi.fn(),
      start: vi.fn(async () => {}),
      dispose: vi.fn(async () => {}),
      emit: (name, payload) => listener?.(name, payload),
    };
    return {
      ...fake.state.core,
      onEvent: (next: typeof listener) => {
        listener = next;
        return () => {};
      },
    };
  },
}));

const silence = () => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
};

async function startMain(argv: string[] = ['/app/missdeck']) {
  vi.resetModules();
  fake.state.app = fake.makeApp() as never;
  fake.state.windows = [];
  fake.state.handlers.clear();
  fake.state.core = undefined as never;
  const savedArgv = process.argv;
  process.argv = argv;
  try {
    await import('./main');
  } finally {
    process.argv = savedArgv;
  }
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
}

describe('main.ts wiring (Electron replaced)', () => {
  beforeEach(() => {
    fake.state.lock = true;
    silence();
  });

  it('quits without wiring anything when another instance holds the lock', async () => {
    fake.state.lock = false;
    vi.resetModules();
    fake.state.app = fake.makeApp() as never;
    await import('./main');
    expect(fake.state.app.quit).toHaveBeenCalled();
    expect(fake.state.app.whenReady).not.toHaveBeenCalled();
    expect(fake.state.app.listeners.size).toBe(0);
  });

  it('builds the core with the Electron platform, starts it, binds every command and opens the secure window', async () => {
    await startMain();
    const { app, core, windows, handlers } = fake.state;
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('missdeck');
    expect(core.platform).toMatchObject({ shell: 'electron', authCallbackUrl: 'missdeck://auth', appVersion: '0.1.0' });
    expect(core.platform.cipher).toMatchObject({ description: 'safeStorage:gnome_libsecret', isStrong: true });
    expect(core.start).toHaveBeenCalled();
    expect([...handlers.keys()].sort()).toEqual(commandNames.map(commandChannel).sort());
    const win = windows[0];
    expect(win?.options).toMatchObject({
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/app/dist-electron/preload.cjs' },
    });
    expect(win?.loadFile).toHaveBeenCalledWith('/app/dist/renderer/index.html');
    expect(win?.webContents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('routes IPC from our page to the core and refuses other senders', async () => {
    await startMain();
    const { core, windows, handlers } = fake.state;
    const mainFrame = windows[0]?.webContents.mainFrame;
    const handler = handlers.get(commandChannel('deck.get'));
    await handler?.({ sender: { id: 10 }, senderFrame: mainFrame }, {});
    expect(core.dispatch).toHaveBeenCalledWith('deck.get', {});
    const refused = await handler?.({ sender: { id: 99 }, senderFrame: mainFrame }, {});
    expect(refused).toMatchObject({ ok: false });
    expect(core.dispatch).toHaveBeenCalledTimes(1);
  });

  it('forwards core events to the window on the event channel', async () => {
    await startMain();
    fake.state.core.emit('accounts.changed', { accounts: [] });
    expect(fake.state.windows[0]?.webContents.send).toHaveBeenCalledWith(eventChannel, {
      name: 'accounts.changed',
      payload: { accounts: [] },
    });
  });

  it('hands protocol URLs from argv, second-instance and open-url to the core; ignores others', async () => {
    await startMain(['/app/missdeck', 'missdeck://auth?session=first']);
    const { app, core } = fake.state;
    expect(core.handleAuthCallback).toHaveBeenCalledWith('missdeck://auth?session=first');
    app.emit('second-instance', {}, ['/app/missdeck', '--flag', 'missdeck://auth?session=second'], '/');
    expect(core.handleAuthCallback).toHaveBeenLastCalledWith('missdeck://auth?session=second');
    const preventDefault = vi.fn();
    app.emit('open-url', { preventDefault }, 'missdeck://auth?session=third');
    expect(preventDefault).toHaveBeenCalled();
    expect(core.handleAuthCallback).toHaveBeenLastCalledWith('missdeck://auth?session=third');
    app.emit('open-url', { preventDefault }, 'missdeck://settings?x=1');
    app.emit('second-instance', {}, ['/app/missdeck', 'https://evil.example'], '/');
    expect(core.handleAuthCallback).toHaveBeenCalledTimes(3);
  });

  it('quits when all windows close (not on macOS) and disposes the core before quitting', async () => {
    await startMain();
    const { app, core } = fake.state;
    app.emit('window-all-closed');
    if (process.platform !== 'darwin') expect(app.quit).toHaveBeenCalledTimes(1);
    const preventDefault = vi.fn();
    app.emit('before-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(core.dispose).toHaveBeenCalled());
  });
});
