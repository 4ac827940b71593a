import { describe, expect, it } from 'vitest';
import type { WsClient} from './testkit';
import { api, sleep, type PackedNote, useStandin } from './testkit';

const env = useStandin();
const open = env.open;

const updates = (c: WsClient) => c.frames.filter((f) => f.type === 'noteUpdated');

describe('subNote / noteUpdated', () => {
  it('reacted (unicode, custom), unreacted, pollVoted, deleted reach only subscribers; unsubNote stops them', async () => {
    const sub = await open(env.s.tokens.alice!);
    const other = await open(env.s.tokens.admin!);
    const note = env.s.post({ username: 'alice', text: 'Note for subNote events' }).note;
    const poll = env.s.post({ username: 'alice', text: 'poll', poll: { choices: ['a', 'b'] } }).note;
    sub.send({ type: 'subNote', body: { id: note.id } });
    sub.send({ type: 'subNote', body: { id: poll.id } });
    await sleep(50);

    const bob = env.s.tokens.bob!;
    expect((await api(env.s.url, 'notes/reactions/create', { noteId: note.id, reaction: '👍', i: bob })).status).toBe(204);
    expect((await api(env.s.url, 'notes/reactions/create', { noteId: note.id, reaction: ':missdeck_ok:', i: env.s.tokens.admin })).status).toBe(204);
    expect((await api(env.s.url, 'notes/reactions/delete', { noteId: note.id, i: bob })).status).toBe(204);
    expect((await api(env.s.url, 'notes/polls/vote', { noteId: poll.id, choice: 1, i: bob })).status).toBe(204);
    sub.send({ type: 'unsubNote', body: { id: poll.id } });
    await sleep(50);
    env.s.vote({ username: 'admin', noteId: poll.id, choice: 0 });
    expect((await api(env.s.url, 'notes/delete', { noteId: note.id, i: env.s.tokens.alice })).status).toBe(204);
    await sub.until(() => updates(sub).length === 5);
    await sleep(50);

    const bobId = env.s.seeded().users.bob;
    const adminId = env.s.seeded().users.admin;
    expect(updates(sub).map((f) => f.body)).toEqual([
      { id: note.id, type: 'reacted', body: { reaction: '👍', emoji: null, userId: bobId } },
      {
        id: note.id,
        type: 'reacted',
        body: { reaction: ':missdeck_ok@.:', emoji: { name: 'missdeck_ok@.', url: `${env.s.url}/files/emoji-missdeck_ok.png` }, userId: adminId },
      },
      { id: note.id, type: 'unreacted', body: { reaction: '👍', userId: bobId } },
      { id: poll.id, type: 'pollVoted', body: { choice: 1, userId: bobId } },
      { id: note.id, type: 'deleted', body: { deletedAt: expect.any(String) } },
    ]);
    expect(updates(other)).toEqual([]);
  });

  it('reacting again replaces the reaction (204), the same one again is ALREADY_REACTED; myReaction is per viewer', async () => {
    const bob = env.s.tokens.bob!;
    const note = env.s.post({ username: 'alice', text: 'react to me' }).note;
    const ws = await open(env.s.tokens.alice!);
    ws.send({ type: 'subNote', body: { id: note.id } });
    await sleep(30);
    expect((await api(env.s.url, 'notes/reactions/create', { noteId: note.id, reaction: '👍', i: bob })).status).toBe(204);
    expect((await api(env.s.url, 'notes/reactions/create', { noteId: note.id, reaction: '😀', i: bob })).status).toBe(204);
    const again = await api(env.s.url, 'notes/reactions/create', { noteId: note.id, reaction: '😀', i: bob });
    expect(again.json).toMatchObject({ error: { code: 'ALREADY_REACTED', id: '71efcf98-86d6-4e2b-b2ad-9d032369366b' } });
    await ws.until(() => updates(ws).length === 3);
    expect(updates(ws).map((f) => `${f.body.type}:${f.body.body?.reaction}`)).toEqual(['reacted:👍', 'unreacted:👍', 'reacted:😀']);

    const asBob = (await api(env.s.url, 'notes/show', { noteId: note.id, i: bob })).json as PackedNote;
    expect(asBob).toMatchObject({ reactions: { '😀': 1 }, reactionCount: 1, myReaction: '😀', reactionEmojis: {} });
    const asAlice = (await api(env.s.url, 'notes/show', { noteId: note.id, i: env.s.tokens.alice })).json as PackedNote;
    expect(asAlice.myReaction).toBeUndefined();
    const list = await api(env.s.url, 'notes/reactions', { noteId: note.id });
    expect(list.json).toEqual([{ id: expect.any(String), createdAt: expect.any(String), user: expect.objectContaining({ username: 'bob' }), type: '😀' }]);
    expect((await api(env.s.url, 'notes/reactions', { noteId: note.id, type: '👍' })).json).toEqual([]);
    const none = await api(env.s.url, 'notes/reactions/delete', { noteId: note.id, i: env.s.tokens.admin });
    expect(none.json).toEqual({
      error: { message: 'You are not reacting to that note.', code: 'NOT_REACTED', id: '92f4426d-4196-4125-aa5b-02943e2ec8fc', kind: 'client' },
    });
    const missing = await api(env.s.url, 'notes/reactions/create', { noteId: 'aaaaaaaaaaaaaaaa', reaction: '👍', i: bob });
    expect(missing.json).toMatchObject({ error: { code: 'NO_SUCH_NOTE', id: '033d0620-5bfe-4027-965d-980b0c85a3ea' } });
  });

  it('polls: isVoted per viewer, ALREADY_VOTED, ALREADY_EXPIRED; create with poll', async () => {
    const created = await api(env.s.url, 'notes/create', {
      text: 'Which deck layout?',
      poll: { choices: ['Columns', 'Tabs'], multiple: false, expiredAfter: 3600000 },
      i: env.s.tokens.alice,
    });
    const note = (created.json as { createdNote: PackedNote & { hasPoll: boolean } }).createdNote;
    expect(note).toMatchObject({ hasPoll: true, poll: { multiple: false, choices: [{ text: 'Columns', votes: 0, isVoted: false }, { text: 'Tabs', votes: 0, isVoted: false }] } });
    expect((await api(env.s.url, 'notes/polls/vote', { noteId: note.id, choice: 0, i: env.s.tokens.bob })).status).toBe(204);
    const again = await api(env.s.url, 'notes/polls/vote', { noteId: note.id, choice: 1, i: env.s.tokens.bob });
    expect(again.json).toEqual({ error: { message: 'You have already voted.', code: 'ALREADY_VOTED', id: '0963fc77-efac-419b-9424-b391608dc6d8', kind: 'client' } });
    const asBob = (await api(env.s.url, 'notes/show', { noteId: note.id, i: env.s.tokens.bob })).json as PackedNote;
    expect(asBob.poll!.choices).toEqual([{ text: 'Columns', votes: 1, isVoted: true }, { text: 'Tabs', votes: 0, isVoted: false }]);
    const asAlice = (await api(env.s.url, 'notes/show', { noteId: note.id, i: env.s.tokens.alice })).json as PackedNote;
    expect(asAlice.poll!.choices[0]).toEqual({ text: 'Columns', votes: 1, isVoted: false });
    const expired = await api(env.s.url, 'notes/polls/vote', { noteId: env.s.seed.expiredPollNoteId, choice: 1, i: env.s.tokens.admin });
    expect(expired.json).toMatchObject({ error: { code: 'ALREADY_EXPIRED', id: '1022a357-b085-4054-9083-8f8de358337e' } });
  });
});
