import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CustomEmoji, DraftView, DriveFileView, ServerInfoView, UserDetailed } from '../../../shared/model/content';
import type { Note } from '../../../shared/model/note';
import { memoryStore, signIn, type CoreUnderTest } from '../../../e2e/support/core/coreHarness';
import { useTwoServers } from '../../../e2e/support/core/twoServers';
import type { Standin } from '../../../e2e/support/core/coreHarness';

const servers = useTwoServers();
const boot = servers.boot;

async function aliceOnA() {
  const harness = await boot();
  const accountId = await signIn(harness, servers.serverA, 'alice');
  const create = (input: Record<string, unknown>) => harness.call<Note>('notes.create', { accountId, ...input });
  return { harness, accountId, create };
}

const errorOf = async (harness: CoreUnderTest, name: string, input: unknown) => {
  const result = await harness.callResult(name, input);
  if (result.ok) throw new Error(`${name} succeeded`);
  return result.error;
};

const requestsTo = (server: Standin, path: string) => server.log().requests.filter((r) => r.path === path).length;

describe('notes.create on the stand-in', () => {
  it('posts text with a cw, a poll, a direct note, a reply, a quote and a renote', async () => {
    const { harness, accountId, create } = await aliceOnA();
    const bob = await harness.call<UserDetailed>('users.show', { accountId, username: 'bob' });

    const withCw = await create({ text: 'behind the warning', cw: 'spoilers', visibility: 'home', localOnly: true });
    expect(withCw).toMatchObject({ text: 'behind the warning', cw: 'spoilers', visibility: 'home', localOnly: true });

    const withPoll = await create({ text: 'Which layout?', poll: { choices: ['Columns', 'Tabs'], multiple: true, expiredAfter: 3_600_000 } });
    expect(withPoll.poll).toMatchObject({ multiple: true, choices: [{ text: 'Columns', votes: 0 }, { text: 'Tabs', votes: 0 }] });
    expect(Date.parse(withPoll.poll!.expiresAt!)).toBeGreaterThan(Date.now() + 3_500_000);

    const direct = await create({ text: 'just for you', visibility: 'specified', visibleUserIds: [bob.id] });
    expect(direct).toMatchObject({ visibility: 'specified', visibleUserIds: [bob.id] });

    const reply = await create({ text: 'a reply', replyId: withCw.id });
    expect(reply.replyId).toBe(withCw.id);

    const quote = await create({ text: 'quoting', renoteId: withPoll.id });
    expect(quote).toMatchObject({ text: 'quoting', renoteId: withPoll.id });

    const renote = await harness.call<Note>('notes.renote', { accountId, noteId: withCw.id, visibility: 'home' });
    expect(renote).toMatchObject({ text: null, renoteId: withCw.id, visibility: 'home' });
  });

  it('posts a note with an uploaded file, reporting the upload’s progress', async () => {
    const { harness, accountId, create } = await aliceOnA();
    const bytes = randomBytes(600 * 1024);
    const file = await harness.call<DriveFileView>('drive.upload', {
      accountId,
      uploadId: 'upload-1',
      name: 'noise.bin',
      type: 'application/octet-stream',
      dataBase64: bytes.toString('base64'),
      isSensitive: true,
      comment: 'random bytes',
    });
    expect(file).toMatchObject({ name: 'noise.bin', size: bytes.length, isSensitive: true, comment: 'random bytes' });
    const served = Buffer.from(await (await fetch(file.url)).arrayBuffer());
    expect(Buffer.compare(served, bytes)).toBe(0);
    const uploads = harness.events.filter((e) => e.name === 'drive.uploadProgress').map((e) => e.payload as { uploadId: string; loaded: number; total: number });
    expect(uploads.length).toBeGreaterThanOrEqual(1);
    expect(uploads.every((p) => p.uploadId === 'upload-1')).toBe(true);
    expect(uploads.at(-1)!.loaded).toBe(uploads.at(-1)!.total);
    expect(uploads.at(-1)!.total).toBeGreaterThan(bytes.length);

    const updated = await harness.call<DriveFileView>('drive.update', { accountId, fileId: file.id, isSensitive: false, comment: null });
    expect(updated).toMatchObject({ id: file.id, isSensitive: false, comment: null });

    const note = await create({ fileIds: [file.id] });
    expect(note.fileIds).toEqual([file.id]);
  });

  it('refuses a file over the role’s limit without sending it', async () => {
    const { harness, accountId } = await aliceOnA();
    const before = requestsTo(servers.serverA, '/api/drive/files/create');
    const error = await errorOf(harness, 'drive.upload', {
      accountId,
      uploadId: 'upload-2',
      name: 'huge.bin',
      type: 'application/octet-stream',
      dataBase64: Buffer.alloc(30 * 1024 * 1024 + 1).toString('base64'),
    });
    const host = new URL(servers.serverA.url).host;
    expect(error).toEqual({
      code: 'INVALID_INPUT',
      message: `“huge.bin” is 30.1 MB; ${host} accepts files up to 30 MB.`,
      messageKey: 'fileTooLarge',
      params: { name: 'huge.bin', host, size: '30.1 MB', limit: '30 MB' },
    });
    expect(requestsTo(servers.serverA, '/api/drive/files/create')).toBe(before);
    expect(harness.events.filter((e) => e.name === 'drive.uploadProgress')).toEqual([]);
  });
});

