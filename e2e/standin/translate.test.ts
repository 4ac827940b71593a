import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStandin, type Standin } from './server';
import { api, ctl } from './testkit';

const fixture = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../shared/fixtures/misskey/reading', name), 'utf8')) as { status: number; response: unknown };

let s: Standin;
beforeAll(async () => {
  s = await startStandin();
});
afterAll(() => s.close());

describe('notes/translate', () => {
  it('without a translator: 400 UNAVAILABLE and meta.translatorAvailable false, as recorded', async () => {
    const note = s.post({ username: 'bob', text: 'translate me' }).note;
    const recorded = fixture('notes-translate-unavailable.json');
    const r = await api(s.url, 'notes/translate', { noteId: note.id, targetLang: 'en-US', i: s.tokens.alice });
    expect(r.status).toBe(recorded.status);
    expect(r.json).toEqual(recorded.response);
    expect(((await api(s.url, 'meta', {})).json as { translatorAvailable: boolean }).translatorAvailable).toBe(false);
  });

  it('a note without text: 204 before the translator is even asked, as recorded', async () => {
    const target = s.post({ username: 'bob', text: 'x' }).note;
    const renote = s.post({ username: 'bob', renoteId: target.id }).note;
    const r = await api(s.url, 'notes/translate', { noteId: renote.id, targetLang: 'en-US', i: s.tokens.alice });
    expect(r.status).toBe(fixture('notes-translate-no-text.json').status);
  });

  it('with the modelled translator on: {sourceLang, text}, and meta says so', async () => {
    await ctl(s.url, 'setTranslator', { available: true });
    try {
      expect(((await api(s.url, 'meta', {})).json as { translatorAvailable: boolean }).translatorAvailable).toBe(true);
      const note = s.post({ username: 'bob', text: 'こんにちは' }).note;
      const r = await api(s.url, 'notes/translate', { noteId: note.id, targetLang: 'en-US', i: s.tokens.alice });
      expect(r.json).toEqual({ sourceLang: 'JA', text: '[EN] こんにちは' });
      const missing = await api(s.url, 'notes/translate', { noteId: 'aaaaaaaaaaaaaaaa', targetLang: 'en-US', i: s.tokens.alice });
      expect(missing.json).toMatchObject({ error: { code: 'NO_SUCH_NOTE' } });
    } finally {
      await ctl(s.url, 'setTranslator', { available: false });
    }
  });
});
