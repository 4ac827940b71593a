import type { Logger } from '../core/platform';

interface LockingApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
}

/**
 * One MissDeck at a time: a second start hands its command line (a `missdeck://` URL) to the
 * first through `second-instance`, then quits. Returns whether this process is the one that runs.
 */
export function acquireSingleInstanceLock(app: LockingApp, logger: Logger): boolean {
  if (app.requestSingleInstanceLock()) return true;
  logger.info('another MissDeck is running; handing over to it');
  app.quit();
  return false;
}
