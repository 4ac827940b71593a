import type { MenuItemConstructorOptions } from 'electron';
import type { AppMenuCommand } from '../../shared/contract/events';
import { fill, macMenuTitle, type MainMessages } from './i18n';

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
  /** The texts, in the user's language. Roles keep their behaviour and get these labels. */
  messages: MainMessages;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu, per platform. The Edit menu must exist with its roles on macOS, or
 * ⌘C / ⌘V do nothing in the window. Reload and developer tools exist only in development: a
 * reload in production is what crash recovery is for, and devtools would expose the page.
 */
export function buildAppMenuTemplate({ platform, isDevelopment, appName, actions, messages: m }: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const title = (label: string) => (mac ? macMenuTitle(label) : label);
  const about: MenuItemConstructorOptions = { label: fill(m.app.about, { appName }), click: () => actions.showAbout() };
  const settings: MenuItemConstructorOptions = {
    label: m.app.settings,
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
      { role: 'services', label: m.app.services },
      separator,
      { role: 'hide', label: fill(m.app.hide, { appName }) },
      { role: 'hideOthers', label: m.app.hideOthers },
      { role: 'unhide', label: m.app.showAll },
      separator,
      { role: 'quit', label: fill(m.app.quitApp, { appName }) },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: title(m.menu.file),
    submenu: [
      { label: m.file.newNote, accelerator: 'CmdOrCtrl+N', click: () => actions.command('newNote') },
      separator,
      ...(mac ? [] : [settings, separator]),
      { role: 'close', label: m.file.closeWindow },
      ...(mac ? [] : [{ role: 'quit', label: m.file.quit } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: title(m.menu.edit),
    submenu: [
      { role: 'undo', label: m.edit.undo },
      { role: 'redo', label: m.edit.redo },
      separator,
      { role: 'cut', label: m.edit.cut },
      { role: 'copy', label: m.edit.copy },
      { role: 'paste', label: m.edit.paste },
      { role: 'pasteAndMatchStyle', label: m.edit.pasteAndMatchStyle },
      { role: 'delete', label: m.edit.delete },
      separator,
      { role: 'selectAll', label: m.edit.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: title(m.menu.view),
    submenu: [
      ...(isDevelopment
        ? ([
            { role: 'reload', label: m.view.reload },
            { role: 'forceReload', label: m.view.forceReload },
            { role: 'toggleDevTools', label: m.view.toggleDevTools },
            separator,
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: m.view.actualSize },
      { role: 'zoomIn', label: m.view.zoomIn },
      // Ctrl+= zooms in too, as in browsers (zoomIn's own accelerator needs Shift on most layouts).
      { role: 'zoomIn', label: m.view.zoomIn, accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true },
      { role: 'zoomOut', label: m.view.zoomOut },
      separator,
      { role: 'togglefullscreen', label: m.view.toggleFullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: title(m.menu.window),
    role: 'window',
    submenu: mac
      ? [
          { role: 'minimize', label: m.window.minimize },
          { role: 'zoom', label: m.window.zoom },
          separator,
          { role: 'front', label: m.window.bringAllToFront },
        ]
      : [
          { role: 'minimize', label: m.window.minimize },
          { role: 'close', label: m.window.close },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: title(m.menu.help),
    role: 'help',
    submenu: [
      // No accelerator: the renderer owns its keyboard shortcuts, and a menu accelerator would take the key first.
      { label: m.help.keyboardShortcuts, click: () => actions.command('showShortcuts') },
      { label: m.help.openLogFile, click: () => actions.openLogFile() },
      // On macOS, About lives in the app menu.
      ...(mac ? [] : [separator, about]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
