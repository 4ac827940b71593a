import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../../shared/model/account';
import { memoryStore, signIn, startCore, startStandin, type CoreUnderTest, type Standin } from '../../../e2e/support/core/coreHarness';

let server: Standin;
let harness: CoreUnderTest | null = null;
beforeEach(async () => {
  server = await startStandin({ name: 'Server A' });
});
afterEach(async () => {
  await harness?.core.dispose();
  harness = null;
  await server.close();
});

const connected = (h: CoreUnderTest) =>
  h.waitForEvent<{ items: { type: string; state?: string }[] }>('timeline.batch', (p) => p.items.some((i) => i.type === 'connection' && i.state === 'connected'));
const iChecks = () => server.log().requests.filter((r) => r.path === '/api/i').length;

describe('a token revoked while the deck is idle', () => {
  it('is noticed by the periodic check while the stream stays open (as Misskey keeps it)', async () => {
    harness = await startCore({ store: memoryStore() }, { tokenCheckMs: 100 });
    const alice = await signIn(harness, server, 'alice');
    await connected(harness);
    // Checks run while the stream is up.
    await expect.poll(iChecks, { timeout: 5_000 }).toBeGreaterThan(1);

    server.revokeTokensOf({ username: 'alice' });
    // Misskey does not close the socket on revoke; nothing else is asked of the server.
    expect(server.stats().connections).toBeGreaterThan(0);
    const marked = await harness.waitForEvent<{ accounts: AccountView[] }>('accounts.changed', (p) => p.accounts[0]?.needsReauth === true, 5_000);
    expect(marked.accounts[0]?.id).toBe(alice);
    // Marked: its stream is closed here (so its checks stop: tokenWatch.test.ts).
    await expect.poll(() => server.stats().connections, { timeout: 5_000 }).toBe(0);
  });

  it('a check that fails for another reason (5xx) does not sign the account out', async () => {
    harness = await startCore({ store: memoryStore() }, { tokenCheckMs: 100 });
    await signIn(harness, server, 'alice');
    await connected(harness);
    const before = iChecks();
    server.failNext({ endpoint: 'i', status: 500, times: 2 });
    await expect.poll(iChecks, { timeout: 5_000 }).toBeGreaterThan(before + 3);
    const accounts = await harness.call<AccountView[]>('accounts.list');
    expect(accounts[0]?.needsReauth).toBe(false);
  });
});
