import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import { memoryStore, quietLogger, testCipher } from '../../../e2e/support/core/coreHarness';
import { contentTestbed, fakeServers, type FakeRoute } from '../../../e2e/support/core/contentTestbed';
import { readFixture } from '../../../e2e/support/core/fixtures';

const origin = 'https://misskey.example';
const unavailable = readFixture('reading/notes-translate-unavailable.json');
const noText = readFixture('reading/notes-translate-no-text.json');

function setup(route: FakeRoute | FakeRoute[]) {
  const servers = fakeServers({ [origin]: { 'notes/translate': route } });
  const bed = contentTestbed({ fetch: servers.fetch, store: memoryStore(), cipher: testCipher(), logger: quietLogger() });
  return { ...bed, servers, alice: bed.addAccount(origin, 'alice') };
}

describe('notes.translate', () => {
  it('asks the server for the note in the target language', async () => {
    // No translation could be recorded (no translator): this answer is the documented 200 shape.
    const { call, alice, servers } = setup({ status: 200, response: { sourceLang: 'JA', text: 'Hello' } });
    await expect(call('notes.translate', { accountId: alice, noteId: 'aug12kry0cnj0bd9', targetLang: 'en-US' })).resolves.toEqual({ sourceLang: 'JA', text: 'Hello' });
    expect(servers.requests[0]!.body).toMatchObject({ noteId: 'aug12kry0cnj0bd9', targetLang: 'en-US' });
  });

  it('answers null for a note without text (recorded 204)', async () => {
    const { call, alice } = setup({ status: noText.status, response: noText.response });
    await expect(call('notes.translate', { accountId: alice, noteId: 'aug12kt70cnj0bda', targetLang: 'en-US' })).resolves.toBeNull();
  });

  it('says plainly that the server cannot translate (recorded 400 UNAVAILABLE)', async () => {
    const { callResult, alice } = setup({ status: unavailable.status, response: unavailable.response, headers: unavailable.headers });
    const result = (await callResult('notes.translate', { accountId: alice, noteId: 'aug12kry0cnj0bd9', targetLang: 'ja-JP' })) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.misskeyCode).toBe('UNAVAILABLE');
    expect(result.error.messageKey).toBe('translationUnavailable');
    expect(result.error.message).toMatch(/cannot translate/);
  });

  it('refuses a malformed answer with a clear message, and input outside the contract', async () => {
    const { callResult, alice } = setup({ status: 200, response: { sourceLang: 42, text: ['<b>x</b>'] } });
    const result = (await callResult('notes.translate', { accountId: alice, noteId: 'n1', targetLang: 'en-US' })) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'MALFORMED_RESPONSE', messageKey: 'translationUnreadable' });
    const bad = (await callResult('notes.translate', { accountId: alice, noteId: 'n1', targetLang: 'xx' })) as Result<unknown>;
    expect(bad.ok).toBe(false);
  });
});
