import { describe, expect, it, vi } from 'vitest';
import { crashDialogChoice, crashDialogOptions, decideOnRendererGone, installCrashRecovery, type RecoverableWindow } from './crashRecovery';
import { mainCatalogues } from './i18n';
import { fakeLogger } from './testLogger';

const policy = { maxReloads: 3, windowMs: 60_000 };

describe('decideOnRendererGone', () => {
  it('ignores a clean exit', () => {
    expect(decideOnRendererGone('clean-exit', [], 1000, policy)).toEqual({ action: 'ignore', reloads: [] });
  });

  it('reloads up to the limit per minute, then asks', () => {
    let reloads: number[] = [];
    const actions: string[] = [];
    for (const time of [0, 10_000, 20_000, 30_000]) {
      const decision = decideOnRendererGone('crashed', reloads, time, policy);
      actions.push(decision.action);
      reloads = decision.reloads;
    }
    expect(actions).toEqual(['reload', 'reload', 'reload', 'ask']);
    expect(reloads).toEqual([0, 10_000, 20_000]);
  });

  it('forgets reloads older than the window', () => {
    expect(decideOnRendererGone('oom', [0, 10_000, 20_000], 65_000, policy)).toEqual({ action: 'reload', reloads: [10_000, 20_000, 65_000] });
  });

  it('treats every other reason (killed, oom, launch-failed…) as a crash', () => {
    for (const reason of ['abnormal-exit', 'killed', 'crashed', 'oom', 'launch-failed', 'integrity-failure', 'memory-eviction']) {
      expect(decideOnRendererGone(reason, [], 0, policy).action).toBe('reload');
    }
  });
});

describe('crash dialog', () => {
  it('offers Reload (default) and Quit; closing it counts as Quit', () => {
    const options = crashDialogOptions('MissDeck', mainCatalogues.en);
    expect(options.buttons).toEqual(['Reload', 'Quit']);
    expect(options.message).toBe("MissDeck's window keeps crashing");
    expect(crashDialogOptions('MissDeck', mainCatalogues.ja)).toMatchObject({ buttons: ['再読み込み', '終了'], message: 'MissDeck のウィンドウがクラッシュを繰り返しています' });
    expect(options).toMatchObject({ defaultId: 0, cancelId: 1 });
    expect(crashDialogChoice(0)).toBe('reload');
    expect(crashDialogChoice(1)).toBe('quit');
  });
});

function fakeWindow() {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  const win = {
    isDestroyed: () => false,
    on: vi.fn((event: string, listener: () => void) => handlers.set(event, listener)),
    webContents: { on: vi.fn((event: string, listener: (...args: unknown[]) => void) => handlers.set(`wc:${event}`, listener)) },
  };
  const gone = (reason: string) => handlers.get('wc:render-process-gone')?.({}, { reason, exitCode: 1 });
  return { win: win as unknown as RecoverableWindow, gone, handlers };
}

describe('installCrashRecovery', () => {
  it('reloads, then asks; Reload starts a fresh budget, Quit quits', async () => {
    let time = 0;
    const reload = vi.fn();
    const quit = vi.fn();
    const answers: Array<'reload' | 'quit'> = ['reload', 'quit'];
    const ask = vi.fn(async () => answers.shift() ?? 'quit');
    const logger = fakeLogger();
    const { win, gone } = fakeWindow();
    installCrashRecovery(win, { reload, ask, quit, logger, now: () => time, policy });

    for (let n = 0; n < 3; n += 1) {
      gone('crashed');
      time += 1000;
    }
    expect(reload).toHaveBeenCalledTimes(3);
    gone('crashed');
    expect(ask).toHaveBeenCalledTimes(1);
    gone('crashed'); // while the dialog is open: no second dialog
    expect(ask).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(4));

    gone('crashed'); // fresh budget after the user chose Reload
    expect(reload).toHaveBeenCalledTimes(5);
    gone('crashed');
    gone('crashed');
    gone('crashed');
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    expect(logger.error).toHaveBeenCalled();
  });

  it('logs an unresponsive window, does nothing on a clean exit', () => {
    const reload = vi.fn();
    const logger = fakeLogger();
    const { win, gone, handlers } = fakeWindow();
    installCrashRecovery(win, { reload, ask: async () => 'quit', quit: vi.fn(), logger });
    gone('clean-exit');
    expect(reload).not.toHaveBeenCalled();
    handlers.get('unresponsive')?.();
    handlers.get('responsive')?.();
    expect(logger.warn).toHaveBeenCalledWith('the window stopped responding');
    expect(logger.info).toHaveBeenCalledWith('the window responds again');
  });
});
