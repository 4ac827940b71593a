import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAboutOptions, openLogFile, showAboutDialog } from './aboutDialog';
import { buildAppMenuTemplate, type AppMenuActions } from './appMenu';
import {
  buildContextMenuTemplate,
  chooseSpellCheckerLanguages,
  configureSpellChecker,
  installContextMenu,
  tidySeparators,
  type ContextMenuActions,
  type ContextMenuParamsLike,
} from './contextMenu';
import { mainCatalogues } from './i18n';
import { contextMenuParams } from './testContextMenu';
import { fakeLogger } from './testLogger';

type Item = MenuItemConstructorOptions;
const submenuOf = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : []);
const menuNamed = (template: Item[], label: string) => template.find((item) => item.label?.replace('&', '') === label);
const roles = (items: Item[]) => items.filter((item) => item.visible !== false).map((item) => item.role).filter(Boolean);
const labels = (items: Item[]) => items.map((item) => item.label ?? item.role ?? item.type);
const allItems = (items: Item[]): Item[] => items.flatMap((item) => [item, ...allItems(submenuOf(item))]);

const { en, ja } = mainCatalogues;

function menuActions() {
  return {
    command: vi.fn<AppMenuActions['command']>(),
    showAbout: vi.fn<AppMenuActions['showAbout']>(),
    openLogFile: vi.fn<AppMenuActions['openLogFile']>(),
  };
}

describe('application menu', () => {
  const build = (platform: NodeJS.Platform, isDevelopment = false, actions = menuActions(), messages = en) =>
    buildAppMenuTemplate({ platform, isDevelopment, appName: 'MissDeck', actions, messages });

  it('on macOS starts with the app menu: About, Settings…, Hide, Quit', () => {
    const template = build('darwin');
    expect(labels(template)).toEqual(['MissDeck', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appItems = submenuOf(template[0]);
    expect(labels(appItems).filter((label) => label !== 'separator')).toEqual([
      'About MissDeck',
      'Settings…',
      'Services',
      'Hide MissDeck',
      'Hide Others',
      'Show All',
      'Quit MissDeck',
    ]);
    expect(roles(appItems)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(appItems.find((item) => item.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,');
  });

  it('on Windows and Linux has no app menu; Settings and Quit are in File, About in Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = build(platform);
      expect(labels(template)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
      expect(labels(submenuOf(menuNamed(template, 'File')))).toEqual(['New Note', 'separator', 'Settings…', 'separator', 'Close Window', 'Quit']);
      expect(labels(submenuOf(menuNamed(template, 'Help')))).toEqual(['Keyboard Shortcuts', 'Open Log File', 'separator', 'About MissDeck']);
    }
  });

  it('has an Edit menu with every editing role on every platform (so ⌘C/⌘V work on macOS)', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(submenuOf(menuNamed(build(platform), 'Edit')))).toEqual([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'pasteAndMatchStyle',
        'delete',
        'selectAll',
      ]);
    }
  });

  it('offers reload and developer tools in development only', () => {
    const view = (isDevelopment: boolean) => roles(submenuOf(menuNamed(build('linux', isDevelopment), 'View')));
    expect(view(false)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(view(true)).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const production = allItems(build(platform)).map((item) => item.role);
      expect(production).not.toContain('toggleDevTools');
      expect(production).not.toContain('reload');
      expect(production).not.toContain('forceReload');
    }
  });

  it('is in Japanese with the Japanese texts: access keys on Windows/Linux, none on macOS, roles kept', () => {
    const linux = build('linux', true, menuActions(), ja);
    expect(labels(linux)).toEqual(['ファイル(&F)', '編集(&E)', '表示(&V)', 'ウィンドウ(&W)', 'ヘルプ(&H)']);
    expect(labels(submenuOf(linux[0]))).toEqual(['新しいノート', 'separator', '設定…', 'separator', 'ウィンドウを閉じる', '終了']);
    expect(labels(submenuOf(linux[4]))).toEqual(['キーボードショートカット', 'ログファイルを開く', 'separator', 'MissDeck について']);
    const edit = submenuOf(linux[1]);
    expect(edit.filter((item) => item.role !== undefined).map((item) => [item.role, item.label])).toEqual([
      ['undo', '元に戻す'],
      ['redo', 'やり直す'],
      ['cut', '切り取り'],
      ['copy', 'コピー'],
      ['paste', '貼り付け'],
      ['pasteAndMatchStyle', 'ペーストしてスタイルを合わせる'],
      ['delete', '削除'],
      ['selectAll', 'すべてを選択'],
    ]);
    const mac = build('darwin', false, menuActions(), ja);
    expect(labels(mac)).toEqual(['MissDeck', 'ファイル', '編集', '表示', 'ウィンドウ', 'ヘルプ']);
    expect(labels(submenuOf(mac[0])).filter((label) => label !== 'separator')).toEqual([
      'MissDeck について',
      '設定…',
      'サービス',
      'MissDeck を隠す',
      'ほかを隠す',
      'すべてを表示',
      'MissDeck を終了',
    ]);
  });

  it('labels every item in every language, the same items with the same roles', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const isDevelopment of [false, true]) {
        const inEnglish = allItems(build(platform, isDevelopment, menuActions(), en));
        const inJapanese = allItems(build(platform, isDevelopment, menuActions(), ja));
        expect(inJapanese.map((item) => [item.role, item.type, item.accelerator])).toEqual(inEnglish.map((item) => [item.role, item.type, item.accelerator]));
        for (const item of [...inEnglish, ...inJapanese]) {
          if (item.type !== 'separator') expect(item.label, `${platform} ${String(item.role)}`).toMatch(/\S/);
        }
      }
    }
  });

  it('sends renderer commands and runs its own actions', () => {
    const actions = menuActions();
    const items = allItems(build('darwin', false, actions));
    const click = (label: string) => (items.find((item) => item.label === label)?.click as (() => void) | undefined)?.();
    click('New Note');
    click('Settings…');
    click('Keyboard Shortcuts');
    click('About MissDeck');
    click('Open Log File');
    expect(actions.command.mock.calls).toEqual([['newNote'], ['openSettings'], ['showShortcuts']]);
    expect(actions.showAbout).toHaveBeenCalledTimes(1);
    expect(actions.openLogFile).toHaveBeenCalledTimes(1);
    expect(items.find((item) => item.label === 'New Note')?.accelerator).toBe('CmdOrCtrl+N');
  });
});

