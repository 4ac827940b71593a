import type { MenuItemConstructorOptions } from 'electron';
import { normaliseExternalUrl } from '../../shared/links/externalUrl';
import type { Logger } from '../core/platform';
import type { MainMessages } from './i18n';

/** The part of Electron's `ContextMenuParams` the menu is built from. */
export interface ContextMenuParamsLike {
  x: number;
  y: number;
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  linkURL: string;
  srcURL: string;
  mediaType: string;
  hasImageContents?: boolean;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
  copyText(text: string): void;
  /** Opens an http(s) URL in the system browser (the safe opener). */
  openExternal(url: string): void;
  copyImageAt(x: number, y: number): void;
  inspectElementAt?: (x: number, y: number) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };
const maxSuggestions = 5;

/** Drops leading, trailing and doubled separators. */
export function tidySeparators(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const result: MenuItemConstructorOptions[] = [];
  for (const item of items) {
    const last = result[result.length - 1];
    if (item.type === 'separator' && (last === undefined || last.type === 'separator')) continue;
    result.push(item);
  }
  if (result[result.length - 1]?.type === 'separator') result.pop();
  return result;
}

/**
 * The right-click menu for what is under the pointer: spelling and editing in a text field,
 * Copy for selected text, and for http(s) links and images, copying or opening the address in the
 * browser. Links to anything but http(s) (our own `file:` page, `javascript:`, `data:`) get no items.
 * An empty list means: show no menu.
 */
export function buildContextMenuTemplate(
  params: ContextMenuParamsLike,
  actions: ContextMenuActions,
  messages: MainMessages,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const flags = params.editFlags;
  const { contextMenu: text, edit } = messages;

  if (params.isEditable) {
    const word = params.misspelledWord;
    if (word !== '') {
      const suggestions = params.dictionarySuggestions.slice(0, maxSuggestions);
      for (const suggestion of suggestions) {
        items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
      }
      if (suggestions.length === 0) items.push({ label: text.noGuesses, enabled: false });
      items.push({ label: text.addToDictionary, click: () => actions.addToDictionary(word) }, separator);
    }
    items.push(
      { role: 'cut', label: edit.cut, enabled: flags.canCut },
      { role: 'copy', label: edit.copy, enabled: flags.canCopy },
      { role: 'paste', label: edit.paste, enabled: flags.canPaste },
      separator,
      { role: 'selectAll', label: edit.selectAll, enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: edit.copy, enabled: flags.canCopy });
  }

  const link = normaliseExternalUrl(params.linkURL);
  if (link !== null) {
    items.push(
      separator,
      { label: text.openLink, click: () => actions.openExternal(link) },
      { label: text.copyLink, click: () => actions.copyText(link) },
    );
  }

  if (params.mediaType === 'image') {
    const image = normaliseExternalUrl(params.srcURL);
    items.push(separator);
    if (params.hasImageContents !== false) items.push({ label: text.copyImage, click: () => actions.copyImageAt(params.x, params.y) });
    if (image !== null) {
      items.push(
        { label: text.openImage, click: () => actions.openExternal(image) },
        { label: text.copyImageAddress, click: () => actions.copyText(image) },
      );
    }
  }

  const inspect = actions.inspectElementAt;
  if (inspect !== undefined) items.push(separator, { label: text.inspectElement, click: () => inspect(params.x, params.y) });

  return tidySeparators(items);
}

/**
 * The spell checker's languages: the user's preferred OS languages that Chromium has a
 * dictionary for (exact match first, then the same language in another region), at most three.
 */
export function chooseSpellCheckerLanguages(preferred: readonly string[], available: readonly string[]): string[] {
  const byLower = new Map(available.map((code) => [code.toLowerCase(), code]));
  const chosen: string[] = [];
  const add = (code: string | undefined) => {
    if (code !== undefined && !chosen.includes(code)) chosen.push(code);
  };
  for (const raw of preferred) {
    const wanted = raw.replace('_', '-').toLowerCase();
    const base = wanted.split('-')[0] ?? wanted;
    const exact = byLower.get(wanted);
    if (exact !== undefined) add(exact);
    else add(byLower.get(base) ?? available.find((code) => code.toLowerCase().split('-')[0] === base));
    if (chosen.length >= 3) break;
  }
  return chosen;
}

interface SpellSession {
  availableSpellCheckerLanguages: string[];
  setSpellCheckerLanguages(languages: string[]): void;
}

/**
 * Points the spell checker at the OS languages. macOS uses its own spell checker (the call is a
 * no-op there), and an unknown language throws: either way the default stays and this is logged.
 */
export function configureSpellChecker(
  session: SpellSession,
  preferredLanguages: readonly string[],
  platform: NodeJS.Platform,
  logger: Logger,
): string[] {
  if (platform === 'darwin') return [];
  try {
    const languages = chooseSpellCheckerLanguages(preferredLanguages, session.availableSpellCheckerLanguages);
    if (languages.length > 0) session.setSpellCheckerLanguages(languages);
    return languages;
  } catch (error) {
    logger.warn('could not set the spell checker languages', { error: String(error) });
    return [];
  }
}

interface ContextMenuContents {
  on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParamsLike) => void): unknown;
}

/** Shows the built menu on right-click, in the language of the moment; `popup` builds and shows Electron's menu. */
export function installContextMenu(
  contents: ContextMenuContents,
  actions: ContextMenuActions,
  popup: (template: MenuItemConstructorOptions[]) => void,
  messages: () => MainMessages,
): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, actions, messages());
    if (template.length > 0) popup(template);
  });
}
