import { BrowserWindow } from 'electron';
import type { Logger } from '../core/platform';
import type { AppPage } from './appPage';
import { buildWindowOptions } from './windowOptions';

export interface MainWindowOptions {
  page: AppPage;
  preloadPath: string;
  logger: Logger;
}

/**
 * The deck window: secure options, shown once painted, our page loaded. Navigation guards are
 * installed for every web contents by main.ts (`web-contents-created`), before anything loads.
 */
export function createMainWindow({ page, preloadPath, logger }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(buildWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  win.webContents.on('render-process-gone', (_event, details) => {
    logger.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode });
  });
  const loading = page.kind === 'file' ? win.loadFile(page.file) : win.loadURL(page.url);
  loading.catch((error: unknown) => logger.error('could not load the app page', { error: String(error) }));
  return win;
}
