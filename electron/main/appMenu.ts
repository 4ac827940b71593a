import type { MenuItemConstructorOptions } from 'electron';
import type { AppMenuCommand } from '../../shared/contract/events';

/** What the menu's own items do; roles (copy, zoom, quit…) are Electron's. */
export interface AppMenuActions {
  /** Asks the renderer to do something (the `app.menuCommand` event). */
  command(command: AppMenuCommand): void;
  showAbout(): void;
  openLogFile(): void;
}

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Unpackaged: reload and developer tools are offered. */
  isDevelopment: boolean;
  appName: string;
  actions: AppMenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu, per platform. The Edit menu must exist with its roles on macOS, or
 * ⌘C / ⌘V do nothing in the window. Reload and developer tools exist only in development: a
 * reload in production is what crash recovery is for, and devtools would expose the page.
 */
export function buildAppMenuTemplate({ platform, isDevelopment, appName, actions }: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => actions.showAbout() };
  const settings: MenuItemConstructorOptions = {
    label: 'Settings…',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.command('openSettings'),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      { label: 'New Note', accelerator: 'CmdOrCtrl+N', click: () => actions.command('newNote') },
      separator,
      ...(mac ? [] : [settings, separator]),
      { role: 'close', label: 'Close Window' },
      ...(mac ? [] : [{ role: 'quit', label: 'Quit' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      ...(isDevelopment
        ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemConstructorOptions[]
        : []),
      { role: 'resetZoom', label: 'Actual Size' },
      { role: 'zoomIn' },
      // Ctrl+= zooms in too, as in browsers (zoomIn's own accelerator needs Shift on most layouts).
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: mac ? 'Window' : '&Window',
    role: 'window',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: mac ? 'Help' : '&Help',
    role: 'help',
    submenu: [
      // No accelerator: the renderer owns its keyboard shortcuts, and a menu accelerator would take the key first.
      { label: 'Keyboard Shortcuts', click: () => actions.command('showShortcuts') },
      { label: 'Open Log File', click: () => actions.openLogFile() },
      // On macOS, About lives in the app menu.
      ...(mac ? [] : [separator, about]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
