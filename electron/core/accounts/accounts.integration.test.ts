import { describe, expect, it } from 'vitest';
import type { AccountRemoval, AccountView } from '../../../shared/model/account';
import type { AppStatus } from '../../../shared/model/appStatus';
import type { ColumnView } from '../../../shared/model/column';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { memoryStore, signIn, testCipher, type CoreUnderTest } from '../../../e2e/support/core/coreHarness';
import { useTwoServers } from '../../../e2e/support/core/twoServers';

const servers = useTwoServers();
const boot = servers.boot;

const accountsOf = (harness: CoreUnderTest) => harness.call<AccountView[]>('accounts.list');
const columnsOf = (harness: CoreUnderTest) => harness.call<ColumnView[]>('deck.get');
/** Each account's columns, in deck order, as `accountId`s once each. */
const accountsInDeck = async (harness: CoreUnderTest) => [...new Set((await columnsOf(harness)).map((c) => c.accountId))];
const starterKinds = ['home', 'notifications', 'local', 'mentions'];

describe('accounts on many servers', () => {
  it('keeps three accounts on two servers, each with its own home column, restored after a restart', async () => {
    const store = memoryStore();
    const first = await boot(store);
    const alice = await signIn(first, servers.serverA, 'alice');
    const bob = await signIn(first, servers.serverA, 'bob');
    const aliceB = await signIn(first, servers.serverB, 'alice');
    const accounts = await accountsOf(first);
    expect(accounts.map((a) => [a.username, a.server])).toEqual([
      ['alice', servers.serverA.url],
      ['bob', servers.serverA.url],
      ['alice', servers.serverB.url],
    ]);
    expect(accounts.map((a) => a.isDefault)).toEqual([true, false, false]);
    expect(accounts[0]).toMatchObject({ serverName: 'Server A', serverVersion: '2026.5.4', needsReauth: false });
    // A first sign-in gives each account home, notifications, local and mentions.
    expect((await columnsOf(first)).map((c) => [c.accountId, c.kind])).toEqual([alice, bob, aliceB].flatMap((id) => starterKinds.map((kind) => [id, kind])));

    // Tokens: in memory only, never in a view, never on "disk" in plaintext.
    const tokens = first.core.tokensForLeakChecks();
    expect(tokens).toHaveLength(3);
    const everythingSent = JSON.stringify(first.events) + JSON.stringify(accounts);
    const onDisk = JSON.stringify(store.data);
    for (const token of tokens) {
      expect(everythingSent).not.toContain(token);
      expect(onDisk).not.toContain(token);
    }
    await first.core.dispose();

    const second = await boot(store);
    expect((await accountsOf(second)).map((a) => a.id)).toEqual([alice, bob, aliceB]);
    const [homeOfBob] = (await columnsOf(second)).filter((c) => c.accountId === bob);
    const notes = await second.call<{ user: { username: string } }[]>('timeline.load', { columnId: homeOfBob!.id });
    expect(notes.length).toBeGreaterThan(0);
  });

  it('signing in again as the same user updates the account and drops the old token', async () => {
    const harness = await boot();
    const first = await signIn(harness, servers.serverA, 'alice');
    const [oldToken] = harness.core.tokensForLeakChecks();
    const again = await signIn(harness, servers.serverA, 'alice');
    expect(again).toBe(first);
    expect(await accountsOf(harness)).toHaveLength(1);
    expect(harness.core.tokensForLeakChecks()).not.toContain(oldToken);
    expect(await columnsOf(harness)).toHaveLength(starterKinds.length);
  });

  it('marks an account whose token was revoked, keeps its columns, and restores it on sign-in', async () => {
    const harness = await boot();
    const alice = await signIn(harness, servers.serverA, 'alice');
    const columns = await columnsOf(harness);
    const [home] = columns;
    servers.serverA.revokeTokensOf({ username: 'alice' });
    const failed = await harness.callResult('timeline.load', { columnId: home!.id });
    expect(failed).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const marked = await harness.waitForEvent<{ accounts: AccountView[] }>('accounts.changed', (p) => p.accounts[0]?.needsReauth === true);
    expect(marked.accounts[0]?.id).toBe(alice);
    expect(await columnsOf(harness)).toEqual(columns);
    await expect(harness.callResult('notes.create', { accountId: alice, text: 'x' })).resolves.toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });

    await signIn(harness, servers.serverA, 'alice');
    expect((await accountsOf(harness))[0]?.needsReauth).toBe(false);
    expect(await columnsOf(harness)).toEqual(columns);
    await expect(harness.call('timeline.load', { columnId: home!.id })).resolves.not.toHaveLength(0);
  });

  it('marks the account when the stream refuses its token (HTTP 401 on the upgrade)', async () => {
    const harness = await boot();
    await signIn(harness, servers.serverA, 'alice');
    await harness.waitForEvent<{ items: { type: string; state?: string }[] }>('timeline.batch', (p) => p.items.some((i) => i.type === 'connection' && i.state === 'connected'));
    servers.serverA.revokeTokensOf({ username: 'alice' });
    servers.serverA.dropSockets();
    await harness.waitForEvent<{ accounts: AccountView[] }>('accounts.changed', (p) => p.accounts[0]?.needsReauth === true);
  });

  it('removes an account, keeping or removing its columns as asked, and says whether the server revoked it', async () => {
    const harness = await boot();
    const alice = await signIn(harness, servers.serverA, 'alice');
    const bob = await signIn(harness, servers.serverA, 'bob');
    const kept = await harness.call<AccountRemoval>('accounts.remove', { accountId: alice, columns: 'keep' });
    expect(kept.revokedOnServer).toBe(false);
    expect(kept.message).toMatch(/Connected apps/);
    const host = new URL(servers.serverA.url).host;
    expect(kept).toMatchObject({ messageKey: 'accountRemoved', params: { acct: `@alice@${host}`, host } });
    expect(await accountsInDeck(harness)).toEqual([alice, bob]);
    expect((await accountsOf(harness)).map((a) => [a.id, a.isDefault])).toEqual([[bob, true]]);
    await harness.call('accounts.remove', { accountId: bob, columns: 'remove' });
    expect(await accountsInDeck(harness)).toEqual([alice]);
    expect(harness.core.tokensForLeakChecks()).toEqual([]);
  });

  it('reorders accounts and chooses the default posting account', async () => {
    const harness = await boot();
    const alice = await signIn(harness, servers.serverA, 'alice');
    const bob = await signIn(harness, servers.serverA, 'bob');
    const aliceB = await signIn(harness, servers.serverB, 'alice');
    expect((await harness.call<AccountView[]>('accounts.reorder', { accountIds: [aliceB, alice, bob] })).map((a) => a.id)).toEqual([aliceB, alice, bob]);
    await expect(harness.callResult('accounts.reorder', { accountIds: [alice, bob] })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await expect(harness.callResult('accounts.reorder', { accountIds: [alice, alice, bob] })).resolves.toMatchObject({ ok: false });
    const views = await harness.call<AccountView[]>('accounts.setDefault', { accountId: bob });
    expect(views.filter((a) => a.isDefault).map((a) => a.id)).toEqual([bob]);
  });

  it('posts from the chosen account only: two accounts on one server never mix', async () => {
    const harness = await boot();
    const alice = await signIn(harness, servers.serverA, 'alice');
    const bob = await signIn(harness, servers.serverA, 'bob');
    const byBob = await harness.call<{ user: { username: string } }>('notes.create', { accountId: bob, text: 'from bob' });
    const byAlice = await harness.call<{ user: { username: string } }>('notes.create', { accountId: alice, text: 'from alice' });
    expect([byBob.user.username, byAlice.user.username]).toEqual(['bob', 'alice']);
  });
});

