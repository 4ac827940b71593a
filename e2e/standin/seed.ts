import { genId } from './ids';
import type { NewNote, NoteRec, UserRec } from './state';
import type { World } from './world';

// The world beyond the 30 base notes: a public role, a list, an antenna, a channel with notes,
// polls, a mention, a direct note, a reply and reactions (names as in the recordings).

export interface SeedInfo {
  roleId: string;
  listId: string;
  antennaId: string;
  channelId: string;
  pollNoteId: string;
  expiredPollNoteId: string;
  reactedNoteId: string;
  directNoteId: string;
}

export function seedWorld(w: World): SeedInfo {
  const { state, social } = w;
  const alice = state.userByName('alice')!;
  const bob = state.userByName('bob')!;
  const admin = state.userByName('admin')!;
  const now = Date.now();
  const at = (minAgo: number) => now - minAgo * 60_000;
  const add = (u: UserRec, p: NewNote, t: number): NoteRec => {
    const n = state.makeNote(u.id, p, t);
    state.insertNote(n);
    return n;
  };

  const role = social.createRole(
    { name: 'Testers', description: 'Public explorable role for fixtures', color: '#86b300', policies: { canSearchNotes: true } },
    at(600),
  );
  role.members.add(alice.id);
  role.members.add(admin.id);

  const list = social.createList(alice.id, 'Friends', at(590));
  list.userIds.push(bob.id);

  const antenna = social.createAntenna(
    alice.id,
    { name: 'missdeck keyword', src: 'all', keywords: [['missdeck']], withReplies: true },
    at(580),
  );

  const channel = social.createChannel(alice.id, { name: 'MissDeck dev', description: 'Channel for **fixtures**' }, at(570));
  channel.followers.add(alice.id);
  add(alice, { text: 'First note in the MissDeck dev channel #missdeck', channelId: channel.id, localOnly: true }, at(95));
  const last = add(bob, { text: 'bob in the channel', channelId: channel.id, localOnly: true }, at(92));
  channel.lastNotedAt = last.createdAt;

  const reacted = state.notes.find((n) => n.userId === alice.id && n.channelId === null)!;
  reacted.reactions.set(bob.id, { id: genId(at(500)), createdAt: new Date(at(500)).toISOString(), reaction: '👍' });
  reacted.reactions.set(admin.id, { id: genId(at(499)), createdAt: new Date(at(499)).toISOString(), reaction: ':missdeck_ok@.:' });

  add(bob, { text: 'Nice to meet you!', replyId: reacted.id }, at(88));
  add(bob, { text: 'Hey @alice, have a look at #missdeck' }, at(85));
  const direct = add(bob, { text: '@alice direct message', visibility: 'specified', visibleUserIds: [alice.id] }, at(82));

  const poll = add(
    alice,
    {
      text: 'Which deck layout do you prefer?',
      poll: { choices: ['Columns', 'Tabs', 'Both'], multiple: true, expiresAt: new Date(now + 24 * 3600_000).toISOString(), votes: new Map() },
    },
    at(80),
  );
  poll.poll!.votes.set(bob.id, new Set([0]));
  const expired = add(
    alice,
    {
      text: 'Quick poll (already closed)',
      poll: { choices: ['yes', 'no'], multiple: false, expiresAt: new Date(at(70)).toISOString(), votes: new Map([[bob.id, new Set([0])]]) },
    },
    at(75),
  );

  return {
    roleId: role.id,
    listId: list.id,
    antennaId: antenna.id,
    channelId: channel.id,
    pollNoteId: poll.id,
    expiredPollNoteId: expired.id,
    reactedNoteId: reacted.id,
    directNoteId: direct.id,
  };
}