describe('acting on notes on the stand-in', () => {
  it('reacts, replaces the reaction, unreacts, and explains unreacting again', async () => {
    const { harness, accountId } = await aliceOnA();
    const { note } = servers.serverA.post({ username: 'bob', text: 'react to me' });
    await harness.call('notes.react', { accountId, noteId: note.id, reaction: '👍' });
    await harness.call('notes.react', { accountId, noteId: note.id, reaction: '😀' });
    await harness.call('notes.react', { accountId, noteId: note.id, reaction: '😀' });
    const shown = await harness.call<Note>('notes.show', { accountId, noteId: note.id });
    expect(shown.reactions).toEqual({ '😀': 1 });
    expect(shown.myReaction).toBe('😀');
    await harness.call('notes.unreact', { accountId, noteId: note.id });
    expect(await errorOf(harness, 'notes.unreact', { accountId, noteId: note.id })).toEqual({
      code: 'MISSKEY_ERROR',
      message: 'You have not reacted to this note.',
      messageKey: 'notReacted',
      misskeyCode: 'NOT_REACTED',
    });
  });

  it('votes once, and says so when voting again or after the poll ended', async () => {
    const { harness, accountId } = await aliceOnA();
    const { note } = servers.serverA.post({ username: 'bob', text: 'poll', poll: { choices: ['a', 'b'] } });
    await harness.call('notes.vote', { accountId, noteId: note.id, choice: 1 });
    expect((await harness.call<Note>('notes.show', { accountId, noteId: note.id })).poll!.choices.map((c) => c.votes)).toEqual([0, 1]);
    expect(await errorOf(harness, 'notes.vote', { accountId, noteId: note.id, choice: 0 })).toMatchObject({ message: 'You already voted in this poll.', messageKey: 'alreadyVoted' });
    const { note: ended } = servers.serverA.post({ username: 'bob', text: 'old poll', poll: { choices: ['a', 'b'] } });
    servers.serverA.endPoll({ noteId: ended.id });
    expect(await errorOf(harness, 'notes.vote', { accountId, noteId: ended.id, choice: 0 })).toMatchObject({ message: 'This poll has ended.', messageKey: 'pollEnded' });
  });

  it('favorites and unfavorites idempotently', async () => {
    const { harness, accountId } = await aliceOnA();
    const { note } = servers.serverA.post({ username: 'bob', text: 'keep this' });
    for (const favorite of [true, true, false, false, true]) await harness.call('notes.favorite', { accountId, noteId: note.id, favorite });
  });

  it('deletes an own note and explains why another’s cannot be', async () => {
    const { harness, accountId, create } = await aliceOnA();
    const mine = await create({ text: 'short-lived' });
    await harness.call('notes.delete', { accountId, noteId: mine.id });
    expect(await errorOf(harness, 'notes.show', { accountId, noteId: mine.id })).toMatchObject({ code: 'NOT_FOUND' });
    const { note: theirs } = servers.serverA.post({ username: 'bob', text: 'mine, not yours' });
    expect(await errorOf(harness, 'notes.delete', { accountId, noteId: theirs.id })).toEqual({
      code: 'MISSKEY_ERROR',
      message: 'You can delete only your own notes.',
      messageKey: 'deleteOnlyOwn',
      misskeyCode: 'ACCESS_DENIED',
    });
  });

  it('reads a thread: ancestors oldest first, children oldest first', async () => {
    const { harness, accountId, create } = await aliceOnA();
    const root = await create({ text: 'root' });
    const middle = await create({ text: 'middle', replyId: root.id });
    const leaf = await create({ text: 'leaf', replyId: middle.id });
    const second = await create({ text: 'second answer', replyId: middle.id });
    const ancestors = await harness.call<Note[]>('notes.conversation', { accountId, noteId: leaf.id });
    expect(ancestors.map((n) => n.text)).toEqual(['root', 'middle']);
    const replies = await harness.call<Note[]>('notes.children', { accountId, noteId: middle.id });
    expect(replies.map((n) => n.id)).toEqual([leaf.id, second.id]);
  });
});

