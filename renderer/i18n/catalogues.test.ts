import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createI18n, resolveLocale } from './index';
import { ja } from './ja';
import type { CatalogueShape } from './shape';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Every leaf: key (dotted, plural suffix removed) → the texts under it (one per plural form). */
function leaves(catalogue: CatalogueShape, prefix = '', out = new Map<string, string[]>()): Map<string, string[]> {
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(pluralSuffix, '');
      out.set(base, [...(out.get(base) ?? []), value]);
    } else leaves(value, path, out);
  }
  return out;
}

const variables = (texts: string[]) => [...new Set(texts.flatMap((text) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!)))].sort();

describe('catalogues', () => {
  const english = leaves(en);
  const japanese = leaves(ja);

  it('have the same keys (plural forms aside)', () => {
    expect([...japanese.keys()].filter((k) => !english.has(k)), 'in ja only').toEqual([]);
    expect([...english.keys()].filter((k) => !japanese.has(k)), 'missing in ja').toEqual([]);
  });

  it('have no empty texts', () => {
    for (const [name, catalogue] of [['en', english], ['ja', japanese]] as const) {
      const empty = [...catalogue].filter(([, texts]) => texts.some((t) => t.trim() === '')).map(([k]) => k);
      expect(empty, name).toEqual([]);
    }
  });

  it('use the same interpolation variables', () => {
    const differ = [...english].filter(([key, texts]) => japanese.has(key) && variables(texts).join() !== variables(japanese.get(key)!).join());
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('plural forms cover what each language needs', () => {
    const check = (catalogue: CatalogueShape, needed: string[], prefix = ''): string[] =>
      Object.entries(catalogue).flatMap(([key, value]) =>
        typeof value === 'string'
          ? key.endsWith('_other') && !needed.every((form) => `${prefix}${key.replace(/_other$/, `_${form}`)}` in flatten(catalogue, prefix))
            ? [`${prefix}${key}`]
            : []
          : check(value, needed, `${prefix}${key}.`),
      );
    const flatten = (catalogue: CatalogueShape, prefix: string) =>
      Object.fromEntries(Object.entries(catalogue).map(([k, v]) => [`${prefix}${k}`, v]));
    // English needs one/other; Japanese has a single form.
    expect(check(en, ['one'])).toEqual([]);
    expect(check(ja, [])).toEqual([]);
  });

  it('interpolate, pluralise and switch language', () => {
    const i18n = createI18n('en');
    expect(i18n.t('compose.charsLeft', { count: 1 })).toBe('1 character left');
    expect(i18n.t('compose.charsLeft', { count: 5 })).toBe('5 characters left');
    expect(i18n.t('removeAccount.columns', { count: 0 })).toBe('It has no columns in the deck.');
    void i18n.changeLanguage('ja');
    expect(i18n.t('compose.charsLeft', { count: 5 })).toBe('残り 5 文字');
    expect(i18n.t('removeAccount.columns', { count: 0 })).toBe('デッキにこのアカウントのカラムはありません。');
    expect(i18n.t('columns.kind.home')).toBe('ホーム');
  });

  it('resolve `system` from the system language', () => {
    expect(resolveLocale('system', 'ja-JP')).toBe('ja');
    expect(resolveLocale('system', 'en-US')).toBe('en');
    expect(resolveLocale('system', 'fr')).toBe('en');
    expect(resolveLocale('system', undefined)).toBe('en');
    expect(resolveLocale('ja', 'en-US')).toBe('ja');
  });
});
