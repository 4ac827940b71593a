import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect, WindowSizeLimits } from './windowState';

/** The window's first size, and the smallest the deck still works at. */
export const windowSizeLimits: WindowSizeLimits = { defaultWidth: 1280, defaultHeight: 820, minWidth: 480, minHeight: 360 };

/**
 * The main window's options. Every security-relevant preference is spelled out, not left to defaults.
 * `bounds` is where the window opens (restored and clamped by windowState); without it, Electron centres it.
 */
export function buildWindowOptions(preloadPath: string, bounds?: Rect): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? { width: windowSizeLimits.defaultWidth, height: windowSizeLimits.defaultHeight }),
    minWidth: windowSizeLimits.minWidth,
    minHeight: windowSizeLimits.minHeight,
    title: 'MissDeck',
    show: false,
    backgroundColor: '#1e1e24',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