describe('keeping tokens', () => {
  it('asks for sign-in, and says why, when a saved token no longer decrypts', async () => {
    const store = memoryStore();
    const first = await boot(store);
    await signIn(first, servers.serverA, 'alice');
    await first.core.dispose();
    const changedKeyring = testCipher({ decrypt: () => { throw new Error('keyring changed'); } });
    const second = await boot(store, changedKeyring);
    expect((await accountsOf(second))[0]?.needsReauth).toBe(true);
    const status = await second.call<AppStatus>('app.status');
    expect(status.notices.map((n) => n.message).join()).toMatch(/could not read the saved sign-in of @alice@127\.0\.0\.1/);
    expect(status.notices[0]).toMatchObject({ messageKey: 'tokenUnreadable', params: { acct: `@alice@${new URL(servers.serverA.url).host}` } });
    expect(await columnsOf(second)).toHaveLength(starterKinds.length);
  });

  it('warns about weak storage and keeps tokens for the session only when asked', async () => {
    const store = memoryStore();
    const weak = testCipher({ isStrong: false, description: 'safeStorage:basic_text' });
    const harness = await boot(store, weak);
    const status = await harness.call<AppStatus>('app.status');
    expect(status.tokenStorage).toEqual({ description: 'safeStorage:basic_text', isStrong: false, sessionOnly: false });
    expect(status.notices).toEqual([expect.objectContaining({ id: 'weak-token-storage', action: 'keepTokensForSessionOnly' })]);
    await signIn(harness, servers.serverA, 'alice');
    expect(JSON.stringify(store.data)).toContain('sealed:');

    const after = await harness.call<AppStatus>('app.setTokensSessionOnly', { sessionOnly: true });
    expect(after.tokenStorage.sessionOnly).toBe(true);
    expect(after.notices).toEqual([]);
    expect(JSON.stringify(store.data)).not.toContain('sealed:');
    await signIn(harness, servers.serverA, 'bob');
    expect(JSON.stringify(store.data)).not.toContain('sealed:');
    expect((await accountsOf(harness)).every((a) => !a.needsReauth)).toBe(true);
    await harness.core.dispose();

    const restarted = await boot(store, weak);
    expect((await accountsOf(restarted)).map((a) => a.needsReauth)).toEqual([true, true]);
    expect((await restarted.call<AppStatus>('app.status')).notices).toEqual([]);
  });

  it('seals the tokens held again when session-only is turned off', async () => {
    const store = memoryStore();
    const harness = await boot(store);
    await harness.call('app.setTokensSessionOnly', { sessionOnly: true });
    await signIn(harness, servers.serverA, 'alice');
    expect(JSON.stringify(store.data)).not.toContain('sealed:');
    await harness.call('app.setTokensSessionOnly', { sessionOnly: false });
    expect(JSON.stringify(store.data)).toContain('sealed:');
    await harness.core.dispose();
    expect((await accountsOf(await boot(store)))[0]?.needsReauth).toBe(false);
  });

  it('reports a store the platform had to repair', async () => {
    const problem = coreMessage('dataFileReset', { backup: 'x.corrupt' });
    const store = Object.assign(memoryStore(), { problems: [problem] });
    const harness = await boot(store);
    expect((await harness.call<AppStatus>('app.status')).notices).toEqual([{ id: expect.any(String), level: 'warning', ...problem }]);
    const [notice] = (await harness.call<AppStatus>('app.status')).notices;
    await harness.call('app.dismissNotice', { noticeId: notice!.id });
    expect((await harness.call<AppStatus>('app.status')).notices).toEqual([]);
  });
});

