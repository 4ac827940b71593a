import { describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../../shared/contract/events';
import type { Result } from '../../../shared/contract/result';
import { createMainLanguage, electronSystemLocale, fill, macMenuTitle, mainCatalogues, unreadDescription, type SettingsSource } from './index';

type Catalogue = { readonly [key: string]: string | Catalogue };

/** Every text: dotted key → text. */
const leaves = (catalogue: Catalogue, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(catalogue).flatMap(([key, value]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return typeof value === 'string' ? [[path, value] as const] : [...leaves(value, path)];
    }),
  );
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('main-process catalogues', () => {
  const english = leaves(mainCatalogues.en);
  const japanese = leaves(mainCatalogues.ja);

  it('have the same keys', () => {
    expect([...japanese.keys()].filter((key) => !english.has(key)), 'in ja only').toEqual([]);
    expect([...english.keys()].filter((key) => !japanese.has(key)), 'missing in ja').toEqual([]);
    expect(english.size).toBeGreaterThan(40);
  });

  it('the key check fails on a missing key', () => {
    const { quit: _quit, ...fileWithoutQuit } = mainCatalogues.ja.file;
    const broken = leaves({ ...mainCatalogues.ja, file: fileWithoutQuit });
    expect([...english.keys()].filter((key) => !broken.has(key))).toEqual(['file.quit']);
  });

  it('have no empty texts and the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      expect(japanese.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(japanese.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('give every top-level menu an access key', () => {
    for (const catalogue of Object.values(mainCatalogues)) {
      for (const label of Object.values(catalogue.menu)) expect(label).toMatch(/&\w/);
    }
  });
});

describe('texts', () => {
  it('fill placeholders, leaving unknown ones', () => {
    expect(fill('About {appName}', { appName: 'MissDeck' })).toBe('About MissDeck');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('drop the access key for macOS menu titles', () => {
    expect(macMenuTitle('&File')).toBe('File');
    expect(macMenuTitle('ファイル(&F)')).toBe('ファイル');
    expect(macMenuTitle('Help')).toBe('Help');
  });

  it('describe unread counts in each language', () => {
    expect(unreadDescription(mainCatalogues.en, 1)).toBe('1 unread notification');
    expect(unreadDescription(mainCatalogues.en, 4)).toBe('4 unread notifications');
    expect(unreadDescription(mainCatalogues.ja, 4)).toBe('未読の通知 4 件');
  });
});

/** A core that answers settings.get and can emit settings.changed. */
function fakeCore(saved: Result<unknown>) {
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const core: SettingsSource = {
    dispatch: vi.fn(async () => saved),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { core, emit: (name: EventName, payload: unknown) => listeners.forEach((listener) => listener(name, payload)) };
}

describe('main language', () => {
  it("'system' follows the OS locale: Japanese for any ja locale, else English", () => {
    for (const [locale, expected] of [['ja', 'ja'], ['ja-JP', 'ja'], ['JA_jp', 'ja'], ['en-US', 'en'], ['de', 'en'], [undefined, 'en']] as const) {
      const language = createMainLanguage(() => locale, vi.fn());
      expect(language.language, String(locale)).toBe(expected);
    }
    expect(createMainLanguage(() => 'ja-JP', vi.fn()).messages.file.newNote).toBe('新しいノート');
  });

  it('asks the OS only when first needed', () => {
    const systemLocale = vi.fn(() => 'ja');
    const language = createMainLanguage(systemLocale, vi.fn());
    expect(systemLocale).not.toHaveBeenCalled();
    expect(language.language).toBe('ja');
    expect(systemLocale).toHaveBeenCalled();
  });

  it('an explicit setting overrides the OS; onChange runs only when the language changes', () => {
    const onChange = vi.fn();
    const language = createMainLanguage(() => 'en-GB', onChange);
    language.set('system');
    language.set('en');
    expect(onChange).not.toHaveBeenCalled();
    language.set('ja');
    expect(language.language).toBe('ja');
    expect(onChange).toHaveBeenCalledTimes(1);
    language.set('klingon');
    language.set(undefined);
    expect(language.language).toBe('ja');
    language.set('system');
    expect(language.language).toBe('en');
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('reads the saved setting from the core, then follows settings.changed', async () => {
    const onChange = vi.fn();
    const language = createMainLanguage(() => 'en-US', onChange);
    const { core, emit } = fakeCore({ ok: true, value: { language: 'ja', theme: 'dark' } });
    await language.follow(core);
    expect(core.dispatch).toHaveBeenCalledWith('settings.get', {});
    expect(language.language).toBe('ja');
    emit('settings.changed', { language: 'ja', theme: 'light' });
    expect(onChange).toHaveBeenCalledTimes(1);
    emit('settings.changed', { language: 'system' });
    expect(language.language).toBe('en');
    emit('accounts.changed', { language: 'ja' });
    emit('settings.changed', null);
    expect(language.language).toBe('en');
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('keeps following the OS when the setting cannot be read', async () => {
    const language = createMainLanguage(() => 'ja', vi.fn());
    await language.follow(fakeCore({ ok: false, error: { code: 'INTERNAL', message: 'x' } } as Result<unknown>).core);
    expect(language.language).toBe('ja');
  });

  it("takes Electron's app locale, else the first preferred system language", () => {
    expect(electronSystemLocale({ getLocale: () => 'ja', getPreferredSystemLanguages: () => ['en-US'] })).toBe('ja');
    expect(electronSystemLocale({ getLocale: () => '', getPreferredSystemLanguages: () => ['ja-JP', 'en-US'] })).toBe('ja-JP');
    expect(electronSystemLocale({ getLocale: () => '', getPreferredSystemLanguages: () => [] })).toBeUndefined();
  });
});
