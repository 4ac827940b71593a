import { describe, expect, it } from 'vitest';
import type { CustomEmoji, ServerInfoView } from '../../../shared/model/content';
import { memoryStore, quietLogger, testCipher } from '../../../e2e/support/core/coreHarness';
import { readFixture } from '../../../e2e/support/core/fixtures';
import { contentTestbed, fakeServers } from '../../../e2e/support/core/contentTestbed';

const origin = 'https://misskey.example';
const other = 'https://other.example';
const meta = readFixture('meta/meta-detail-false.json');
const emojis = readFixture('meta/emojis.json');

function setup() {
  let clock = 1_000_000;
  const servers = fakeServers({
    [origin]: { meta, emojis },
    [other]: { meta: { status: 200, response: { ...(meta.response as object), name: 'Other', maxNoteTextLength: 500 } }, emojis: { status: 200, response: { emojis: [] } } },
  });
  const bed = contentTestbed({ fetch: servers.fetch, store: memoryStore(), cipher: testCipher(), logger: quietLogger(), now: () => clock });
  return {
    ...bed,
    servers,
    alice: bed.addAccount(origin, 'alice'),
    bob: bed.addAccount(origin, 'bob'),
    carol: bed.addAccount(other, 'carol'),
    advance: (ms: number) => void (clock += ms),
  };
}

describe('server.info', () => {
  it('answers what the composer needs from meta', async () => {
    const { call, alice } = setup();
    const recorded = meta.response as { name: string; version: string; maxNoteTextLength: number; iconUrl: string | null };
    await expect(call<ServerInfoView>('server.info', { accountId: alice })).resolves.toEqual({
      name: recorded.name,
      version: '2026.5.4',
      maxNoteTextLength: recorded.maxNoteTextLength,
      maxFilesPerNote: 16,
      iconUrl: recorded.iconUrl,
      // The recording server has no translator (reading/meta.json says so too).
      translatorAvailable: false,
    });
  });

  it('asks each server once per 10 minutes, shared by its accounts', async () => {
    const { call, alice, bob, carol, servers, advance } = setup();
    await Promise.all([call('server.info', { accountId: alice }), call('server.info', { accountId: alice })]);
    await call('server.info', { accountId: bob });
    expect(servers.count('meta', origin)).toBe(1);
    await expect(call<ServerInfoView>('server.info', { accountId: carol })).resolves.toMatchObject({ name: 'Other', maxNoteTextLength: 500 });
    expect(servers.count('meta', other)).toBe(1);
    advance(9 * 60_000);
    await call('server.info', { accountId: alice });
    expect(servers.count('meta', origin)).toBe(1);
    advance(60_001);
    await call('server.info', { accountId: alice });
    expect(servers.count('meta', origin)).toBe(2);
  });

  it('does not keep a failure', async () => {
    let calls = 0;
    const servers = fakeServers({ [origin]: { meta: () => (++calls === 1 ? { status: 500, response: { error: { message: 'x', code: 'INTERNAL_ERROR', id: 'i', kind: 'server' } } } : meta) } });
    const bed = contentTestbed({ fetch: servers.fetch, store: memoryStore(), cipher: testCipher(), logger: quietLogger() });
    const accountId = bed.addAccount(origin, 'alice');
    await expect(bed.callResult('server.info', { accountId })).resolves.toMatchObject({ ok: false, error: { code: 'SERVER_ERROR' } });
    await expect(bed.callResult('server.info', { accountId })).resolves.toMatchObject({ ok: true });
  });
});

describe('server.emojis', () => {
  it('answers the emojis list, asked once per server per 10 minutes', async () => {
    const { call, alice, bob, carol, servers, advance } = setup();
    await expect(call<CustomEmoji[]>('server.emojis', { accountId: alice })).resolves.toEqual((emojis.response as { emojis: CustomEmoji[] }).emojis);
    await call('server.emojis', { accountId: bob });
    await expect(call('server.emojis', { accountId: carol })).resolves.toEqual([]);
    expect(servers.count('emojis', origin)).toBe(1);
    advance(10 * 60_000);
    await call('server.emojis', { accountId: alice });
    expect(servers.count('emojis', origin)).toBe(2);
  });
});
