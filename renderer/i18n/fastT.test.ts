import { describe, expect, it } from 'vitest';
import { fastT } from './fastT';
import { catalogues, createI18n, locales } from './index';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const namesIn = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!);

describe('fastT', () => {
  const i18n = createI18n('en');
  for (const language of locales) {
    it(`says exactly what i18next says for every ${language} key, with and without values`, () => {
      const t = fastT(i18n, language) as unknown as (key: string, options?: object) => string;
      const slow = i18n.getFixedT(language) as unknown as (key: string, options?: object) => string;
      const keys = keysOf(catalogues[language]).map((k) => k.replace(/_(one|other|zero|two|few|many)$/, ''));
      expect(keys.length).toBeGreaterThan(100);
      for (const key of new Set(keys)) {
        const raw = String(i18n.getResource(language, 'translation', key) ?? '');
        const values = Object.fromEntries(namesIn(raw).map((name, i) => [name, i % 2 ? i * 7 : `<${name}&"'>`]));
        expect(t(key), key).toBe(slow(key));
        expect(t(key, values), key).toBe(slow(key, values));
        expect(t(key), `${key} (remembered)`).toBe(slow(key));
      }
    });
  }

  it('leaves plurals, missing values and unknown keys to i18next', () => {
    const t = fastT(i18n, 'en') as unknown as (key: string, options?: object) => string;
    const slow = i18n.getFixedT('en') as unknown as (key: string, options?: object) => string;
    expect(t('feed.newNotes', { count: 1 })).toBe(slow('feed.newNotes', { count: 1 }));
    expect(t('feed.newNotes', { count: 5 })).toBe(slow('feed.newNotes', { count: 5 }));
    expect(t('feed.newNotes', { count: 5 })).not.toBe(t('feed.newNotes', { count: 1 }));
    expect(t('notes.openNote', { relative: 'now' })).toBe(slow('notes.openNote', { relative: 'now' }));
    expect(t('no.such.key')).toBe(slow('no.such.key'));
  });
});
