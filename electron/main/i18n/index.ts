import type { EventName } from '../../../shared/contract/events';
import type { Result } from '../../../shared/contract/result';
import { languages, resolveUiLanguage, type Settings, type UiLanguage } from '../../../shared/model/settings';
import { en, type MainMessages } from './en';
import { ja } from './ja';

// Main has a few dozen fixed texts with `{name}` fills: a typed object per language gives
// compile-time key checks without a second i18next instance (and its global state) in main.
export type { MainMessages };
export const mainCatalogues: Readonly<Record<UiLanguage, MainMessages>> = { en, ja };

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A top-level menu name as macOS shows it, without the Windows/Linux access key. */
export function macMenuTitle(label: string): string {
  return label.replace(/\(&\w\)$/, '').replace('&', '');
}

/** "3 unread notifications", for the Windows taskbar overlay. */
export function unreadDescription(messages: MainMessages, count: number): string {
  return count === 1 ? messages.badge.unreadOne : fill(messages.badge.unreadOther, { count });
}

/** The parts of the core the language follows: the saved setting and its changes. */
export interface SettingsSource {
  dispatch(name: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (name: EventName, payload: unknown) => void): () => void;
}

export interface MainLanguage {
  readonly language: UiLanguage;
  readonly messages: MainMessages;
  /** Takes a language setting (anything else is ignored); `onChange` runs if the language it resolves to differs. */
  set(setting: unknown): void;
  /** Reads the saved setting from the core, then follows `settings.changed`. Resolves once the saved one is applied. */
  follow(core: SettingsSource): Promise<void>;
}

const isLanguageSetting = (value: unknown): value is Settings['language'] => (languages as readonly unknown[]).includes(value);
const languageOf = (settings: unknown): unknown =>
  typeof settings === 'object' && settings !== null ? (settings as { language?: unknown }).language : undefined;

/**
 * The language of menus and dialogs: the language setting, with `system` following the OS
 * (`systemLocale`). It is `system` until the core's saved setting is read, and the OS is first
 * asked when a text is first needed (Electron knows its locale only once the app is ready).
 */
export function createMainLanguage(systemLocale: () => string | undefined, onChange: () => void): MainLanguage {
  let language: UiLanguage | undefined;
  const current = () => (language ??= resolveUiLanguage('system', systemLocale()));
  const set = (setting: unknown) => {
    if (!isLanguageSetting(setting)) return;
    const next = resolveUiLanguage(setting, systemLocale());
    if (next === current()) return;
    language = next;
    onChange();
  };
  return {
    get language() {
      return current();
    },
    get messages() {
      return mainCatalogues[current()];
    },
    set,
    async follow(core) {
      core.onEvent((name, payload) => {
        if (name === 'settings.changed') set(languageOf(payload));
      });
      const saved = await core.dispatch('settings.get', {});
      if (saved.ok) set(languageOf(saved.value));
    },
  };
}

/** The OS language as Electron knows it: the app locale (what the renderer's navigator.language is), else the first preferred language. */
export function electronSystemLocale(app: { getLocale(): string; getPreferredSystemLanguages(): string[] }): string | undefined {
  const locale = app.getLocale();
  return locale !== '' ? locale : app.getPreferredSystemLanguages()[0];
}
