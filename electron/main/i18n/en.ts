/**
 * English texts of the main process: menus, the context menu and dialogs. The reference
 * catalogue; ja.ts has the same keys (`MainMessages` makes a missing or extra key a type error,
 * and mainCatalogues.test.ts checks it at run time too). `{name}` is filled in by `fill`.
 *
 * Top-level menu names carry their Windows/Linux access key (`&File`, `ファイル(&F)`); macOS shows
 * them without it (`menuTitle`).
 */
export const en = {
  menu: {
    file: '&File',
    edit: '&Edit',
    view: '&View',
    window: '&Window',
    help: '&Help',
  },
  app: {
    about: 'About {appName}',
    settings: 'Settings…',
    services: 'Services',
    hide: 'Hide {appName}',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quitApp: 'Quit {appName}',
  },
  file: {
    newNote: 'New Note',
    closeWindow: 'Close Window',
    quit: 'Quit',
  },
  edit: {
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
  },
  view: {
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Toggle Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
  },
  window: {
    minimize: 'Minimize',
    zoom: 'Zoom',
    bringAllToFront: 'Bring All to Front',
    close: 'Close',
  },
  help: {
    keyboardShortcuts: 'Keyboard Shortcuts',
    openLogFile: 'Open Log File',
  },
  contextMenu: {
    noGuesses: 'No Guesses Found',
    addToDictionary: 'Add to Dictionary',
    openLink: 'Open Link in Browser',
    copyLink: 'Copy Link',
    copyImage: 'Copy Image',
    openImage: 'Open Image in Browser',
    copyImageAddress: 'Copy Image Address',
    inspectElement: 'Inspect Element',
  },
  about: {
    title: 'About {appName}',
    version: 'Version {version}',
    ok: 'OK',
    openLogFile: 'Open Log File',
  },
  crash: {
    message: "{appName}'s window keeps crashing",
    detail:
      'Your accounts and columns are safe. Reload to try again, or quit. The log file may say what went wrong (Help → Open Log File).',
    reload: 'Reload',
    quit: 'Quit',
  },
  badge: {
    unreadOne: '1 unread notification',
    unreadOther: '{count} unread notifications',
  },
};

/** The shape every main-process catalogue has: en's keys, any text. */
export type MainMessages = { readonly [Section in keyof typeof en]: { readonly [Key in keyof (typeof en)[Section]]: string } };
