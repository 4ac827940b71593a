import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commandChannel, eventChannel } from '../../shared/contract/channels';
import { commandNames } from '../../shared/contract/commands';
import type { EventName } from '../../shared/contract/events';
import type { Platform } from '../core/platform';
import { contextMenuParams } from './testContextMenu';

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
  type Template = Array<{ label?: string; role?: string; submenu?: Template; click?: () => void }>;
  const state = {
    lock: true,
    logsDir: '',
    locale: 'en-US',
    /** What the core answers to settings.get. */
    savedSettings: null as unknown,
    app: undefined as unknown as ReturnType<typeof emitter> & Record<string, unknown>,
    windows: [] as Array<
      ReturnType<typeof emitter> &
        Record<string, unknown> & { options: Record<string, unknown>; webContents: ReturnType<typeof emitter> & Record<string, unknown> }
    >,
    handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    storeData: new Map<string, unknown>(),
    applicationMenu: undefined as Template | undefined,
    builtMenus: [] as Array<{ template: Template; popup: ReturnType<typeof vi.fn> }>,
    screen: undefined as unknown as ReturnType<typeof emitter>,
    displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 }],
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
      getPath: (name: string) => (name === 'logs' ? state.logsDir : '/nonexistent-userdata'),
      setAppLogsPath: vi.fn(),
      getVersion: () => '0.1.0',
      getPreferredSystemLanguages: () => ['de-AT', 'en-US'],
      getLocale: () => state.locale,
      setAppUserModelId: vi.fn(),
      setBadgeCount: vi.fn(() => true),
    });
  class BrowserWindow {
    options: Record<string, unknown>;
    webContents: ReturnType<typeof emitter> & Record<string, unknown>;
    listeners: Map<string, Listener[]>;
    on: (name: string, listener: Listener) => unknown;
    once: (name: string, listener: Listener) => unknown;
    emit: (name: string, ...args: unknown[]) => void;
    maximized = false;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      const events = emitter();
      this.listeners = events.listeners;
      this.on = events.on.bind(events);
      this.once = events.once.bind(events);
      this.emit = events.emit.bind(events);
      const mainFrame = { url: 'file:///app/dist/renderer/index.html', parent: null, processId: 1, routingId: 1 };
      this.webContents = Object.assign(emitter(), {
        id: 10,
        mainFrame,
        send: vi.fn(),
        setWindowOpenHandler: vi.fn(),
        replaceMisspelling: vi.fn(),
        copyImageAt: vi.fn(),
        inspectElement: vi.fn(),
        session: { addWordToSpellCheckerDictionary: vi.fn() },
      });
      state.app.emit('web-contents-created', {}, this.webContents);
      state.windows.push(this as never);
    }
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => this.maximized;
    isFullScreen = () => false;
    maximize = vi.fn(() => {
      this.maximized = true;
    });
    getNormalBounds = () => ({ x: Number(this.options.x), y: Number(this.options.y), width: Number(this.options.width), height: Number(this.options.height) });
    getBounds = () => this.getNormalBounds();
    setBounds = vi.fn();
    setOverlayIcon = vi.fn();
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
  }
  const Menu = {
    buildFromTemplate: vi.fn((template: Template) => {
      const menu = { template, popup: vi.fn() };
      state.builtMenus.push(menu);
      return menu;
    }),
    setApplicationMenu: vi.fn((menu: { template: Template } | null) => {
      state.applicationMenu = menu?.template;
    }),
  };
  return { state, emitter, makeApp, BrowserWindow, Menu };
});

vi.mock('electron', () => ({
  get app() {
    return fake.state.app;
  },
  get screen() {
    return Object.assign(fake.state.screen, {
      getAllDisplays: () => fake.state.displays,
      getPrimaryDisplay: () => fake.state.displays[0],
    });
  },
  BrowserWindow: fake.BrowserWindow,
  Menu: fake.Menu,
  clipboard: { writeText: vi.fn() },
  dialog: { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) },
  nativeImage: { createFromBitmap: vi.fn(() => ({ isEmpty: () => false })) },
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
      availableSpellCheckerLanguages: ['de', 'en-US', 'fr'],
      setSpellCheckerLanguages: vi.fn(),
    },
  },
  shell: { openExternal: vi.fn(async () => {}), openPath: vi.fn(async () => '') },
}));

