import { describe, expect, it, vi } from 'vitest';
import type { KeyValueStore } from '../core/platform';
import { fakeLogger } from './testLogger';
import { windowSizeLimits } from './windowOptions';
import {
  createWindowStateKeeper,
  parseWindowState,
  rescueOffscreenBounds,
  restoreWindowBounds,
  windowStateKey,
  type DisplayLike,
  type Rect,
  type SavedWindowState,
  type TrackedWindow,
} from './windowState';

const limits = windowSizeLimits; // default 1280×820, minimum 480×360
const saved = (bounds: Rect, maximized = false): SavedWindowState => ({ version: 1, bounds, maximized });
const display = (x: number, y: number, width: number, height: number, scaleFactor = 1): DisplayLike => ({
  workArea: { x, y, width, height },
  scaleFactor,
});

// Work areas leave room for a taskbar / menu bar, as real ones do.
const single = [display(0, 0, 1920, 1040)];
const dual = [display(0, 0, 1920, 1040), display(1920, 0, 2560, 1400)];
const primary = single[0] as DisplayLike;

describe('restoreWindowBounds', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    expect(restoreWindowBounds(null, single, primary, limits)).toEqual({
      bounds: { x: 320, y: 110, width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('keeps a window that is fully on screen exactly where it was', () => {
    const bounds = { x: 100, y: 50, width: 1000, height: 700 };
    expect(restoreWindowBounds(saved(bounds, true), single, primary, limits)).toEqual({ bounds, maximized: true });
  });

  it('pulls a partly visible window fully onto its display', () => {
    expect(restoreWindowBounds(saved({ x: -300, y: 900, width: 1000, height: 700 }), single, primary, limits).bounds).toEqual({
      x: 0,
      y: 340,
      width: 1000,
      height: 700,
    });
  });

  it('keeps a window on the second of two side-by-side displays, and picks the display it overlaps most', () => {
    const onSecond = { x: 2200, y: 100, width: 1400, height: 900 };
    expect(restoreWindowBounds(saved(onSecond), dual, primary, limits).bounds).toEqual(onSecond);
    // Straddling the edge, mostly on the second display: moved fully onto the second.
    expect(restoreWindowBounds(saved({ x: 1700, y: 0, width: 1000, height: 700 }), dual, primary, limits).bounds).toEqual({
      x: 1920,
      y: 0,
      width: 1000,
      height: 700,
    });
  });

  it('centres on the primary display when the display the window was on is gone', () => {
    const onRemoved = saved({ x: 2200, y: 100, width: 1400, height: 900 });
    expect(restoreWindowBounds(onRemoved, single, primary, limits).bounds).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('does not count a sliver on screen as visible', () => {
    // Only 20 px of the window's left edge would show on the display.
    expect(restoreWindowBounds(saved({ x: 1900, y: 100, width: 800, height: 600 }), single, primary, limits).bounds).toEqual({
      x: 560,
      y: 220,
      width: 800,
      height: 600,
    });
  });

  it('works with displays at negative coordinates (left of or above the primary)', () => {
    const layout = [display(0, 0, 1920, 1040), display(-1680, -200, 1680, 1010)];
    const onLeft = { x: -1500, y: -150, width: 1200, height: 800 };
    expect(restoreWindowBounds(saved(onLeft), layout, primary, limits).bounds).toEqual(onLeft);
    expect(restoreWindowBounds(saved({ x: -2000, y: -400, width: 1200, height: 800 }), layout, primary, limits).bounds).toEqual({
      x: -1680,
      y: -200,
      width: 1200,
      height: 800,
    });
  });

  it('uses DIPs: a HiDPI display is as big as its work area says, and fractional edges are rounded', () => {
    // A 3840×2160 panel at 200 % is 1920×1080 DIP; at 150 % a 2560×1440 panel has fractional edges.
    const hidpi = [display(0, 0, 1920, 1032, 2)];
    expect(restoreWindowBounds(saved({ x: 0, y: 0, width: 3000, height: 2000 }), hidpi, hidpi[0] as DisplayLike, limits).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1032,
    });
    const fractional = [display(0, 0, 1706.6666, 930.6666, 1.5)];
    const result = restoreWindowBounds(null, fractional, fractional[0] as DisplayLike, limits).bounds;
    expect(Object.values(result).every(Number.isInteger)).toBe(true);
    expect(result).toEqual({ x: 213, y: 55, width: 1280, height: 820 });
  });

  it('respects the minimum size, and a work area smaller than the window', () => {
    expect(restoreWindowBounds(saved({ x: 10, y: 10, width: 100, height: 80 }), single, primary, limits).bounds).toEqual({
      x: 10,
      y: 10,
      width: 480,
      height: 360,
    });
    const tiny = [display(0, 0, 1024, 600)];
    expect(restoreWindowBounds(saved({ x: 0, y: 0, width: 1400, height: 900 }), tiny, tiny[0] as DisplayLike, limits).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 600,
    });
  });
});

describe('rescueOffscreenBounds', () => {
  it('leaves a visible window alone and brings back one whose display went away', () => {
    expect(rescueOffscreenBounds({ x: 100, y: 100, width: 800, height: 600 }, single, primary, limits)).toBeNull();
    expect(rescueOffscreenBounds({ x: 2200, y: 100, width: 800, height: 600 }, single, primary, limits)).toEqual({
      x: 560,
      y: 220,
      width: 800,
      height: 600,
    });
  });
});

describe('parseWindowState', () => {
  it('accepts version 1 and refuses anything else', () => {
    const good = { version: 1, bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: false };
    expect(parseWindowState(good)).toEqual(good);
    for (const bad of [
      undefined,
      null,
      'x',
      { ...good, version: 2 },
      { ...good, maximized: 'yes' },
      { ...good, bounds: null },
      { ...good, bounds: { x: 1, y: 2, width: 0, height: 4 } },
      { ...good, bounds: { x: Number.NaN, y: 2, width: 3, height: 4 } },
      { ...good, bounds: { x: '1', y: 2, width: 3, height: 4 } },
    ]) {
      expect(parseWindowState(bad)).toBeNull();
    }
  });
});

function fakeWindow(bounds: Rect) {
  const listeners = new Map<string, Array<() => void>>();
  const win = {
    bounds,
    maximized: false,
    minimized: false,
    on: vi.fn((event: string, listener: () => void) => listeners.set(event, [...(listeners.get(event) ?? []), listener])),
    getNormalBounds: () => win.bounds,
    isMaximized: () => win.maximized,
    isMinimized: () => win.minimized,
    isDestroyed: () => false,
    emit: (event: string) => listeners.get(event)?.forEach((listener) => listener()),
  };
  return win;
}

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: (key) => data.get(key), set: (key, value) => data.set(key, value), delete: (key) => data.delete(key) };
}

