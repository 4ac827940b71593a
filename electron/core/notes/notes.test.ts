import { describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/model/note';
import { memoryStore, quietLogger, testCipher } from '../../../e2e/support/core/coreHarness';
import { readFixture } from '../../../e2e/support/core/fixtures';
import { contentTestbed, fakeServers, type FakeRoute } from '../../../e2e/support/core/contentTestbed';

// The content commands for notes, against fake servers answering with what a real Misskey 2026.5.4
// answered (fixtures/misskey). The stand-in integration test covers the same commands end to end.

const origin = 'https://misskey.example';
const noContent = { status: 204, response: null };

function setup(routes: Record<string, FakeRoute | FakeRoute[]>) {
  const servers = fakeServers({ [origin]: routes });
  const bed = contentTestbed({ fetch: servers.fetch, store: memoryStore(), cipher: testCipher(), logger: quietLogger() });
  const accountId = bed.addAccount(origin, 'alice');
  const sent = (endpoint: string) => servers.requests.filter((r) => r.endpoint === endpoint).map(({ body }) => ({ ...body, i: undefined }));
  return { ...bed, servers, accountId, sent };
}

describe('notes.create', () => {
  it.each([
    ['a poll', 'notes/create-poll-multiple.json', { text: 'Which deck layout do you prefer?', poll: { choices: ['Columns', 'Tabs', 'Both'], multiple: true, expiredAfter: 3_600_000 } }],
    ['a content warning', 'notes/create-cw.json', { text: 'The hidden body text behind a content warning.', cw: 'Spoilers: deck layouts' }],
    ['specified visibility', 'notes/create-visibility-specified.json', { text: 'Direct note for @bob', visibility: 'specified', visibleUserIds: ['atzrimohnke00005'] }],
    ['a reply', 'notes/create-reply.json', { text: 'Nice to meet you!', replyId: 'atzrozgznke00018' }],
    ['a quote', 'notes/create-quote.json', { text: 'Quoting this MFM showcase', renoteId: 'atzrozq4nke0001a' }],
    ['a pure renote', 'notes/create-renote.json', { renoteId: 'atzrozgznke00018' }],
    ['a channel', 'notes/create-channel-note.json', { text: 'First note in the MissDeck dev channel #missdeck', channelId: 'atzrozd9nke00010' }],
    ['files', 'notes/create-with-image.json', { text: 'Note with a sensitive image (alt text set).', fileIds: ['atzrozgenke00017'] }],
    ['local only', 'notes/create-local-only.json', null],
  ])('sends %s as Misskey takes it and answers with the created note', async (_what, fixture, input) => {
    const exchange = readFixture(fixture);
    const { call, accountId, sent } = setup({ 'notes/create': exchange });
    const { i: _token, ...recorded } = exchange.request.body as Record<string, unknown>;
    const note = await call<Note>('notes.create', { accountId, ...(input ?? recorded) });
    expect(note).toEqual((exchange.response as { createdNote: Note }).createdNote);
    // Exactly the body the real client sent when recording (the token aside).
    expect(sent('notes/create')).toEqual([{ ...recorded, i: undefined }]);
  });

  it('leaves out blank text and cw, and visibleUserIds unless the note is direct', async () => {
    const { call, accountId, sent } = setup({ 'notes/create': readFixture('notes/create-with-image.json') });
    await call('notes.create', { accountId, text: '  ', cw: '', fileIds: ['f1'], visibility: 'home', visibleUserIds: ['u1'], localOnly: false });
    expect(sent('notes/create')).toEqual([{ fileIds: ['f1'], visibility: 'home', localOnly: false, i: undefined }]);
  });

  it('refuses a poll with both an end time and a duration before asking the server', async () => {
    const { callResult, accountId, servers } = setup({});
    const result = await callResult('notes.create', { accountId, text: 'q', poll: { choices: ['a', 'b'], expiresAt: Date.now() + 60_000, expiredAfter: 60_000 } });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'A poll ends either at a time or after a duration, not both.', messageKey: 'pollEndsTwice' } });
    expect(servers.requests).toHaveLength(0);
  });

  it('explains a renote target that is gone', async () => {
    const { callResult, accountId } = setup({
      'notes/create': { status: 400, response: { error: { message: 'No such renote target.', code: 'NO_SUCH_RENOTE_TARGET', id: 'b5c90186-4ab0-49c8-9bba-a1f76c282ba4', kind: 'client' } } },
    });
    await expect(callResult('notes.renote', { accountId, noteId: 'gone' })).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The note you are renoting or quoting no longer exists.', messageKey: 'renoteTargetGone', misskeyCode: 'NO_SUCH_RENOTE_TARGET' },
    });
  });
});

