import type { Logger } from '../core/platform';

interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Disposes the core once before the app quits: the first `before-quit` is held back until
 * `dispose` settles (or `timeoutMs` passes), then the quit is asked for again.
 */
export function disposeBeforeQuit(
  app: QuittingApp,
  dispose: () => Promise<void>,
  logger: Logger,
  timeoutMs = 3000,
): void {
  let state: 'running' | 'disposing' | 'done' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'disposing') return;
    state = 'disposing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        logger.warn('core did not dispose in time; quitting anyway');
        resolve();
      }, timeoutMs);
    });
    const disposed = Promise.resolve()
      .then(dispose)
      .catch((error: unknown) => logger.error('core dispose failed', { error: String(error) }));
    void Promise.race([disposed, timeout]).then(() => {
      clearTimeout(timer);
      state = 'done';
      app.quit();
    });
  });
}

interface RestorableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings our window to the front (a second instance was started, or a callback arrived). */
export function focusWindow(win: RestorableWindow | null): void {
  if (win === null || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