describe('createWindowStateKeeper', () => {
  it('saves once, debounced, after a burst of moves and resizes', () => {
    vi.useFakeTimers();
    try {
      const store = memoryStore();
      const set = vi.spyOn(store, 'set');
      const keeper = createWindowStateKeeper({ store, logger: fakeLogger(), debounceMs: 500 });
      const win = fakeWindow({ x: 0, y: 0, width: 800, height: 600 });
      keeper.track(win as TrackedWindow);
      for (let step = 0; step < 10; step += 1) {
        win.bounds = { x: step, y: step, width: 800 + step, height: 600 };
        win.emit(step % 2 === 0 ? 'move' : 'resize');
        vi.advanceTimersByTime(100);
      }
      expect(set).not.toHaveBeenCalled();
      vi.advanceTimersByTime(500);
      expect(set).toHaveBeenCalledTimes(1);
      expect(keeper.load()).toEqual({ version: 1, bounds: { x: 9, y: 9, width: 809, height: 600 }, maximized: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves at once on close (normal bounds and the maximised flag), and not while minimised', () => {
    const store = memoryStore();
    const keeper = createWindowStateKeeper({ store, logger: fakeLogger() });
    const win = fakeWindow({ x: 5, y: 6, width: 900, height: 700 });
    keeper.track(win as TrackedWindow);
    win.minimized = true;
    win.emit('close');
    expect(store.data.has(windowStateKey)).toBe(false);
    win.minimized = false;
    win.maximized = true;
    win.emit('close');
    expect(store.data.get(windowStateKey)).toEqual({ version: 1, bounds: { x: 5, y: 6, width: 900, height: 700 }, maximized: true });
    win.emit('closed');
  });

  it('logs, never throws, when the store fails', () => {
    const logger = fakeLogger();
    const broken: KeyValueStore = {
      get: () => {
        throw new Error('disk');
      },
      set: () => {
        throw new Error('disk');
      },
      delete: () => {},
    };
    const keeper = createWindowStateKeeper({ store: broken, logger });
    expect(keeper.load()).toBeNull();
    const win = fakeWindow({ x: 0, y: 0, width: 800, height: 600 });
    keeper.track(win as TrackedWindow);
    expect(() => win.emit('close')).not.toThrow();
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });
});
