import path from 'node:path';
import {
  type BrowserWindow,
  Menu,
  app,
  clipboard,
  dialog,
  ipcMain,
  nativeImage,
  safeStorage,
  screen,
  session,
  shell,
  type MenuItemConstructorOptions,
  type MessageBoxOptions,
} from 'electron';
import { eventChannel } from '../../shared/contract/channels';
import type { AppMenuCommand } from '../../shared/contract/events';
import { createFileBlobStore } from '../core/cache/fileBlobStore';
import { createCore } from '../core/createCore';
import type { Core } from '../core/core';
import type { Platform } from '../core/platform';
import { openLogFile, showAboutDialog } from './aboutDialog';
import { appId, appName } from './appIdentity';
import { buildAppMenuTemplate } from './appMenu';
import { isAppPageUrl, resolveAppPage } from './appPage';
import { configureSpellChecker, installContextMenu } from './contextMenu';
import { crashDialogChoice, crashDialogOptions, installCrashRecovery } from './crashRecovery';
import { buildContentSecurityPolicy, installCsp } from './csp';
import { createElectronStore } from './electronStoreAdapter';
import { createMainLanguage, electronSystemLocale, unreadDescription } from './i18n';
import { bindCommands, eventMessage, forwardEvents } from './ipc';
import { disposeBeforeQuit, focusWindow } from './lifecycle';
import { createLogSinks, createRotatingLogFile, logFileName } from './logFile';
import { installNavigationGuards } from './navigation';
import { denyAllPermissions } from './permissions';
import { authCallbackUrl, createAuthUrlIntake, findProtocolUrl, registerProtocolClient } from './protocol';
import { createSafeStorageCipher } from './safeStorageCipher';
import { createSenderCheck } from './senderCheck';
import { createShellOpener } from './shellOpener';
import { acquireSingleInstanceLock } from './singleInstance';
import { createUnreadBadge, overlayDotBitmap } from './unreadBadge';
import { createMainWindow, loadAppPage } from './window';
import { windowSizeLimits } from './windowOptions';
import { createWindowStateKeeper, rescueOffscreenBounds, restoreWindowBounds } from './windowState';

/** Composition root: wires Electron to the core. No app logic lives here. */
const isDevelopment = !app.isPackaged;
const logs = createLogSinks({ console, alwaysToConsole: isDevelopment });
const logger = logs.logger('main');

/** `<logs>/missdeck.log`, or null (console only) when the OS gives no logs folder. */
function logFilePath(): string | null {
  try {
    return path.join(app.getPath('logs'), logFileName);
  } catch {
    try {
      app.setAppLogsPath();
      return path.join(app.getPath('logs'), logFileName);
    } catch (error) {
      logger.warn('no logs folder; logging to the console only', { error: String(error) });
      return null;
    }
  }
}

