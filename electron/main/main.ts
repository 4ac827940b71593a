import path from 'node:path';
import { app, ipcMain, safeStorage, session, shell, type BrowserWindow } from 'electron';
import { createCore } from '../core/createCore';
import type { Core } from '../core/core';
import type { Platform } from '../core/platform';
import { isAppPageUrl, resolveAppPage } from './appPage';
import { buildContentSecurityPolicy, installCsp } from './csp';
import { createElectronStore } from './electronStoreAdapter';
import { bindCommands, forwardEvents } from './ipc';
import { disposeBeforeQuit, focusWindow } from './lifecycle';
import { createConsoleLogger } from './logger';
import { installNavigationGuards } from './navigation';
import { denyAllPermissions } from './permissions';
import { authCallbackUrl, createAuthUrlIntake, findProtocolUrl, registerProtocolClient } from './protocol';
import { createSafeStorageCipher } from './safeStorageCipher';
import { createSenderCheck } from './senderCheck';
import { createShellOpener } from './shellOpener';
import { acquireSingleInstanceLock } from './singleInstance';
import { createMainWindow } from './window';

/** Composition root: wires Electron to the core. No app logic lives here. */
const logger = createConsoleLogger('main');

function run(): void {
  const page = resolveAppPage(app.getAppPath(), {
    isPackaged: app.isPackaged,
    devServerUrl: process.env.VITE_DEV_SERVER_URL,
  });
  const preloadPath = path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');
  const opener = createShellOpener(shell, logger);
  const intake = createAuthUrlIntake(logger);
  let win: BrowserWindow | null = null;
  let core: Core | null = null;

  app.enableSandbox();
  registerProtocolClient(app, process, logger);

  // URL intake: macOS (`open-url`, may fire before `ready`), Windows/Linux (a second instance's argv),
  // and the command line this instance was started with.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    intake.accept(url, 'open-url');
    focusWindow(win);
  });
  app.on('second-instance', (_event, argv) => {
    const url = findProtocolUrl(argv);
    if (url !== null) intake.accept(url, 'second-instance');
    focusWindow(win);
  });
  const initialUrl = findProtocolUrl(process.argv);
  if (initialUrl !== null) intake.accept(initialUrl, 'argv');

  app.on('web-contents-created', (_event, contents) => {
    installNavigationGuards(contents, {
      isAppPageUrl: (url) => isAppPageUrl(url, page),
      openExternal: (url) => opener.open(url),
      logger,
    });
  });

  const openWindow = () => {
    win = createMainWindow({ page, preloadPath, logger });
    win.on('closed', () => {
      win = null;
    });
  };

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (win === null && core !== null) openWindow();
  });

  app
    .whenReady()
    .then(async () => {
      const appSession = session.defaultSession;
      installCsp(appSession, buildContentSecurityPolicy(page.kind === 'dev' ? { devServerOrigin: page.origin } : {}));
      denyAllPermissions(appSession, logger);

      const platform: Platform = {
        cipher: createSafeStorageCipher(safeStorage),
        store: createElectronStore(app.getPath('userData'), logger),
        opener,
        logger: createConsoleLogger('core'),
        appVersion: app.getVersion(),
        shell: 'electron',
        authCallbackUrl,
      };
      const started = createCore(platform);
      core = started;
      disposeBeforeQuit(app, () => started.dispose(), logger);

      bindCommands(
        ipcMain,
        started,
        createSenderCheck(() => win, (url) => isAppPageUrl(url, page)),
        logger,
      );
      forwardEvents(started, (channel, message) => {
        if (win !== null && !win.isDestroyed()) win.webContents.send(channel, message);
      });

      await started.start().catch((error: unknown) => logger.error('core failed to start', { error: String(error) }));
      intake.attach((url) => started.handleAuthCallback(url));
      openWindow();
    })
    .catch((error: unknown) => {
      logger.error('MissDeck failed to start', { error: String(error) });
      app.exit(1);
    });
}

if (acquireSingleInstanceLock(app, logger)) run();