vi.mock('electron-store', () => ({
  default: class {
    get data() {
      return fake.state.storeData;
    }
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
    const listeners = new Set<(name: EventName, payload: unknown) => void>();
    fake.state.core = {
      platform,
      dispatch: vi.fn(async (name: string) => ({ ok: true, value: name === 'settings.get' ? fake.state.savedSettings : null })),
      handleAuthCallback: vi.fn(),
      start: vi.fn(async () => {}),
      dispose: vi.fn(async () => {}),
      emit: (name, payload) => {
        for (const listener of listeners) listener(name, payload);
      },
    };
    return {
      ...fake.state.core,
      onEvent: (next: (name: EventName, payload: unknown) => void) => {
        listeners.add(next);
        return () => listeners.delete(next);
      },
    };
  },
}));

const silence = () => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
};

function resetFake() {
  vi.resetModules();
  fake.state.app = fake.makeApp() as never;
  fake.state.screen = fake.emitter();
  fake.state.windows = [];
  fake.state.handlers.clear();
  fake.state.builtMenus = [];
  fake.state.applicationMenu = undefined;
  fake.state.core = undefined as never;
}

async function startMain(argv: string[] = ['/app/missdeck']) {
  resetFake();
  const savedArgv = process.argv;
  const rejectionListeners = process.listeners('unhandledRejection');
  process.argv = argv;
  try {
    await import('./main');
  } finally {
    process.argv = savedArgv;
    // main.ts logs unhandled rejections; keep the test process's own handlers only.
    for (const listener of process.listeners('unhandledRejection')) {
      if (!rejectionListeners.includes(listener)) process.removeListener('unhandledRejection', listener);
    }
  }
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
  return fake.state.windows[0] as NonNullable<(typeof fake.state.windows)[number]>;
}

type MenuTemplate = NonNullable<typeof fake.state.applicationMenu>;
const findItem = (template: MenuTemplate | undefined, label: string): MenuTemplate[number] | undefined => {
  for (const item of template ?? []) {
    if (item.label === label) return item;
    const inner = findItem(item.submenu, label);
    if (inner !== undefined) return inner;
  }
  return undefined;
};

