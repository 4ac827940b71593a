import { describe, expect, it } from 'vitest';
import type { MissDeckApi } from '../../shared/contract/bridge';
import type { SignInAttemptView } from '../../shared/model/account';
import type { Note } from '../../shared/model/note';
import { createAppStore } from './createAppStore';

const note = (id: string, second: number): Note =>
  ({ id, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString(), text: id }) as Note;

function fakeApi(overrides: Partial<Record<string, (input: never) => unknown>> = {}): MissDeckApi {
  const defaults: Record<string, (input: never) => unknown> = {
    'accounts.list': () => ({ ok: true, value: [] }),
    'deck.get': () => ({ ok: true, value: [] }),
    'timeline.load': () => ({ ok: true, value: [note('b', 2), note('a', 1)] }),
    ...overrides,
  };
  const commands = new Proxy(
    {},
    { get: (_t, name: string) => async (input: never) => (defaults[name] ?? (() => ({ ok: true, value: null })))(input) },
  );
  return { commands: commands as MissDeckApi['commands'], on: () => () => {} };
}

describe('timeline slice', () => {
  it('loads a column and merges batches by id, newest first', async () => {
    const store = createAppStore(fakeApi());
    await store.getState().loadColumn('c1');
    store.getState().applyTimelineBatch([
      { type: 'notes', columnId: 'c1', notes: [note('c', 3), note('b', 2)] },
      { type: 'connection', accountId: 'acc', state: 'reconnecting', retryInMs: 2000 },
    ]);
    const s = store.getState();
    expect(s.columnNoteIds.c1).toEqual(['c', 'b', 'a']);
    expect(Object.keys(s.notesById).sort()).toEqual(['a', 'b', 'c']);
    expect(s.accountConnections.acc).toMatchObject({ state: 'reconnecting', retryInMs: 2000 });
  });

  it('drops the notes of a removed column unless another column shows them', () => {
    const store = createAppStore(fakeApi());
    store.getState().applyTimelineBatch([
      { type: 'notes', columnId: 'c1', notes: [note('a', 1), note('b', 2)] },
      { type: 'notes', columnId: 'c2', notes: [note('b', 2)] },
    ]);
    store.getState().forgetColumns(['c2']);
    expect(Object.keys(store.getState().notesById)).toEqual(['b']);
  });
});

describe('sign-in slice', () => {
  const attempt: SignInAttemptView = {
    attemptId: 'att',
    server: 'https://misskey.io',
    status: 'pending',
    authUrl: 'https://misskey.io/miauth/att',
  };

  it('shows the error of a failed start', async () => {
    const store = createAppStore(
      fakeApi({ 'accounts.signIn': () => ({ ok: false, error: { code: 'NOT_MISSKEY', message: 'Not Misskey.' } }) }),
    );
    await store.getState().startSignIn('example.com');
    expect(store.getState().signInError).toBe('Not Misskey.');
  });

  it('follows progress to success, reloads the deck the core built, and shows it', async () => {
    const added: unknown[] = [];
    const home = { id: 'c1', accountId: 'acc', kind: 'home' as const, params: {}, width: 340 };
    const store = createAppStore(
      fakeApi({
        'accounts.signIn': () => ({ ok: true, value: attempt }),
        'deck.get': () => ({ ok: true, value: [home] }),
        'deck.addColumn': (input) => {
          added.push(input);
          return { ok: true, value: home };
        },
      }),
    );
    store.getState().showAddAccount();
    await store.getState().startSignIn(' misskey.io ');
    expect(store.getState().currentAttemptId).toBe('att');
    store.getState().applySignInProgress({ ...attempt, status: 'succeeded', accountId: 'acc' });
    await new Promise((r) => setTimeout(r, 0));
    expect(added).toEqual([]);
    expect(store.getState().columns).toEqual([home]);
    expect(store.getState().view).toBe('deck');
    expect(store.getState().currentAttemptId).toBeNull();
  });

  it('keeps a denial that arrived before the start answered', async () => {
    const box: { store?: ReturnType<typeof createAppStore> } = {};
    const store = createAppStore(
      fakeApi({
        'accounts.signIn': () => {
          box.store!.getState().applySignInProgress({ ...attempt, status: 'denied' });
          return { ok: true, value: attempt };
        },
      }),
    );
    box.store = store;
    await store.getState().startSignIn('misskey.io');
    expect(store.getState().signInAttempts.att?.status).toBe('denied');
  });
});
