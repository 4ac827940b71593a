import { describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/model/note';
import { memoryStore, quietLogger, testCipher } from '../../../e2e/support/core/coreHarness';
import { readFixture } from '../../../e2e/support/core/fixtures';
import { contentTestbed, fakeServers, type FakeRoute } from '../../../e2e/support/core/contentTestbed';

const serverA = 'https://a.example';
const serverB = 'https://b.example';
const shown = readFixture('notes/show-plain-as-bob.json').response as Note;
const localNote: Note = { ...shown, id: 'noteOnA' };
const remoteNote: Note = { ...shown, id: 'remoteOnA', uri: 'https://c.example/notes/original1' } as Note;
const sameNoteOnB: Note = { ...shown, id: 'noteOnB' };

function setup(routesB: Record<string, FakeRoute | FakeRoute[]>) {
  const servers = fakeServers({
    [serverA]: { 'notes/show': ({ body }) => ({ status: 200, response: body?.noteId === 'remoteOnA' ? remoteNote : localNote }) },
    [serverB]: routesB,
  });
  const bed = contentTestbed({ fetch: servers.fetch, store: memoryStore(), cipher: testCipher(), logger: quietLogger() });
  return { ...bed, servers, onA: bed.addAccount(serverA, 'alice'), bobOnA: bed.addAccount(serverA, 'bob'), onB: bed.addAccount(serverB, 'carol') };
}

describe('notes.resolve', () => {
  it('on the same server: the same id, shown with the target account', async () => {
    const { call, onA, bobOnA, servers } = setup({});
    const note = await call<Note>('notes.resolve', { accountId: bobOnA, fromAccountId: onA, noteId: 'noteOnA' });
    expect(note.id).toBe('noteOnA');
    expect(servers.requests.map((r) => [r.origin, r.endpoint, r.body?.i])).toEqual([[serverA, 'notes/show', 'token-bob']]);
  });

  it('on another server: a local note by its page URL on its server, through ap/show', async () => {
    const { call, onA, onB, servers } = setup({ 'ap/show': { status: 200, response: { type: 'Note', object: sameNoteOnB } } });
    const note = await call<Note>('notes.resolve', { accountId: onB, fromAccountId: onA, noteId: 'noteOnA' });
    expect(note.id).toBe('noteOnB');
    expect(servers.requests.map((r) => [r.origin, r.endpoint, r.body?.i])).toEqual([
      [serverA, 'notes/show', 'token-alice'],
      [serverB, 'ap/show', 'token-carol'],
    ]);
    expect(servers.requests[1]!.body).toMatchObject({ uri: `${serverA}/notes/noteOnA` });
  });

  it('on another server: a remote note by its own uri', async () => {
    const { call, onA, onB, servers } = setup({ 'ap/show': { status: 200, response: { type: 'Note', object: sameNoteOnB } } });
    await call('notes.resolve', { accountId: onB, fromAccountId: onA, noteId: 'remoteOnA' });
    expect(servers.requests[1]!.body).toMatchObject({ uri: 'https://c.example/notes/original1' });
  });

  it('fails as NOT_FOUND when the other server finds a user, or nothing', async () => {
    const noSuchObject = { status: 400, response: { error: { message: 'No such object.', code: 'NO_SUCH_OBJECT', id: 'dc94d745-1262-4e63-a17d-fecaa57efc82', kind: 'client' } } };
    const { callResult, onA, onB } = setup({ 'ap/show': [{ status: 200, response: { type: 'User', object: { id: 'u1' } } }, noSuchObject] });
    await expect(callResult('notes.resolve', { accountId: onB, fromAccountId: onA, noteId: 'noteOnA' })).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'b.example found something at this note’s address, but not a note.', messageKey: 'notANote', params: { host: 'b.example' } },
    });
    await expect(callResult('notes.resolve', { accountId: onB, fromAccountId: onA, noteId: 'noteOnA' })).resolves.toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'b.example could not fetch this note from a.example (NO_SUCH_OBJECT).',
        messageKey: 'noteNotFetched',
        params: { targetHost: 'b.example', sourceHost: 'a.example', misskeyCode: 'NO_SUCH_OBJECT' },
        misskeyCode: 'NO_SUCH_OBJECT',
      },
    });
  });

  it('fails as NOT_FOUND for an account that is gone', async () => {
    const { callResult, onA } = setup({});
    await expect(callResult('notes.resolve', { accountId: 'nobody', fromAccountId: onA, noteId: 'noteOnA' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That account is no longer signed in.', messageKey: 'accountGone' },
    });
  });
});