describe('main.ts wiring (Electron replaced)', () => {
  let logsDir: string;
  beforeEach(() => {
    fake.state.lock = true;
    fake.state.locale = 'en-US';
    fake.state.savedSettings = null;
    fake.state.storeData.clear();
    fake.state.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 }];
    logsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'missdeck-logs-'));
    fake.state.logsDir = logsDir;
    silence();
  });
  afterEach(() => {
    fs.rmSync(logsDir, { recursive: true, force: true });
  });

  it('quits without wiring anything when another instance holds the lock', async () => {
    fake.state.lock = false;
    resetFake();
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
    // Main's own read of the language setting aside, only the allowed call reached the core.
    expect(core.dispatch.mock.calls.filter(([name]) => name !== 'settings.get')).toEqual([['deck.get', {}]]);
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

  it('writes main and core log lines as JSON to <logs>/missdeck.log, tokens redacted', async () => {
    await startMain();
    fake.state.core.platform.logger.warn('request failed', { url: 'https://misskey.example/api/i?i=secret-token' });
    const lines = fs
      .readFileSync(path.join(logsDir, 'missdeck.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { scope: string; message: string; details?: { url?: string } });
    expect(lines[0]).toMatchObject({ scope: 'main', message: 'MissDeck starting' });
    const coreLine = lines.find((line) => line.scope === 'core');
    expect(coreLine?.details?.url).toBe('https://misskey.example/api/i?i=[redacted]');
  });

  it('installs the application menu; New Note and Settings reach the renderer as app.menuCommand', async () => {
    const win = await startMain();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(fake.state.core.dispatch).toHaveBeenCalledWith('settings.get', {});
    const labels = (fake.state.applicationMenu ?? []).map((item) => item.label?.replace('&', ''));
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']));
    findItem(fake.state.applicationMenu, 'New Note')?.click?.();
    findItem(fake.state.applicationMenu, 'Settings…')?.click?.();
    expect(win.webContents.send).toHaveBeenCalledWith(eventChannel, { name: 'app.menuCommand', payload: { command: 'newNote' } });
    expect(win.webContents.send).toHaveBeenCalledWith(eventChannel, { name: 'app.menuCommand', payload: { command: 'openSettings' } });
  });

  const topLabels = () => (fake.state.applicationMenu ?? []).map((item) => item.label?.replace(/\(&\w\)$/, '').replace('&', ''));

  it("builds the menus in the OS language when the language setting is 'system'", async () => {
    fake.state.locale = 'ja';
    fake.state.savedSettings = { language: 'system' };
    const win = await startMain();
    expect(topLabels()).toEqual(expect.arrayContaining(['ファイル', '編集', '表示', 'ウィンドウ', 'ヘルプ']));
    findItem(fake.state.applicationMenu, '新しいノート')?.click?.();
    expect(win.webContents.send).toHaveBeenCalledWith(eventChannel, { name: 'app.menuCommand', payload: { command: 'newNote' } });
    win.webContents.emit('context-menu', {}, contextMenuParams({ isEditable: true }));
    expect(fake.state.builtMenus.at(-1)?.template.map((item) => item.label)).toEqual(['切り取り', 'コピー', '貼り付け', undefined, 'すべてを選択']);
  });

  it('follows the saved language setting over the OS, and rebuilds the menu when it changes', async () => {
    fake.state.locale = 'en-US';
    fake.state.savedSettings = { language: 'ja' };
    const win = await startMain();
    expect(topLabels()).toEqual(expect.arrayContaining(['ファイル', 'ヘルプ']));
    const built = fake.Menu.setApplicationMenu.mock.calls.length;
    fake.state.core.emit('settings.changed', { language: 'ja', theme: 'dark' });
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(built);
    fake.state.core.emit('settings.changed', { language: 'en' });
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(built + 1);
    expect(topLabels()).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']));
    findItem(fake.state.applicationMenu, 'Settings…')?.click?.();
    expect(win.webContents.send).toHaveBeenCalledWith(eventChannel, { name: 'app.menuCommand', payload: { command: 'openSettings' } });
    fake.state.core.emit('settings.changed', { language: 'system' });
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(built + 1);
  });

  it('sets the spell checker to the OS languages it has dictionaries for', async () => {
    await startMain();
    const electron = await import('electron');
    if (process.platform === 'darwin') return;
    expect(electron.session.defaultSession.setSpellCheckerLanguages).toHaveBeenLastCalledWith(['de', 'en-US']);
  });

  it('restores saved bounds clamped to the display, maximises if it was, and saves changes', async () => {
    fake.state.storeData.set('windowState', { version: 1, bounds: { x: 1800, y: 900, width: 1000, height: 700 }, maximized: true });
    const win = await startMain();
    expect(win.options).toMatchObject({ x: 920, y: 340, width: 1000, height: 700, minWidth: 480, minHeight: 360 });
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    win.emit('close', {});
    expect(fake.state.storeData.get('windowState')).toEqual({
      version: 1,
      bounds: { x: 920, y: 340, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('opens centred on the primary display when the saved one is gone', async () => {
    fake.state.storeData.set('windowState', { version: 1, bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: false });
    const win = await startMain();
    expect(win.options).toMatchObject({ x: 360, y: 120, width: 1200, height: 800 });
  });

  it('shows total unread notifications on the badge', async () => {
    await startMain();
    const { app, core } = fake.state;
    core.emit('timeline.batch', {
      items: [
        { type: 'unread', accountId: 'a', unreadNotifications: 2 },
        { type: 'unread', accountId: 'b', unreadNotifications: 3 },
      ],
    });
    if (process.platform !== 'win32') expect(app.setBadgeCount).toHaveBeenLastCalledWith(5);
    else expect(fake.state.windows[0]?.setOverlayIcon).toHaveBeenCalled();
  });

  it('reloads the page when the renderer crashes', async () => {
    const win = await startMain();
    expect(win.loadFile).toHaveBeenCalledTimes(1);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(win.loadFile).toHaveBeenCalledTimes(2);
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(win.loadFile).toHaveBeenCalledTimes(2);
  });

  it('pops up a context menu for a link, opening it only through the safe opener', async () => {
    const win = await startMain();
    win.webContents.emit('context-menu', {}, contextMenuParams({ linkURL: 'https://misskey.example/notes/1' }));
    const menu = fake.state.builtMenus.at(-1);
    expect(menu?.popup).toHaveBeenCalled();
    findItem(menu?.template, 'Open Link in Browser')?.click?.();
    const electron = await import('electron');
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://misskey.example/notes/1'));
  });
});
