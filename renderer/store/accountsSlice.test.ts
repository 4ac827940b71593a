import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../shared/model/account';
import { everyAccount, type ColumnView } from '../../shared/model/column';
import { defaultPostingAccount, postingAccount, columnAccountState } from './accountSelectors';
import { createAppStore } from './createAppStore';
import { account, fakeBridge, ok, settle } from './testing/fakeBridge';

const column = (id: string, accountId: string) => ({ id, accountId, kind: 'home', params: {}, width: 340, collapsed: false }) as ColumnView;

const alice = account('alice', { isDefault: true });
const bob = account('bob', { server: 'https://mi.example.jp', host: 'mi.example.jp', serverName: 'Example' });
const carol = account('carol', { needsReauth: true });

function storeWith(accounts: AccountView[], columns: ColumnView[] = [], handlers: Parameters<typeof fakeBridge>[0] = {}) {
  const bridge = fakeBridge({ 'accounts.list': () => ok(accounts), 'deck.get': () => ok(columns), 'timeline.load': () => ok([]), ...handlers });
  const store = createAppStore(bridge.api);
  store.getState().setAccounts(accounts);
  store.getState().setColumns(columns);
  return { bridge, store };
}

describe('removing an account', () => {
  const removal = { revokedOnServer: false, message: '@bob@mi.example.jp was removed from MissDeck.' };

  it('keeps its columns when asked, and returns the message to show', async () => {
    const { bridge, store } = storeWith([alice, bob], [column('c1', 'alice'), column('c2', 'bob')], {
      'accounts.remove': () => ok(removal),
    });
    const notice = await store.getState().removeAccount('bob', 'keep');
    expect(bridge.callsOf('accounts.remove')).toEqual([{ accountId: 'bob', columns: 'keep' }]);
    expect(notice).toEqual({ kind: 'done', message: removal.message });
    expect(store.getState().accountsNotice).toEqual(notice);
    expect(store.getState().accounts.map((a) => a.id)).toEqual(['alice']);
    expect(store.getState().columns.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(columnAccountState(store.getState().accounts, column('c2', 'bob'))).toBe('gone');
  });

  it('drops its columns with it when asked', async () => {
    const { store } = storeWith([alice, bob], [column('c1', 'alice'), column('c2', 'bob')], {
      'accounts.remove': () => ok(removal),
    });
    await store.getState().removeAccount('bob', 'remove');
    expect(store.getState().columns.map((c) => c.id)).toEqual(['c1']);
  });

  it('says why it failed and keeps the account', async () => {
    const { store } = storeWith([alice], [], {
      'accounts.remove': () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'That account is no longer signed in.' } }),
    });
    expect(await store.getState().removeAccount('alice', 'keep')).toEqual({
      kind: 'error',
      message: 'That account is no longer signed in.',
    });
    expect(store.getState().accounts).toEqual([alice]);
  });

  it('goes to the add-account screen after the last one, message kept', async () => {
    const { store } = storeWith([alice], [], { 'accounts.remove': () => ok(removal) });
    await store.getState().removeAccount('alice', 'keep');
    expect(store.getState().view).toBe('addAccount');
    expect(store.getState().accountsNotice?.message).toBe(removal.message);
  });
});