const baseParams = contextMenuParams();

function contextActions() {
  return {
    replaceMisspelling: vi.fn<ContextMenuActions['replaceMisspelling']>(),
    addToDictionary: vi.fn<ContextMenuActions['addToDictionary']>(),
    copyText: vi.fn<ContextMenuActions['copyText']>(),
    openExternal: vi.fn<ContextMenuActions['openExternal']>(),
    copyImageAt: vi.fn<ContextMenuActions['copyImageAt']>(),
    inspectElementAt: vi.fn<(x: number, y: number) => void>(),
  };
}
const contextMenuOf = (params: ContextMenuParamsLike, actions: ContextMenuActions, messages = en) => buildContextMenuTemplate(params, actions, messages);
const clickLabel = (items: Item[], label: string) => (items.find((item) => item.label === label)?.click as (() => void) | undefined)?.();
const withoutInspect = (): ContextMenuActions => {
  const { inspectElementAt: _inspect, ...rest } = contextActions();
  return rest;
};

describe('context menu', () => {
  it('shows nothing on an empty spot', () => {
    expect(contextMenuOf(baseParams, withoutInspect())).toEqual([]);
  });

  it('offers editing in a text field, with the flags deciding what is enabled', () => {
    const items = contextMenuOf(
      { ...baseParams, isEditable: true, editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } },
      withoutInspect(),
    );
    expect(labels(items)).toEqual(['Cut', 'Copy', 'Paste', 'separator', 'Select All']);
    expect(roles(items)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(items.filter((item) => item.enabled === false).map((item) => item.role)).toEqual(['cut', 'copy']);
  });

  it('puts spelling suggestions first, replacing the word, and can add it to the dictionary', () => {
    const actions = contextActions();
    const items = contextMenuOf(
      { ...baseParams, isEditable: true, misspelledWord: 'nte', dictionarySuggestions: ['note', 'nite', 'net', 'nth', 'tne', 'ant', 'extra'] },
      actions,
    );
    expect(labels(items).slice(0, 7)).toEqual(['note', 'nite', 'net', 'nth', 'tne', 'Add to Dictionary', 'separator']);
    clickLabel(items, 'note');
    clickLabel(items, 'Add to Dictionary');
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('note');
    expect(actions.addToDictionary).toHaveBeenCalledWith('nte');
    const none = contextMenuOf({ ...baseParams, isEditable: true, misspelledWord: 'qqq' }, actions);
    expect(none[0]).toMatchObject({ label: 'No Guesses Found', enabled: false });
  });

  it('offers Copy for selected text', () => {
    expect(labels(contextMenuOf({ ...baseParams, selectionText: 'hello' }, withoutInspect()))).toEqual(['Copy']);
    expect(contextMenuOf({ ...baseParams, selectionText: '   ' }, withoutInspect())).toEqual([]);
  });

  it('opens and copies http(s) links only', () => {
    const actions = contextActions();
    const items = contextMenuOf({ ...baseParams, linkURL: 'https://misskey.example/@alice' }, actions);
    expect(labels(items)).toEqual(['Open Link in Browser', 'Copy Link', 'separator', 'Inspect Element']);
    clickLabel(items, 'Open Link in Browser');
    clickLabel(items, 'Copy Link');
    expect(actions.openExternal).toHaveBeenCalledWith('https://misskey.example/@alice');
    expect(actions.copyText).toHaveBeenCalledWith('https://misskey.example/@alice');
    for (const linkURL of ['javascript:alert(1)', 'file:///app/dist/renderer/index.html#x', 'missdeck://auth', 'https://user:pw@evil.example/', 'data:text/html,x']) {
      expect(contextMenuOf({ ...baseParams, linkURL }, withoutInspect())).toEqual([]);
    }
  });

  it('copies, opens and copies the address of an http(s) image; a data: image can only be copied', () => {
    const actions = contextActions();
    const image = { ...baseParams, mediaType: 'image', hasImageContents: true, srcURL: 'https://files.example/a.webp' };
    const items = contextMenuOf(image, withoutInspect());
    expect(labels(items)).toEqual(['Copy Image', 'Open Image in Browser', 'Copy Image Address']);
    const withActions = contextMenuOf(image, actions);
    clickLabel(withActions, 'Copy Image');
    clickLabel(withActions, 'Copy Image Address');
    clickLabel(withActions, 'Open Image in Browser');
    clickLabel(withActions, 'Inspect Element');
    expect(actions.copyImageAt).toHaveBeenCalledWith(10, 20);
    expect(actions.copyText).toHaveBeenCalledWith('https://files.example/a.webp');
    expect(actions.openExternal).toHaveBeenCalledWith('https://files.example/a.webp');
    expect(actions.inspectElementAt).toHaveBeenCalledWith(10, 20);
    expect(labels(contextMenuOf({ ...image, srcURL: 'data:image/png;base64,AAAA' }, withoutInspect()))).toEqual(['Copy Image']);
  });

  it('combines an image inside a link without stray separators', () => {
    const items = contextMenuOf(
      { ...baseParams, linkURL: 'https://m.example/notes/1', mediaType: 'image', srcURL: 'https://files.example/a.png', hasImageContents: true },
      withoutInspect(),
    );
    expect(labels(items)).toEqual(['Open Link in Browser', 'Copy Link', 'separator', 'Copy Image', 'Open Image in Browser', 'Copy Image Address']);
  });

  it('is in Japanese with the Japanese texts, editing roles kept', () => {
    const editable = contextMenuOf({ ...baseParams, isEditable: true, misspelledWord: 'qqq' }, withoutInspect(), ja);
    expect(labels(editable)).toEqual(['候補が見つかりません', '辞書に追加', 'separator', '切り取り', 'コピー', '貼り付け', 'separator', 'すべてを選択']);
    expect(roles(editable)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    const image = { ...baseParams, linkURL: 'https://m.example/notes/1', mediaType: 'image', srcURL: 'https://files.example/a.png', hasImageContents: true };
    expect(labels(contextMenuOf(image, contextActions(), ja))).toEqual([
      'リンクをブラウザで開く',
      'リンクをコピー',
      'separator',
      '画像をコピー',
      '画像をブラウザで開く',
      '画像のアドレスをコピー',
      'separator',
      '要素を検証',
    ]);
  });

  it('tidies separators', () => {
    const sep: Item = { type: 'separator' };
    expect(labels(tidySeparators([sep, { label: 'a' }, sep, sep, { label: 'b' }, sep]))).toEqual(['a', 'separator', 'b']);
  });

  it('pops up only when there is something to show', () => {
    let listener: ((event: unknown, params: ContextMenuParamsLike) => void) | undefined;
    const contents = { on: vi.fn((_event: 'context-menu', next: typeof listener) => (listener = next)) };
    const popup = vi.fn();
    installContextMenu(contents, withoutInspect(), popup, () => en);
    listener?.({}, baseParams);
    expect(popup).not.toHaveBeenCalled();
    listener?.({}, { ...baseParams, selectionText: 'x' });
    expect(popup).toHaveBeenCalledTimes(1);
  });
});

describe('spell checker languages', () => {
  const available = ['af', 'de-DE', 'en-AU', 'en-GB', 'en-US', 'fr-FR', 'ja', 'pt-BR', 'pt-PT'];

  it('matches exactly, then by language, at most three', () => {
    expect(chooseSpellCheckerLanguages(['en-GB', 'de-AT', 'fr'], available)).toEqual(['en-GB', 'de-DE', 'fr-FR']);
    expect(chooseSpellCheckerLanguages(['pt_PT', 'xx', 'en-US', 'ja-JP', 'af'], available)).toEqual(['pt-PT', 'en-US', 'ja']);
    expect(chooseSpellCheckerLanguages(['ko-KR'], available)).toEqual([]);
  });

  it('is not set on macOS, and a failure is logged, not thrown', () => {
    const session = { availableSpellCheckerLanguages: available, setSpellCheckerLanguages: vi.fn() };
    expect(configureSpellChecker(session, ['en-GB'], 'darwin', fakeLogger())).toEqual([]);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
    expect(configureSpellChecker(session, ['en-GB'], 'linux', fakeLogger())).toEqual(['en-GB']);
    const logger = fakeLogger();
    session.setSpellCheckerLanguages.mockImplementation(() => {
      throw new Error('unknown language');
    });
    expect(configureSpellChecker(session, ['en-GB'], 'win32', logger)).toEqual([]);
    expect(logger.warn).toHaveBeenCalled();
  });
});

describe('about dialog', () => {
  const info = {
    appName: 'MissDeck',
    appVersion: '0.1.0',
    versions: { electron: '45.5.0', chrome: '142.0', node: '22.20.0' },
    platform: 'linux',
    arch: 'x64',
  };

  it('shows the version and runtime, with an Open Log File button', () => {
    const options = buildAboutOptions(info, en);
    expect(options.message).toBe('MissDeck');
    expect(options.detail).toContain('Version 0.1.0');
    expect(options.detail).toContain('Electron 45.5.0');
    expect(options.buttons).toEqual(['OK', 'Open Log File']);
  });

  it('is in Japanese with the Japanese texts', () => {
    const options = buildAboutOptions(info, ja);
    expect(options).toMatchObject({ title: 'MissDeck について', message: 'MissDeck', buttons: ['OK', 'ログファイルを開く'] });
    expect(options.detail).toContain('バージョン 0.1.0');
  });

  it('opens the log file only when that button is chosen', async () => {
    const openLog = vi.fn(async () => {});
    await showAboutDialog(async () => ({ response: 0 }), info, en, openLog);
    expect(openLog).not.toHaveBeenCalled();
    await showAboutDialog(async () => ({ response: 1 }), info, en, openLog);
    expect(openLog).toHaveBeenCalledTimes(1);
  });

  it('opens the log through shell.openPath and logs a failure', async () => {
    const shell = { openPath: vi.fn(async () => '') };
    const logger = fakeLogger();
    await openLogFile(shell, '/logs/missdeck.log', logger);
    expect(shell.openPath).toHaveBeenCalledWith('/logs/missdeck.log');
    shell.openPath.mockResolvedValueOnce('No application is associated');
    await openLogFile(shell, '/logs/missdeck.log', logger);
    await openLogFile(shell, null, logger);
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });
});
