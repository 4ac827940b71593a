import { describe, expect, it } from 'vitest';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { memoryStore, quietLogger } from '../../../e2e/support/core/coreHarness';
import { AccountStore } from './accountStore';

const v1Entry = (id: string, username: string) => ({
  id,
  server: 'https://misskey.example',
  host: 'misskey.example',
  userId: `u-${id}`,
  username,
  name: null,
  avatarUrl: null,
  serverName: 'Example',
  serverIconUrl: null,
  permissions: ['read:account'],
  sealedToken: `sealed-${id}`,
  needsReauth: false,
});

const open = (doc: unknown) => {
  const store = memoryStore(doc === undefined ? {} : { accounts: doc });
  const accounts = new AccountStore(store, quietLogger(), () => 42);
  return { store, accounts, loaded: accounts.load() };
};

describe('AccountStore', () => {
  it('starts empty with no document and no problem', () => {
    expect(open(undefined).loaded).toEqual({ accounts: [], problems: [] });
  });

  it('migrates a version 1 document to the current version and saves it', () => {
    const { store, loaded } = open({ version: 1, accounts: [v1Entry('a', 'alice'), v1Entry('b', 'bob')] });
    expect(loaded.problems).toEqual([]);
    expect(loaded.accounts.map((a) => [a.username, a.isDefault, a.serverVersion, a.serverThemeColor, a.sealedToken])).toEqual([
      ['alice', true, null, null, 'sealed-a'],
      ['bob', false, null, null, 'sealed-b'],
    ]);
    expect(store.data.accounts).toMatchObject({ version: 3 });
  });

  it('migrates a version 2 document: no theme colour known yet, everything else kept', () => {
    const v2 = { ...v1Entry('a', 'alice'), serverVersion: '2026.5.4', isDefault: true };
    const { store, loaded } = open({ version: 2, accounts: [v2] });
    expect(loaded.problems).toEqual([]);
    expect(loaded.accounts).toEqual([{ ...v2, serverThemeColor: null }]);
    expect(store.data.accounts).toEqual({ version: 3, accounts: [{ ...v2, serverThemeColor: null }] });
  });

  it('keeps a plain hex theme colour and forgets any other, keeping the account', () => {
    const entry = (id: string, serverThemeColor: unknown) => ({ ...v1Entry(id, id), serverVersion: null, isDefault: id === 'a', serverThemeColor });
    const { loaded } = open({
      version: 3,
      accounts: [entry('a', '#86b300'), entry('b', '#FA0'), entry('c', 'red;background:url(x)'), entry('d', 42), entry('e', '#12345')],
    });
    expect(loaded.problems).toEqual([]);
    expect(loaded.accounts.map((a) => [a.id, a.serverThemeColor])).toEqual([
      ['a', '#86b300'],
      ['b', '#FA0'],
      ['c', null],
      ['d', null],
      ['e', null],
    ]);
  });

  it('keeps the readable accounts of a document from a newer MissDeck, backs it up, and says so', () => {
    const newer = { version: 9, accounts: [{ ...v1Entry('a', 'alice'), serverVersion: null, isDefault: true, shinyNewField: 1 }, { id: 'x' }] };
    const { store, loaded } = open(newer);
    expect(loaded.accounts.map((a) => a.username)).toEqual(['alice']);
    expect(store.data['accounts.backup-42']).toEqual(newer);
    expect(loaded.problems).toEqual([
      coreMessage('accountsNewer', { format: 9, backupKey: 'accounts.backup-42' }),
      coreMessage('accountsDropped', { count: 1 }),
    ]);
    expect(loaded.problems.map((p) => p.message).join(' ')).toMatch(/newer MissDeck.*accounts\.backup-42.*1 saved account could not be read/);
  });

  it.each([
    ['not an object', 'garbage'],
    ['no version', { accounts: [] }],
    ['accounts not a list', { version: 2, accounts: {} }],
    ['version zero', { version: 0, accounts: [] }],
  ])('backs up an unreadable document (%s) and starts with no accounts', (_label, doc) => {
    const { store, loaded } = open(doc);
    expect(loaded.accounts).toEqual([]);
    expect(store.data['accounts.backup-42']).toEqual(doc);
    expect(loaded.problems).toEqual([coreMessage('accountsUnreadable', { backupKey: 'accounts.backup-42' })]);
    expect(loaded.problems[0]?.message).toMatch(/could not read its list of accounts/);
  });

  it('drops only the broken entries', () => {
    const good = { ...v1Entry('a', 'alice'), serverVersion: '2026.5.4', serverThemeColor: null, isDefault: false };
    const { loaded } = open({ version: 2, accounts: [good, { ...good, id: 'b', server: 'not a url' }, null] });
    expect(loaded.accounts.map((a) => [a.id, a.isDefault])).toEqual([['a', true]]);
    expect(loaded.problems).toEqual([
      { message: '2 saved accounts could not be read and were left out; sign in to them again.', messageKey: 'accountsDropped', params: { count: 2 } },
    ]);
  });
});
