import type { MessageBoxOptions } from 'electron';
import type { Logger } from '../core/platform';
import { fill, type MainMessages } from './i18n';

/**
 * When the renderer dies, the deck comes back by reloading the page: the core (in main) keeps every
 * account, column and stream. A renderer that keeps dying is not reloaded forever: past `maxReloads`
 * in `windowMs`, the user is asked (Reload / Quit).
 */
export interface CrashPolicy {
  maxReloads: number;
  windowMs: number;
}
export const defaultCrashPolicy: CrashPolicy = { maxReloads: 3, windowMs: 60_000 };

export type CrashAction = 'ignore' | 'reload' | 'ask';

export interface CrashDecision {
  action: CrashAction;
  /** Times of the automatic reloads still inside the window, including this one if it reloads. */
  reloads: number[];
}

/** What to do about a renderer that went away for `reason` at `now`, given the recent automatic reloads. */
export function decideOnRendererGone(
  reason: string,
  recentReloads: readonly number[],
  now: number,
  policy: CrashPolicy = defaultCrashPolicy,
): CrashDecision {
  const reloads = recentReloads.filter((time) => now - time < policy.windowMs);
  // A clean exit is the window closing (or the app quitting), not a crash.
  if (reason === 'clean-exit') return { action: 'ignore', reloads };
  if (reloads.length >= policy.maxReloads) return { action: 'ask', reloads };
  return { action: 'reload', reloads: [...reloads, now] };
}

/** The question asked once automatic reloads have not helped: Reload (0) or Quit (1). */
export function crashDialogOptions(appName: string, messages: MainMessages): MessageBoxOptions {
  const text = messages.crash;
  return {
    type: 'error',
    title: appName,
    message: fill(text.message, { appName }),
    detail: text.detail,
    buttons: [text.reload, text.quit],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

/** The dialog's answer as a choice (closing the dialog counts as Quit). */
export const crashDialogChoice = (response: number): 'reload' | 'quit' => (response === 0 ? 'reload' : 'quit');

/** The parts of a `BrowserWindow` and its contents the recovery uses. */
export interface RecoverableWindow {
  isDestroyed(): boolean;
  on(event: 'unresponsive', listener: () => void): unknown;
  on(event: 'responsive', listener: () => void): unknown;
  webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: { reason: string; exitCode: number }) => void,
    ): unknown;
  };
}

export interface CrashRecoveryOptions {
  /** Loads our page again (the same way the window first loaded it). */
  reload: () => void;
  /** Asks the user; resolves to what they chose. */
  ask: () => Promise<'reload' | 'quit'>;
  quit: () => void;
  logger: Logger;
  now?: () => number;
  policy?: CrashPolicy;
}

export function installCrashRecovery(win: RecoverableWindow, options: CrashRecoveryOptions): void {
  const { logger } = options;
  const now = options.now ?? Date.now;
  let reloads: number[] = [];
  let asking = false;

  const reload = () => {
    if (win.isDestroyed()) return;
    try {
      options.reload();
    } catch (error) {
      logger.error('could not reload the window', { error: String(error) });
    }
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    const decision = decideOnRendererGone(details.reason, reloads, now(), options.policy);
    reloads = decision.reloads;
    if (decision.action === 'ignore') return;
    logger.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode, action: decision.action });
    if (decision.action === 'reload') {
      reload();
      return;
    }
    if (asking) return;
    asking = true;
    options
      .ask()
      .then((choice) => {
        asking = false;
        if (choice === 'quit') {
          options.quit();
          return;
        }
        reloads = [];
        reload();
      })
      .catch((error: unknown) => {
        asking = false;
        logger.error('crash dialog failed', { error: String(error) });
      });
  });
  win.on('unresponsive', () => logger.warn('the window stopped responding'));
  win.on('responsive', () => logger.info('the window responds again'));
}