describe('notes.renote', () => {
  it('is notes/create with only the renoted note, its visibility and localOnly', async () => {
    const exchange = readFixture('notes/create-renote.json');
    const { call, accountId, sent } = setup({ 'notes/create': exchange });
    const note = await call<Note>('notes.renote', { accountId, noteId: 'atzrozgznke00018', visibility: 'home', localOnly: true });
    expect(note.renoteId).toBe('atzrozgznke00018');
    expect(sent('notes/create')).toEqual([{ renoteId: 'atzrozgznke00018', visibility: 'home', localOnly: true, i: undefined }]);
  });
});

describe('reading notes', () => {
  it('notes.conversation answers the ancestors oldest first (Misskey sends the nearest parent first)', async () => {
    const exchange = readFixture('notes/conversation.json');
    const { call, accountId, sent } = setup({ 'notes/conversation': exchange });
    const thread = await call<Note[]>('notes.conversation', { accountId, noteId: 'atzrp1j5nke00020' });
    const recorded = exchange.response as Note[];
    expect(recorded.length).toBeGreaterThan(1);
    expect(thread.map((n) => n.id)).toEqual(recorded.map((n) => n.id).reverse());
    expect(thread[0]!.replyId).toBeNull();
    for (let i = 1; i < thread.length; i++) expect(thread[i]!.replyId).toBe(thread[i - 1]!.id);
    expect(sent('notes/conversation')).toEqual([{ noteId: 'atzrp1j5nke00020', limit: 100, i: undefined }]);
  });

  it('notes.children answers replies and quotes oldest first', async () => {
    const exchange = readFixture('notes/children.json');
    const { call, accountId } = setup({ 'notes/children': exchange });
    const replies = await call<Note[]>('notes.children', { accountId, noteId: 'atzrozgznke00018' });
    expect(replies.map((n) => n.id)).toEqual((exchange.response as Note[]).map((n) => n.id).reverse());
    expect(replies.map((n) => n.createdAt)).toEqual([...replies.map((n) => n.createdAt)].sort());
  });

  it('notes.show of a deleted note fails as NOT_FOUND with a sentence', async () => {
    const { callResult, accountId } = setup({ 'notes/show': readFixture('notes/show-after-delete.json') });
    await expect(callResult('notes.show', { accountId, noteId: 'gone' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'This note no longer exists, or you are not allowed to see it.', messageKey: 'noteGoneOrHidden', misskeyCode: 'NO_SUCH_NOTE' },
    });
  });
});

