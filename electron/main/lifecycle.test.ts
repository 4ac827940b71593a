import { describe, expect, it, vi } from 'vitest';
import { disposeBeforeQuit, focusWindow } from './lifecycle';
import { acquireSingleInstanceLock } from './singleInstance';
import { fakeLogger } from './testLogger';

function fakeApp() {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const app = {
    on: vi.fn((_name: 'before-quit', l: typeof listener) => (listener = l)),
    quit: vi.fn(),
  };
  const beforeQuit = () => {
    const event = { preventDefault: vi.fn() };
    listener?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { app, beforeQuit };
}

describe('acquireSingleInstanceLock', () => {
  it('runs when the lock is ours', () => {
    const app = { requestSingleInstanceLock: () => true, quit: vi.fn() };
    expect(acquireSingleInstanceLock(app, fakeLogger())).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
  });
  it('quits when another instance holds it', () => {
    const app = { requestSingleInstanceLock: () => false, quit: vi.fn() };
    expect(acquireSingleInstanceLock(app, fakeLogger())).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });
});

describe('disposeBeforeQuit', () => {
  it('holds the quit until the core is disposed, once', async () => {
    const { app, beforeQuit } = fakeApp();
    let finish: () => void = () => {};
    const dispose = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    disposeBeforeQuit(app, dispose, fakeLogger());
    expect(beforeQuit()).toBe(true);
    expect(beforeQuit()).toBe(true);
    await vi.waitFor(() => expect(dispose).toHaveBeenCalled());
    expect(app.quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(beforeQuit()).toBe(false);
  });

  it('quits anyway when dispose fails or hangs', async () => {
    const failing = fakeApp();
    disposeBeforeQuit(failing.app, () => Promise.reject(new Error('x')), fakeLogger());
    failing.beforeQuit();
    await vi.waitFor(() => expect(failing.app.quit).toHaveBeenCalled());

    vi.useFakeTimers();
    try {
      const hanging = fakeApp();
      disposeBeforeQuit(hanging.app, () => new Promise(() => {}), fakeLogger(), 100);
      hanging.beforeQuit();
      await vi.advanceTimersByTimeAsync(150);
      expect(hanging.app.quit).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('focusWindow', () => {
  it('restores, shows and focuses a window; ignores none or a destroyed one', () => {
    const win = { isDestroyed: () => false, isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(win);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(() => focusWindow(null)).not.toThrow();
    const destroyed = { ...win, isDestroyed: () => true, focus: vi.fn() };
    focusWindow(destroyed);
    expect(destroyed.focus).not.toHaveBeenCalled();
  });
});
