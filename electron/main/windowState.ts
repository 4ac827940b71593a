import type { KeyValueStore, Logger } from '../core/platform';

/**
 * The main window's size, position and maximised state: kept in the store under `windowState`,
 * and restored at start onto a display that still exists. All coordinates are Electron's DIPs
 * (device-independent pixels), the unit of `screen` and `BrowserWindow` bounds on every OS.
 */
export const windowStateKey = 'windowState';
export const windowStateVersion = 1;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  version: typeof windowStateVersion;
  /** The normal (not maximised, not full screen) bounds. */
  bounds: Rect;
  maximized: boolean;
}

/** The part of Electron's `Display` the clamping needs. */
export interface DisplayLike {
  id?: number;
  workArea: Rect;
  scaleFactor?: number;
}

export interface WindowSizeLimits {
  defaultWidth: number;
  defaultHeight: number;
  minWidth: number;
  minHeight: number;
}

/** A window counts as visible on a display when at least this much of it (in each direction) is on it. */
export const minVisiblePart = 48;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The saved state when it is ours and well formed; anything else (old version, hand-edited junk) is null. */
export function parseWindowState(raw: unknown): SavedWindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { version, bounds, maximized } = raw as Record<string, unknown>;
  if (version !== windowStateVersion || typeof maximized !== 'boolean') return null;
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isFiniteNumber(width) || !isFiniteNumber(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return { version: windowStateVersion, bounds: { x, y, width, height }, maximized };
}

/** The overlap of two rectangles, as a width and a height (0 when they do not overlap). */
export function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? { width, height } : { width: 0, height: 0 };
}

/** Whether enough of `rect` is on `area` to see it and grab it. */
export function isUsablyVisible(rect: Rect, area: Rect): boolean {
  const { width, height } = overlap(rect, area);
  return width >= Math.min(minVisiblePart, rect.width) && height >= Math.min(minVisiblePart, rect.height);
}

/** `size` no smaller than the minimum and no larger than the work area (the area wins on a tiny screen). */
function fitSize(width: number, height: number, area: Rect, limits: WindowSizeLimits): { width: number; height: number } {
  return {
    width: Math.min(Math.max(width, limits.minWidth), area.width),
    height: Math.min(Math.max(height, limits.minHeight), area.height),
  };
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/** `rect` moved (and shrunk if need be) so that all of it lies in `area`; whole pixels. */
export function fitInto(rect: Rect, area: Rect, limits: WindowSizeLimits): Rect {
  const { width, height } = fitSize(rect.width, rect.height, area, limits);
  return roundRect({
    x: clamp(rect.x, area.x, area.x + area.width - width),
    y: clamp(rect.y, area.y, area.y + area.height - height),
    width,
    height,
  });
}

/** A window of the given size centred in `area`. */
export function centreIn(area: Rect, width: number, height: number, limits: WindowSizeLimits): Rect {
  const size = fitSize(width, height, area, limits);
  return roundRect({
    x: area.x + (area.width - size.width) / 2,
    y: area.y + (area.height - size.height) / 2,
    ...size,
  });
}

// Work areas on displays scaled by 125 % or 150 % can have fractional DIP edges; window bounds must be integers.
function roundRect(rect: Rect): Rect {
  return { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.floor(rect.width), height: Math.floor(rect.height) };
}

/**
 * Where the window opens. The saved rectangle goes onto the display it overlaps most, moved fully
 * inside that display's work area; if no display shows a usable part of it (the display was
 * unplugged, the resolution shrank), the window keeps its size and is centred on the primary display.
 */
export function restoreWindowBounds(
  saved: SavedWindowState | null,
  displays: readonly DisplayLike[],
  primary: DisplayLike,
  limits: WindowSizeLimits,
): { bounds: Rect; maximized: boolean } {
  if (saved === null) {
    return { bounds: centreIn(primary.workArea, limits.defaultWidth, limits.defaultHeight, limits), maximized: false };
  }
  let best: DisplayLike | null = null;
  let bestArea = 0;
  for (const display of displays) {
    if (!isUsablyVisible(saved.bounds, display.workArea)) continue;
    const { width, height } = overlap(saved.bounds, display.workArea);
    if (width * height > bestArea) {
      best = display;
      bestArea = width * height;
    }
  }
  const bounds =
    best === null
      ? centreIn(primary.workArea, saved.bounds.width, saved.bounds.height, limits)
      : fitInto(saved.bounds, best.workArea, limits);
  return { bounds, maximized: saved.maximized };
}

/** The bounds to move a window to after the displays changed, or null when it is still fine where it is. */
export function rescueOffscreenBounds(
  current: Rect,
  displays: readonly DisplayLike[],
  primary: DisplayLike,
  limits: WindowSizeLimits,
): Rect | null {
  if (displays.some((display) => isUsablyVisible(current, display.workArea))) return null;
  return centreIn(primary.workArea, current.width, current.height, limits);
}

/** The part of a `BrowserWindow` the keeper watches. */
export interface TrackedWindow {
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'maximize', listener: () => void): unknown;
  on(event: 'unmaximize', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isDestroyed(): boolean;
}

export interface WindowStateKeeperOptions {
  store: KeyValueStore;
  logger: Logger;
  debounceMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface WindowStateKeeper {
  /** The state saved last time, if it can be used. */
  load(): SavedWindowState | null;
  /** Saves the window's state shortly after each change, and at once when it closes. */
  track(win: TrackedWindow): void;
}

/** Reads and writes `windowState`; a failing store is logged, never thrown (window state is a nicety). */
export function createWindowStateKeeper(options: WindowStateKeeperOptions): WindowStateKeeper {
  const { store, logger } = options;
  const debounceMs = options.debounceMs ?? 500;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  return {
    load() {
      try {
        return parseWindowState(store.get(windowStateKey));
      } catch (error) {
        logger.warn('could not read the window state', { error: String(error) });
        return null;
      }
    },
    track(win) {
      let timer: unknown = null;
      const save = () => {
        if (timer !== null) clearTimer(timer);
        timer = null;
        // A minimised window's bounds say nothing about where the user wants it.
        if (win.isDestroyed() || win.isMinimized()) return;
        const state: SavedWindowState = {
          version: windowStateVersion,
          bounds: win.getNormalBounds(),
          maximized: win.isMaximized(),
        };
        try {
          store.set(windowStateKey, state);
        } catch (error) {
          logger.warn('could not save the window state', { error: String(error) });
        }
      };
      const later = () => {
        if (timer !== null) clearTimer(timer);
        timer = setTimer(save, debounceMs);
      };
      win.on('resize', later);
      win.on('move', later);
      win.on('maximize', later);
      win.on('unmaximize', later);
      win.on('close', save);
      win.on('closed', () => {
        if (timer !== null) clearTimer(timer);
        timer = null;
      });
    },
  };
}