describe('acting on notes', () => {
  it('deletes an own note, and explains why someone else’s cannot be deleted', async () => {
    const { call, callResult, accountId } = setup({ 'notes/delete': [readFixture('notes/delete.json'), readFixture('errors/delete-others-note.json')] });
    await expect(call('notes.delete', { accountId, noteId: 'mine' })).resolves.toBeNull();
    await expect(callResult('notes.delete', { accountId, noteId: 'theirs' })).resolves.toEqual({
      ok: false,
      error: { code: 'MISSKEY_ERROR', message: 'You can delete only your own notes.', messageKey: 'deleteOnlyOwn', misskeyCode: 'ACCESS_DENIED' },
    });
  });

  it('reacts, reacts again (replaced, no error), unreacts, and explains unreacting twice', async () => {
    const { call, callResult, accountId, sent } = setup({
      'notes/reactions/create': [readFixture('notes/reactions-create-unicode.json'), readFixture('notes/reactions-create-change-reaction.json')],
      'notes/reactions/delete': [readFixture('notes/reactions-delete.json'), readFixture('errors/not-reacted-delete.json')],
    });
    await expect(call('notes.react', { accountId, noteId: 'n1', reaction: '👍' })).resolves.toBeNull();
    await expect(call('notes.react', { accountId, noteId: 'n1', reaction: '😀' })).resolves.toBeNull();
    await expect(call('notes.unreact', { accountId, noteId: 'n1' })).resolves.toBeNull();
    await expect(callResult('notes.unreact', { accountId, noteId: 'n1' })).resolves.toEqual({
      ok: false,
      error: { code: 'MISSKEY_ERROR', message: 'You have not reacted to this note.', messageKey: 'notReacted', misskeyCode: 'NOT_REACTED' },
    });
    expect(sent('notes/reactions/create')).toEqual([
      { noteId: 'n1', reaction: '👍', i: undefined },
      { noteId: 'n1', reaction: '😀', i: undefined },
    ]);
  });

  it('reacting twice with the same reaction (ALREADY_REACTED) is not an error', async () => {
    const alreadyReacted = { status: 400, response: { error: { message: 'You are already reacting to that note.', code: 'ALREADY_REACTED', id: '71efcf98-86d6-4e2b-b2ad-9d032369366b', kind: 'client' } } };
    const { call, accountId, servers } = setup({ 'notes/reactions/create': [noContent, alreadyReacted] });
    await expect(call('notes.react', { accountId, noteId: 'n1', reaction: '🎉' })).resolves.toBeNull();
    await expect(call('notes.react', { accountId, noteId: 'n1', reaction: '🎉' })).resolves.toBeNull();
    expect(servers.requests.map((r) => r.endpoint)).toEqual(['notes/reactions/create', 'notes/reactions/create']);
  });

  it('votes, and says so clearly when voting again or after the poll ended', async () => {
    const { call, callResult, accountId } = setup({
      'notes/polls/vote': [readFixture('notes/polls-vote.json'), readFixture('errors/poll-already-voted.json'), readFixture('errors/poll-expired.json')],
    });
    await expect(call('notes.vote', { accountId, noteId: 'p1', choice: 0 })).resolves.toBeNull();
    await expect(callResult('notes.vote', { accountId, noteId: 'p1', choice: 0 })).resolves.toEqual({
      ok: false,
      error: { code: 'MISSKEY_ERROR', message: 'You already voted in this poll.', messageKey: 'alreadyVoted', misskeyCode: 'ALREADY_VOTED' },
    });
    await expect(callResult('notes.vote', { accountId, noteId: 'p2', choice: 1 })).resolves.toMatchObject({ ok: false, error: { message: 'This poll has ended.', messageKey: 'pollEnded' } });
  });

  it('favorites idempotently: marking twice or unmarking twice is not an error', async () => {
    const notFavorited = { status: 400, response: { error: { message: 'You have not marked that note a favorite.', code: 'NOT_FAVORITED', id: 'b625fc69-635e-45e9-86f4-dbefbef35af5', kind: 'client' } } };
    const { call, accountId, servers } = setup({
      'notes/favorites/create': [readFixture('notes/favorites-create.json'), readFixture('errors/favorite-already.json')],
      'notes/favorites/delete': [noContent, notFavorited],
    });
    for (const favorite of [true, true, false, false]) await expect(call('notes.favorite', { accountId, noteId: 'n1', favorite })).resolves.toBeNull();
    expect(servers.count('notes/favorites/create')).toBe(2);
    expect(servers.count('notes/favorites/delete')).toBe(2);
  });

  it('leaves other failures as the client reported them (here: the token was refused)', async () => {
    const { callResult, accountId, signedOut } = setup({ 'notes/favorites/create': readFixture('errors/invalid-token-body.json') });
    await expect(callResult('notes.favorite', { accountId, noteId: 'n1', favorite: true })).resolves.toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(signedOut).toEqual([accountId]);
  });
});
