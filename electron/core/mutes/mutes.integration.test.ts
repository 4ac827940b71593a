import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountMutes, UserRelationEntry } from '../../../shared/model/mutes';
import type { UserDetailed } from '../../../shared/model/content';
import type { CommandError } from '../../../shared/contract/result';
import { memoryStore, signIn, startCore, startStandin, type CoreUnderTest, type Standin } from '../../../e2e/support/core/coreHarness';

let server: Standin;
let harness: CoreUnderTest;

beforeEach(async () => {
  server = await startStandin({ name: 'Mute server' });
  harness = await startCore({ store: memoryStore() });
});

afterEach(async () => {
  await harness.core.dispose();
  await server.close();
});

/** A request from another client of alice's (Misskey's web client), straight to the server. */
async function asOtherClient(endpoint: string, body: Record<string, unknown>) {
  const response = await fetch(`${server.url}/api/${endpoint}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...body, i: server.tokens.alice }) });
  return response.status === 204 ? null : ((await response.json()) as unknown);
}

describe('mutes through the core', () => {
  it('reads the account’s mutes, mutes with a duration and blocks (idempotently), and lists them', async () => {
    const alice = await signIn(harness, server, 'alice');
    const bob = await harness.call<UserDetailed>('users.show', { accountId: alice, username: 'bob' });
    const first = await harness.call<AccountMutes>('mutes.get', { accountId: alice });
    expect(first).toMatchObject({ loaded: true, mutedWords: [], mutedUserIds: [], blockedUserIds: [] });

    const expiresAt = Date.now() + 3_600_000;
    const muted = await harness.call<AccountMutes>('users.mute', { accountId: alice, userId: bob.id, mute: true, expiresAt });
    expect(muted.mutedUserIds).toEqual([bob.id]);
    const list = await harness.call<UserRelationEntry[]>('mutes.list', { accountId: alice, kind: 'mute' });
    expect(list.map((entry) => [entry.user.username, Date.parse(entry.expiresAt ?? '')])).toEqual([['bob', expiresAt]]);

    await harness.call('users.block', { accountId: alice, userId: bob.id, block: true });
    const again = await harness.call<AccountMutes>('users.block', { accountId: alice, userId: bob.id, block: true });
    expect(again.blockedUserIds).toEqual([bob.id]);
    const unmuted = await harness.call<AccountMutes>('users.mute', { accountId: alice, userId: bob.id, mute: false });
    expect(unmuted.mutedUserIds).toEqual([]);
  });

  it('writes word lists to the server, and follows a change made in another client (meUpdated)', async () => {
    const alice = await signIn(harness, server, 'alice');
    await harness.call('mutes.get', { accountId: alice });
    await harness.call('mutes.setWords', { accountId: alice, mutedWords: [['apple'], '/regex\\d+/i'], hardMutedWords: [['durian']] });
    expect(await asOtherClient('i', {})).toMatchObject({ mutedWords: [['apple'], '/regex\\d+/i'], hardMutedWords: [['durian']] });

    await asOtherClient('i/update', { mutedWords: [['banana', 'cherry']] });
    const changed = await harness.waitForEvent<AccountMutes>('mutes.changed', (mutes) => JSON.stringify(mutes.mutedWords) === '[["banana","cherry"]]');
    expect(changed.hardMutedWords).toEqual([['durian']]);
  });

  it('says clearly why a report or a word list was refused', async () => {
    const alice = await signIn(harness, server, 'alice');
    const me = await harness.call<UserDetailed>('users.show', { accountId: alice, username: 'alice' });
    const admin = await harness.call<UserDetailed>('users.show', { accountId: alice, username: 'admin' });
    const self = await harness.callResult('users.report', { accountId: alice, userId: me.id, comment: 'me' });
    expect(self.ok ? null : (self.error as CommandError)).toMatchObject({ misskeyCode: 'CANNOT_REPORT_YOURSELF', message: 'You cannot report yourself.' });
    const toAdmin = await harness.callResult('users.report', { accountId: alice, userId: admin.id, comment: 'admin' });
    expect(toAdmin.ok ? null : (toAdmin.error as CommandError)).toMatchObject({ misskeyCode: 'CANNOT_REPORT_THE_ADMIN' });
    const bad = await harness.callResult('mutes.setWords', { accountId: alice, mutedWords: ['/([a-z/'], hardMutedWords: [] });
    expect(bad.ok ? null : (bad.error as CommandError)).toMatchObject({ misskeyCode: 'INVALID_REGEXP' });
  });
});