describe('notes.resolve on the stand-ins', () => {
  it('finds the same note for an account on the same server, and on another server through ap/show', async () => {
    const harness = await boot();
    const alice = await signIn(harness, servers.serverA, 'alice');
    const bob = await signIn(harness, servers.serverA, 'bob');
    const aliceOnB = await signIn(harness, servers.serverB, 'alice');
    const { note } = servers.serverA.post({ username: 'admin', text: 'federate me' });

    const same = await harness.call<Note>('notes.resolve', { accountId: bob, fromAccountId: alice, noteId: note.id });
    expect(same.id).toBe(note.id);

    const remote = await harness.call<Note>('notes.resolve', { accountId: aliceOnB, fromAccountId: alice, noteId: note.id });
    expect(remote.id).not.toBe(note.id);
    expect(remote).toMatchObject({ text: 'federate me', uri: `${servers.serverA.url}/notes/${note.id}`, user: { username: 'admin', host: new URL(servers.serverA.url).host } });
    // Resolved there, the note can be acted on by that account.
    await harness.call('notes.react', { accountId: aliceOnB, noteId: remote.id, reaction: '👍' });

    // And back: B's copy is a remote note whose uri leads to the original on A.
    const back = await harness.call<Note>('notes.resolve', { accountId: alice, fromAccountId: aliceOnB, noteId: remote.id });
    expect(back.id).toBe(note.id);
  });
});

describe('users on the stand-in', () => {
  it('shows users by username and id, and follows idempotently', async () => {
    const { harness, accountId } = await aliceOnA();
    const bob = await harness.call<UserDetailed>('users.show', { accountId, username: 'bob' });
    expect(bob).toMatchObject({ username: 'bob', host: null, isFollowing: true });
    expect((await harness.call<UserDetailed>('users.show', { accountId, userId: bob.id })).id).toBe(bob.id);
    await harness.call('users.follow', { accountId, userId: bob.id, follow: false });
    await harness.call('users.follow', { accountId, userId: bob.id, follow: false });
    expect(await harness.call<UserDetailed>('users.show', { accountId, userId: bob.id })).toMatchObject({ isFollowing: false });
    await harness.call('users.follow', { accountId, userId: bob.id, follow: true });
    await harness.call('users.follow', { accountId, userId: bob.id, follow: true });
    expect(await harness.call<UserDetailed>('users.show', { accountId, userId: bob.id })).toMatchObject({ isFollowing: true });
    expect(await errorOf(harness, 'users.show', { accountId, username: 'nobody' })).toMatchObject({ code: 'NOT_FOUND', message: 'There is no such user.', messageKey: 'noSuchUser' });
  });
});

