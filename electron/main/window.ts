import { BrowserWindow } from 'electron';
import type { Logger } from '../core/platform';
import type { AppPage } from './appPage';
import { buildWindowOptions } from './windowOptions';
import type { Rect } from './windowState';

export interface MainWindowOptions {
  page: AppPage;
  preloadPath: string;
  logger: Logger;
  /** Restored (and clamped) bounds; the default size, centred, when absent. */
  bounds?: Rect;
  maximized?: boolean;
}

interface LoadingWindow {
  loadFile(file: string): Promise<void>;
  loadURL(url: string): Promise<void>;
}

/** Loads our page into the window: at start, and again after the renderer crashed. */
export function loadAppPage(win: LoadingWindow, page: AppPage, logger: Logger): void {
  const loading = page.kind === 'file' ? win.loadFile(page.file) : win.loadURL(page.url);
  loading.catch((error: unknown) => logger.error('could not load the app page', { error: String(error) }));
}

/**
 * The deck window: secure options, shown once painted (maximised first if it was), our page loaded.
 * Navigation guards are installed for every web contents by main.ts (`web-contents-created`), before anything loads.
 */
export function createMainWindow({ page, preloadPath, logger, bounds, maximized }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(buildWindowOptions(preloadPath, bounds));
  win.once('ready-to-show', () => {
    if (maximized === true) win.maximize();
    win.show();
  });
  loadAppPage(win, page, logger);
  return win;
}
