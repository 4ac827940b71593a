import { describe, expect, it } from 'vitest';
import type { CommandError } from '../../shared/contract/result';
import { coreMessage, englishText } from '../../shared/messages/coreMessage';
import { coreMessagesEn } from '../../shared/messages/coreMessagesEn';
import { coreMessageKeys, type CoreMessageKey, type CoreMessageParams, type CoreText } from '../../shared/messages/coreText';
import type { AppNotice } from '../../shared/model/appStatus';
import { coreText } from './coreText';
import { createI18n, locales } from './index';

const templates: Readonly<Record<string, string>> = coreMessagesEn;
/** `coreMessage` for a key chosen at run time (its params are then not checked by type). */
const anyCoreMessage = coreMessage as (key: CoreMessageKey, params: CoreMessageParams) => CoreText;

/** A value for every `{{name}}` a key's English forms use: numbers where a number is formatted or counted. */
function sampleParams(key: CoreMessageKey, count: number): CoreMessageParams {
  const forms = Object.keys(templates).filter((k) => k === key || k.startsWith(`${key}_`));
  const params: Record<string, string | number> = {};
  for (const form of forms) {
    for (const [, name, format] of templates[form]!.matchAll(/\{\{\s*(\w+)\s*(?:,\s*([^}]*?))?\s*\}\}/g)) {
      params[name!] = name === 'count' || format ? count : `<${name}>`;
    }
  }
  return params;
}

describe('core messages in the catalogues', () => {
  it('have an entry for every key in every language, with every param filled in', () => {
    const gaps: string[] = [];
    for (const locale of locales) {
      const i18n = createI18n(locale);
      // Read the language's own entry: `exists` would find the English one through the fallback.
      const own = (key: string) => ['', '_other'].some((form) => typeof i18n.getResource(locale, 'translation', `core.${key}${form}`) === 'string');
      for (const key of coreMessageKeys) {
        if (!own(key)) gaps.push(`${locale}: ${key} missing`);
        for (const count of [1, 5]) {
          const text = coreText(anyCoreMessage(key, sampleParams(key, count)), i18n);
          if (/\{\{|^core\./.test(text)) gaps.push(`${locale}: ${key} reads “${text}”`);
        }
      }
    }
    expect([...new Set(gaps)]).toEqual([]);
  });

  it('say in English what the core said in English (its fallback matches the catalogue)', () => {
    const en = createI18n('en');
    for (const key of coreMessageKeys) {
      for (const count of [1, 5]) {
        const params = sampleParams(key, count);
        expect(coreText({ message: '', messageKey: key, params }, en), key).toBe(englishText(key, params));
      }
    }
  });
});

describe('coreText', () => {
  const rateLimited: CommandError = { code: 'RATE_LIMITED', retryAfterMs: 30_000, ...coreMessage('rateLimitedFor', { host: 'misskey.io', seconds: 30 }) };

  it('shows a rate limit with its wait, formatted for the language', () => {
    expect(coreText(rateLimited, createI18n('en'))).toBe('misskey.io is rate limiting requests; try again in 30 seconds.');
    expect(coreText(rateLimited, createI18n('ja'))).toBe('misskey.io でリクエストが制限されています。30 秒後にもう一度お試しください。');
  });

  it('follows the language it is switched to', async () => {
    const i18n = createI18n('en');
    const notice: AppNotice = { id: 'notice-1', level: 'warning', ...coreMessage('accountsDropped', { count: 2 }) };
    expect(coreText(notice, i18n)).toBe('2 saved accounts could not be read and were left out; sign in to them again.');
    await i18n.changeLanguage('ja');
    expect(coreText(notice, i18n)).toBe('保存されていたアカウントのうち 2 件を読み取れなかったため、除外しました。再度サインインしてください。');
  });

  it('falls back to the English message for an unknown key, or none', () => {
    const ja = createI18n('ja');
    const fromNewerCore = { code: 'INTERNAL', message: 'Something new went wrong.', messageKey: 'somethingNew' } as unknown as CommandError;
    expect(coreText(fromNewerCore, ja)).toBe('Something new went wrong.');
    expect(coreText({ message: 'Lost the connection.', messageKey: 'toString' } as unknown as CommandError, ja)).toBe('Lost the connection.');
    const withoutKey: CommandError = { code: 'NETWORK', message: 'Offline.' };
    expect(coreText(withoutKey, ja)).toBe('Offline.');
  });

  it('keeps a server’s own words as plain text: no interpolation, nesting or markup inside them', () => {
    const serverMessage = '{{host}} $t(app.name) <img src=x onerror=alert(1)>';
    const error: CommandError = { code: 'MISSKEY_ERROR', ...coreMessage('misskeyError', { host: 'misskey.io', serverMessage }) };
    expect(coreText(error, createI18n('ja'))).toBe(`misskey.io: ${serverMessage}`);
    expect(coreText(error, createI18n('en'))).toBe(`misskey.io: ${serverMessage}`);
  });
});