describe('ordering and the default account', () => {
  it('reorders at once and takes the order core answers', async () => {
    const { bridge, store } = storeWith([alice, bob, carol], [], {
      'accounts.reorder': ({ accountIds }) => ok(accountIds.map((id) => [alice, bob, carol].find((a) => a.id === id)!)),
    });
    const done = store.getState().reorderAccounts(['bob', 'alice', 'carol']);
    expect(store.getState().accounts.map((a) => a.id)).toEqual(['bob', 'alice', 'carol']);
    expect(await done).toBeNull();
    expect(bridge.callsOf('accounts.reorder')).toEqual([{ accountIds: ['bob', 'alice', 'carol'] }]);
    expect(store.getState().accounts.map((a) => a.id)).toEqual(['bob', 'alice', 'carol']);
  });

  it('goes back to what core holds when it refuses an order', async () => {
    const { store } = storeWith([alice, bob], [], {
      'accounts.reorder': () => ({ ok: false, error: { code: 'INVALID_INPUT', message: 'The new order must list every account exactly once.' } }),
    });
    const error = await store.getState().reorderAccounts(['bob', 'alice']);
    expect(error?.code).toBe('INVALID_INPUT');
    expect(store.getState().accounts.map((a) => a.id)).toEqual(['alice', 'bob']);
    expect(store.getState().accountsNotice?.kind).toBe('error');
  });

  it('makes an account the default', async () => {
    const { bridge, store } = storeWith([alice, bob], [], {
      'accounts.setDefault': ({ accountId }) => ok([alice, bob].map((a) => ({ ...a, isDefault: a.id === accountId }))),
    });
    expect(await store.getState().setDefaultAccount('bob')).toBeNull();
    expect(bridge.callsOf('accounts.setDefault')).toEqual([{ accountId: 'bob' }]);
    expect(store.getState().accounts.filter((a) => a.isDefault).map((a) => a.id)).toEqual(['bob']);
    expect(store.getState().accountsNotice?.message).toBe('@bob@mi.example.jp is now the default account for new notes.');
  });
});

describe('signing in again', () => {
  const attempt = { attemptId: 'att', server: 'https://misskey.io', status: 'pending' as const, authUrl: 'https://misskey.io/miauth/att' };

  it("starts MiAuth on the account's server and follows it on the add-account screen", async () => {
    const { bridge, store } = storeWith([alice, carol], [], { 'accounts.signIn': () => ok(attempt) });
    await store.getState().signInAgain('carol');
    expect(bridge.callsOf('accounts.signIn')).toEqual([{ server: 'https://misskey.io' }]);
    expect(store.getState().view).toBe('addAccount');
    expect(store.getState().currentAttemptId).toBe('att');
    expect(store.getState().reauthAccountId).toBe('carol');
    store.getState().showAddAccount();
    expect(store.getState().reauthAccountId).toBeNull();
  });

  it('reloads the columns of an account once it is signed in again', async () => {
    const { bridge, store } = storeWith([alice, carol], [column('c1', 'alice'), column('c3', 'carol')]);
    await store.getState().loadColumn('c3');
    const before = bridge.callsOf('timeline.load').length;
    store.getState().setAccounts([alice, { ...carol, needsReauth: false }]);
    await settle();
    expect(bridge.callsOf('timeline.load').slice(before)).toEqual([{ columnId: 'c3' }]);
  });
});

describe('column account state', () => {
  it('tells a signed-in account from one that must sign in again or is gone', () => {
    expect(columnAccountState([alice, carol], column('c', 'alice'))).toBe('ok');
    expect(columnAccountState([alice, carol], column('c', 'carol'))).toBe('needsReauth');
    expect(columnAccountState([alice, carol], column('c', 'bob'))).toBe('gone');
    expect(columnAccountState([], column('c', everyAccount))).toBe('ok');
  });
});

describe('posting account', () => {
  it('is the default one, else the first that can post', () => {
    expect(defaultPostingAccount([bob, alice])?.id).toBe('alice');
    expect(defaultPostingAccount([carol, bob, { ...alice, isDefault: false }])?.id).toBe('bob');
    expect(defaultPostingAccount([{ ...carol, isDefault: true }, bob])?.id).toBe('bob');
    expect(defaultPostingAccount([carol])).toBeUndefined();
  });

  it('is the chosen one while it can post', () => {
    expect(postingAccount([alice, bob], 'bob')?.id).toBe('bob');
    expect(postingAccount([alice, carol], 'carol')?.id).toBe('alice');
    expect(postingAccount([alice, bob], 'gone')?.id).toBe('alice');
  });
});