describe("the server's theme colour", () => {
  const coloursOf = async (harness: CoreUnderTest) => (await accountsOf(harness)).map((a) => a.serverThemeColor);
  const refreshedTo = (harness: CoreUnderTest, colours: (string | null)[]) =>
    harness.waitForEvent<{ accounts: AccountView[] }>('accounts.changed', (p) => JSON.stringify(p.accounts.map((a) => a.serverThemeColor)) === JSON.stringify(colours));

  it('is kept from meta at sign-in and asked again at every start; a malformed colour counts as none', async () => {
    const store = memoryStore();
    servers.serverB.setThemeColor({ themeColor: '#FA0' });
    const first = await boot(store);
    await signIn(first, servers.serverA, 'alice');
    await signIn(first, servers.serverB, 'alice');
    expect(await coloursOf(first)).toEqual(['#86b300', '#fa0']);
    await first.core.dispose();

    servers.serverA.setThemeColor({ themeColor: '#3366FF' });
    servers.serverB.setThemeColor({ themeColor: 'red;background:url(https://evil.example/x)' });
    const second = await boot(store);
    await refreshedTo(second, ['#3366ff', null]);
    await second.core.dispose();

    for (const themeColor of ['#12345', 'rgb(1, 2, 3)', 42, ['#fff'], { r: 1 }]) {
      servers.serverA.setThemeColor({ themeColor });
      servers.serverB.setThemeColor({ themeColor: '#00ff00' });
      const again = await boot(store);
      await refreshedTo(again, [null, '#00ff00']);
      await again.core.dispose();
      servers.serverA.setThemeColor({ themeColor: '#3366ff' });
      servers.serverB.setThemeColor({ themeColor: null });
      const reset = await boot(store);
      await refreshedTo(reset, ['#3366ff', null]);
      await reset.core.dispose();
    }
    expect(JSON.stringify(store.data)).not.toContain('evil.example');
  });

  it('keeps what it knew when a server does not answer at start, and drops a late answer after shutdown', async () => {
    const store = memoryStore();
    const first = await boot(store);
    await signIn(first, servers.serverA, 'alice');
    await first.core.dispose();

    servers.serverA.setThemeColor({ themeColor: '#ff0000' });
    servers.serverA.failNext({ endpoint: 'meta', status: 500, times: 5 });
    const second = await boot(store);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await coloursOf(second)).toEqual(['#86b300']);
    await second.core.dispose();

    servers.serverA.delay({ endpoint: 'meta', ms: 300 });
    const third = await boot(store);
    await third.core.dispose();
    const saved = JSON.stringify(store.data.accounts);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(JSON.stringify(store.data.accounts)).toBe(saved);
    expect(saved).toContain('#86b300');
  });
});