describe('the server on the stand-in', () => {
  it('describes the server from meta, asking once for many calls', async () => {
    const { harness, accountId } = await aliceOnA();
    const before = requestsTo(servers.serverA, '/api/meta');
    const info = await harness.call<ServerInfoView>('server.info', { accountId });
    expect(info).toEqual({ name: 'Server A', version: '2026.5.4', maxNoteTextLength: 3000, maxFilesPerNote: 16, iconUrl: `${servers.serverA.url}/files/icon.png`, translatorAvailable: false });
    await harness.call('server.info', { accountId });
    await harness.call('server.info', { accountId });
    expect(requestsTo(servers.serverA, '/api/meta')).toBe(before + 1);
  });

  it('lists the custom emojis, asking once', async () => {
    const { harness, accountId } = await aliceOnA();
    const emojis = await harness.call<CustomEmoji[]>('server.emojis', { accountId });
    expect(emojis.map((e) => e.name)).toContain('missdeck_ok');
    await harness.call('server.emojis', { accountId });
    expect(requestsTo(servers.serverA, '/api/emojis')).toBe(1);
  });
});

describe('drafts in the core', () => {
  const draft = { text: 'unfinished', cw: null, visibility: 'followers', localOnly: false, replyId: null, renoteId: null, pollChoices: null } as const;

  it('saves, replaces and deletes a draft per account, kept across a restart', async () => {
    const store = memoryStore();
    const first = await boot(store);
    const alice = await signIn(first, servers.serverA, 'alice');
    const aliceOnB = await signIn(first, servers.serverB, 'alice');
    await first.call('drafts.save', { accountId: alice, draft });
    await first.call('drafts.save', { accountId: aliceOnB, draft: { ...draft, text: 'elsewhere' } });
    await first.call('drafts.save', { accountId: alice, draft: { ...draft, text: 'unfinished, longer' } });
    const saved = await first.call<DraftView>('drafts.get', { accountId: alice });
    expect(saved).toMatchObject({ ...draft, text: 'unfinished, longer' });
    expect(Date.parse(saved.savedAt)).toBeGreaterThan(Date.now() - 10_000);
    await first.core.dispose();

    const second = await boot(store);
    expect(await second.call('drafts.get', { accountId: alice })).toEqual(saved);
    await second.call('drafts.save', { accountId: alice, draft: null });
    expect(await second.call('drafts.get', { accountId: alice })).toBeNull();
    expect(await second.call<DraftView>('drafts.get', { accountId: aliceOnB })).toMatchObject({ text: 'elsewhere' });
  });

  it('keeps reply and quote drafts per account and note, across a restart; removing the account removes them all', async () => {
    const store = memoryStore();
    const first = await boot(store);
    const alice = await signIn(first, servers.serverA, 'alice');
    const reply = { kind: 'reply', noteId: 'n1' } as const;
    await first.call('drafts.save', { accountId: alice, draft });
    await first.call('drafts.save', { accountId: alice, slot: reply, draft: { ...draft, text: '@bob unfinished', replyId: 'n1' } });
    await first.call('drafts.save', { accountId: alice, slot: { kind: 'quote', noteId: 'n1' }, draft: { ...draft, text: 'quoting', renoteId: 'n1' } });
    await first.core.dispose();

    const second = await boot(store);
    expect(await second.call('drafts.get', { accountId: alice, slot: reply })).toMatchObject({ text: '@bob unfinished', replyId: 'n1' });
    expect(await second.call('drafts.get', { accountId: alice, slot: { kind: 'reply', noteId: 'n2' } })).toBeNull();
    expect(await second.call('drafts.get', { accountId: alice })).toMatchObject({ text: 'unfinished' });
    await second.call('accounts.remove', { accountId: alice, columns: 'keep' });
    expect(await second.call('drafts.get', { accountId: alice })).toBeNull();
    expect(await second.call('drafts.get', { accountId: alice, slot: reply })).toBeNull();
    expect(await second.call('drafts.get', { accountId: alice, slot: { kind: 'quote', noteId: 'n1' } })).toBeNull();
    expect(store.data.drafts).toEqual({ version: 2, byAccount: {}, slots: [] });
  });

  it('starts without drafts when the saved document is unreadable', async () => {
    const store = memoryStore({ drafts: { version: 'x', byAccount: 7 } });
    const harness = await boot(store);
    await expect(harness.call('drafts.get', { accountId: 'a1' })).resolves.toBeNull();
    await harness.call('drafts.save', { accountId: 'a1', draft });
    await expect(harness.call('drafts.get', { accountId: 'a1' })).resolves.toMatchObject({ text: 'unfinished' });
  });
});
