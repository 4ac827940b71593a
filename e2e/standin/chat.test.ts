import { describe, expect, it } from 'vitest';
import { api, connectChannel, useStandin } from './testkit';

const env = useStandin({ chatUnreadDelayMs: 150 });
const tok = (name: 'alice' | 'bob' | 'admin') => env.s.tokens[name]!;
const as = (name: 'alice' | 'bob' | 'admin', endpoint: string, body: Record<string, unknown> = {}) => api(env.s.url, endpoint, { i: tok(name), ...body });

describe('stand-in chat', () => {
  it('refuses a recipient whose chatScope (default mutual) does not allow it: 500 INTERNAL_ERROR with the reason in info.e', async () => {
    const users = env.s.seeded().users;
    const refused = await as('admin', 'chat/messages/create-to-user', { toUserId: users.bob, text: 'hi' });
    expect(refused.status).toBe(500);
    expect(refused.json).toMatchObject({ error: { code: 'INTERNAL_ERROR', kind: 'server', info: { e: { message: 'recipient is cannot chat (mutual)', code: 'Error' } } } });
    const shown = await as('admin', 'users/show', { userId: users.bob });
    expect(shown.json).toMatchObject({ chatScope: 'mutual', canChat: true });
    env.s.setChatScope({ username: 'bob', scope: 'everyone' });
    expect((await as('admin', 'chat/messages/create-to-user', { toUserId: users.bob, text: 'hi' })).status).toBe(200);
    expect((await as('admin', 'chat/messages/create-to-user', { toUserId: users.admin, text: 'me' })).json).toMatchObject({ error: { code: 'RECIPIENT_IS_YOURSELF' } });
    expect((await as('admin', 'chat/messages/create-to-user', { toUserId: users.bob })).json).toMatchObject({ error: { code: 'CONTENT_REQUIRED' } });
  });

  it('streams messages, reactions and deletions on chatUser; newChatMessage only while unread after the delay; read suppresses it', async () => {
    env.s.follow({ follower: 'bob', followee: 'alice' });
    const users = env.s.seeded().users;
    const bob = await env.open(tok('bob'));
    await connectChannel(bob, 'main', 'main');
    await connectChannel(bob, 'chatUser', 'chat-alice', { otherId: users.alice });
    const sent = await as('alice', 'chat/messages/create-to-user', { toUserId: users.bob, text: 'Hi Bob!' });
    expect(Object.keys(sent.json as object)).toEqual(['id', 'createdAt', 'text', 'fromUserId', 'toUserId', 'fileId', 'file', 'reactions']);
    const messageId = (sent.json as { id: string }).id;
    await bob.until(() => bob.frames.some((f) => f.body.id === 'main' && f.body.type === 'newChatMessage'));
    expect(bob.frames.find((f) => f.type === 'channel' && f.body.id === 'chat-alice')?.body).toMatchObject({ type: 'message', body: { id: messageId, text: 'Hi Bob!' } });
    expect((await as('bob', 'i')).json).toMatchObject({ hasUnreadChatMessages: true });
    expect((await as('bob', 'chat/history', { room: false })).json).toMatchObject([{ id: messageId, isRead: false, toUser: { username: 'bob' } }]);

    bob.send({ type: 'ch', body: { id: 'chat-alice', type: 'read', body: { id: messageId } } });
    const second = await as('alice', 'chat/messages/create-to-user', { toUserId: users.bob, text: 'second' });
    await bob.until(() => bob.frames.some((f) => f.type === 'channel' && f.body.id === 'chat-alice' && (f.body.body as { id?: string } | undefined)?.id === (second.json as { id: string }).id));
    bob.send({ type: 'ch', body: { id: 'chat-alice', type: 'read', body: { id: 'x' } } });
    expect((await as('bob', 'chat/messages/react', { messageId, reaction: '❤️' })).status).toBe(204);
    expect((await as('alice', 'chat/messages/react', { messageId, reaction: '👍' })).json).toMatchObject({ error: { code: 'INTERNAL_ERROR', info: { e: { message: 'cannot react to own message' } } } });
    expect((await as('alice', 'chat/messages/delete', { messageId })).status).toBe(204);
    await bob.until(() => bob.frames.some((f) => f.body.type === 'deleted'));
    await new Promise((r) => setTimeout(r, 300));
    const chatFrames = bob.frames.filter((f) => f.type === 'channel' && f.body.id === 'chat-alice').map((f) => f.body.type);
    expect(chatFrames).toEqual(['message', 'message', 'react', 'deleted']);
    expect(bob.frames.filter((f) => f.body.type === 'newChatMessage')).toHaveLength(1);
    expect(bob.frames.find((f) => f.body.type === 'react')?.body.body).toEqual({ messageId, reaction: '❤' });
  });

  it('pages a conversation like notes: untilId newest first, sinceId alone oldest first', async () => {
    env.s.setChatScope({ username: 'bob', scope: 'everyone' });
    const users = env.s.seeded().users;
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push(((await as('alice', 'chat/messages/create-to-user', { toUserId: users.bob, text: `m${i}` })).json as { id: string }).id);
    const since = (await as('bob', 'chat/messages/user-timeline', { userId: users.alice, sinceId: made[1], limit: 2 })).json as { id: string }[];
    expect(since.map((m) => m.id)).toEqual([made[2], made[3]]);
    const until = (await as('bob', 'chat/messages/user-timeline', { userId: users.alice, untilId: made[3], limit: 2 })).json as { id: string }[];
    expect(until.map((m) => m.id)).toEqual([made[2], made[1]]);
  });

  it('rooms: invite, join (= accept), ignore, members, room stream, leave', async () => {
    const users = env.s.seeded().users;
    const room = (await as('alice', 'chat/rooms/create', { name: 'Room', description: 'd' })).json as { id: string };
    expect((await as('alice', 'chat/rooms/invitations/create', { roomId: room.id, userId: users.bob })).status).toBe(200);
    expect((await as('alice', 'chat/rooms/invitations/create', { roomId: room.id, userId: users.bob })).json).toMatchObject({ error: { info: { e: { message: 'already invited' } } } });
    await as('alice', 'chat/rooms/invitations/create', { roomId: room.id, userId: users.admin });
    expect((await as('bob', 'chat/rooms/invitations/inbox')).json).toMatchObject([{ roomId: room.id, room: { invitationExists: true } }]);
    expect((await as('bob', 'chat/rooms/join', { roomId: room.id })).status).toBe(204);
    expect((await as('bob', 'chat/rooms/join', { roomId: room.id })).json).toMatchObject({ error: { code: 'INTERNAL_ERROR', info: { e: { code: 'EntityNotFoundError' } } } });
    await as('admin', 'chat/rooms/invitations/ignore', { roomId: room.id });
    expect((await as('admin', 'chat/rooms/invitations/inbox')).json).toEqual([]);
    expect((await as('admin', 'chat/messages/create-to-room', { toRoomId: room.id, text: 'x' })).json).toMatchObject({ error: { info: { e: { message: 'you are not a member of the room' } } } });
    expect((await as('alice', 'chat/rooms/members', { roomId: room.id })).json).toMatchObject([{ user: { username: 'bob' } }]);
    const alice = await env.open(tok('alice'));
    await connectChannel(alice, 'chatRoom', 'room', { roomId: room.id });
    await as('bob', 'chat/messages/create-to-room', { toRoomId: room.id, text: 'hello room' });
    await alice.until(() => alice.frames.some((f) => f.body.id === 'room' && f.body.type === 'message'));
    expect((await as('bob', 'chat/history', { room: true })).json).toMatchObject([{ toRoomId: room.id, toRoom: { name: 'Room' }, isRead: true }]);
    expect((await as('bob', 'chat/rooms/joining')).json).toMatchObject([{ roomId: room.id }]);
    expect((await as('bob', 'chat/rooms/leave', { roomId: room.id })).status).toBe(204);
    expect((await as('bob', 'chat/messages/room-timeline', { roomId: room.id })).json).toMatchObject({ error: { code: 'NO_SUCH_ROOM' } });
  });
});