function run(): void {
  // Only the instance that holds the lock writes (and rotates) the log file.
  const file = logFilePath();
  if (file !== null) {
    logs.attachFile(
      createRotatingLogFile({ file, onError: (error) => console.error('[main] cannot write the log file', String(error)) }),
    );
  }
  logger.info('MissDeck starting', {
    version: app.getVersion(),
    electron: process.versions.electron,
    platform: process.platform,
    packaged: app.isPackaged,
  });
  process.on('unhandledRejection', (reason) => logger.error('unhandled promise rejection', { reason: String(reason) }));
  if (process.platform === 'win32') app.setAppUserModelId(appId);

  const page = resolveAppPage(app.getAppPath(), {
    isPackaged: app.isPackaged,
    devServerUrl: process.env.VITE_DEV_SERVER_URL,
  });
  const preloadPath = path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');
  const opener = createShellOpener(shell, logger);
  const intake = createAuthUrlIntake(logger);
  let win: BrowserWindow | null = null;
  let core: Core | null = null;
  let openWindow: () => void = () => {};

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

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (win === null && core !== null) openWindow();
  });

  const openLog = () => openLogFile(shell, logs.filePath, logger);
  const showAbout = () => {
    const show = (options: MessageBoxOptions) =>
      win !== null && !win.isDestroyed() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
    const info = { appName, appVersion: app.getVersion(), versions: process.versions, platform: process.platform, arch: process.arch };
    showAboutDialog(show, info, language.messages, openLog).catch((error: unknown) => logger.error('about dialog failed', { error: String(error) }));
  };
  const sendMenuCommand = (command: AppMenuCommand) => {
    if (win === null || win.isDestroyed()) {
      // macOS with every window closed: bring the deck back; the command itself is dropped.
      if (core !== null) openWindow();
      return;
    }
    focusWindow(win);
    win.webContents.send(eventChannel, eventMessage('app.menuCommand', { command }));
  };

  // Menus and dialogs in the user's language: the application menu is rebuilt when it changes;
  // the context menu and dialogs are built when shown, so they read it then.
  const installAppMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildAppMenuTemplate({
          platform: process.platform,
          isDevelopment,
          appName,
          actions: { command: sendMenuCommand, showAbout, openLogFile: () => void openLog() },
          messages: language.messages,
        }),
      ),
    );
  const language = createMainLanguage(() => electronSystemLocale(app), () => {
    logger.info('menu language changed', { language: language.language });
    installAppMenu();
  });

  app
    .whenReady()
    .then(async () => {
      const appSession = session.defaultSession;
      installCsp(appSession, buildContentSecurityPolicy(page.kind === 'dev' ? { devServerOrigin: page.origin } : {}));
      denyAllPermissions(appSession, logger);
      configureSpellChecker(appSession, app.getPreferredSystemLanguages(), process.platform, logger);
      installAppMenu();

      const store = createElectronStore(app.getPath('userData'), logger);
      const windowState = createWindowStateKeeper({ store, logger });
      const platform: Platform = {
        cipher: createSafeStorageCipher(safeStorage),
        store,
        blobs: createFileBlobStore(path.join(app.getPath('userData'), 'column-cache')),
        opener,
        logger: logs.logger('core'),
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

      // Unread notifications on the dock / launcher badge, or as a taskbar overlay on Windows.
      const overlay = process.platform === 'win32' ? nativeImage.createFromBitmap(overlayDotBitmap(16), { width: 16, height: 16 }) : null;
      const badge = createUnreadBadge(
        overlay === null
          ? { setBadgeCount: (count) => app.setBadgeCount(count) }
          : {
              setOverlay: (count) => {
                if (win === null || win.isDestroyed()) return;
                win.setOverlayIcon(count > 0 ? overlay : null, count > 0 ? unreadDescription(language.messages, count) : '');
              },
            },
        logger,
      );
      started.onEvent((name, payload) => badge.handle(name, payload));

      openWindow = () => {
        const { bounds, maximized } = restoreWindowBounds(
          windowState.load(),
          screen.getAllDisplays(),
          screen.getPrimaryDisplay(),
          windowSizeLimits,
        );
        const created = createMainWindow({ page, preloadPath, logger, bounds, maximized });
        win = created;
        windowState.track(created);
        installCrashRecovery(created, {
          reload: () => loadAppPage(created, page, logger),
          ask: () => dialog.showMessageBox(created, crashDialogOptions(appName, language.messages)).then(({ response }) => crashDialogChoice(response)),
          quit: () => app.quit(),
          logger,
        });
        const contents = created.webContents;
        installContextMenu(
          contents,
          {
            replaceMisspelling: (word) => contents.replaceMisspelling(word),
            addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
            copyText: (text) => clipboard.writeText(text),
            openExternal: (url) => {
              opener.open(url).catch((error: unknown) => logger.error('could not open a link in the browser', { error: String(error) }));
            },
            copyImageAt: (x, y) => contents.copyImageAt(x, y),
            ...(isDevelopment ? { inspectElementAt: (x: number, y: number) => contents.inspectElement(x, y) } : {}),
          },
          (template: MenuItemConstructorOptions[]) => Menu.buildFromTemplate(template).popup({ window: created }),
          () => language.messages,
        );
        created.on('closed', () => {
          if (win === created) win = null;
        });
        badge.reapply();
      };

      // A display unplugged or rearranged while running: bring the window back if it is now off screen.
      const rescue = () => {
        if (win === null || win.isDestroyed() || win.isMaximized() || win.isFullScreen()) return;
        const moved = rescueOffscreenBounds(win.getBounds(), screen.getAllDisplays(), screen.getPrimaryDisplay(), windowSizeLimits);
        if (moved !== null) win.setBounds(moved);
      };
      screen.on('display-removed', rescue);
      screen.on('display-metrics-changed', rescue);

      await started.start().catch((error: unknown) => logger.error('core failed to start', { error: String(error) }));
      await language.follow(started).catch((error: unknown) => logger.warn('could not read the language setting', { error: String(error) }));
      intake.attach((url) => started.handleAuthCallback(url));
      openWindow();
    })
    .catch((error: unknown) => {
      logger.error('MissDeck failed to start', { error: String(error) });
      app.exit(1);
    });
}

if (acquireSingleInstanceLock(app, logger)) run();
