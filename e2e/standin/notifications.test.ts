import { describe, expect, it } from 'vitest';
import type { WsClient} from './testkit';
import { api, connectChannel, ctl, sleep, useStandin } from './testkit';

const env = useStandin({ unreadNotificationDelayMs: 150 });

async function main(token: string): Promise<WsClient> {
  const c = await env.open(token);
  await connectChannel(c, 'main', 'main-1');
  return c;
}

type N = { id: string; createdAt?: string; type: string; user?: { username: string }; note?: { id: string }; reaction?: string; achievement?: string };
const events = (c: WsClient, type: string) => c.frames.filter((f) => f.type === 'channel' && f.body.type === type).map((f) => f.body.body as unknown as N);

describe('notifications', () => {
  it('real events create notifications; main channel gets notification, then unreadNotification; markAsRead', async () => {
    const alice = env.s.tokens.alice!;
    const ws = await main(alice);
    const note = env.s.post({ username: 'alice', text: 'notify me' }).note;
    await api(env.s.url, 'following/create', { userId: env.s.seeded().users.bob, i: env.s.tokens.admin }); // not alice: nothing
    await api(env.s.url, 'following/create', { userId: env.s.seeded().users.alice, i: env.s.tokens.bob });
    await api(env.s.url, 'notes/reactions/create', { noteId: note.id, reaction: ':blob_wave:', i: env.s.tokens.bob });
    await api(env.s.url, 'notes/create', { text: 'hi', replyId: note.id, i: env.s.tokens.admin });
    env.s.notify({ username: 'alice', type: 'achievementEarned', achievement: 'clickedClickHere' });
    await ws.until(() => events(ws, 'unreadNotification').length === 4, 3000);

    expect(events(ws, 'followed').map((u) => u.user ?? (u as unknown as { username: string }).username)).toEqual(['bob']);
    expect(events(ws, 'notification').map((n) => n.type)).toEqual(['follow', 'reaction', 'reply', 'achievementEarned']);
    expect(events(ws, 'notification')[1]).toMatchObject({ reaction: ':blob_wave:', user: { username: 'bob' }, note: { id: note.id } });

    const me = (await api(env.s.url, 'i', { i: alice })).json as Record<string, unknown>;
    expect(me).toMatchObject({ unreadNotificationsCount: 4, hasUnreadNotification: true, achievements: [{ name: 'clickedClickHere' }] });

    const peek = await api(env.s.url, 'i/notifications', { markAsRead: false, i: alice });
    expect((peek.json as N[]).map((n) => n.type)).toEqual(['achievementEarned', 'reply', 'reaction', 'follow']);
    expect(((await api(env.s.url, 'i', { i: alice })).json as { unreadNotificationsCount: number }).unreadNotificationsCount).toBe(4);
    expect(events(ws, 'readAllNotifications')).toEqual([]);

    const incl = (await api(env.s.url, 'i/notifications', { includeTypes: ['reaction', 'follow'], markAsRead: false, i: alice })).json as N[];
    expect(incl.map((n) => n.type)).toEqual(['reaction', 'follow']);
    const paged = (await api(env.s.url, 'i/notifications', { untilId: (peek.json as N[])[1]!.id, limit: 1, markAsRead: false, i: alice })).json as N[];
    expect(paged.map((n) => n.type)).toEqual(['reaction']);

    await api(env.s.url, 'i/notifications', { i: alice }); // markAsRead defaults to true
    await ws.until(() => events(ws, 'readAllNotifications').length === 1);
    expect(ws.frames.find((f) => f.body.type === 'readAllNotifications')!.body.body).toBeNull();
    expect(((await api(env.s.url, 'i', { i: alice })).json as { unreadNotificationsCount: number }).unreadNotificationsCount).toBe(0);
  });

  it('no unreadNotification when read before the delay; mark-all-as-read always streams readAllNotifications', async () => {
    const ws = await main(env.s.tokens.bob!);
    await api(env.s.url, 'notes/create', { text: '@bob hey', i: env.s.tokens.alice });
    await ws.until(() => events(ws, 'notification').length === 1);
    expect((await api(env.s.url, 'notifications/mark-all-as-read', { i: env.s.tokens.bob })).status).toBe(204);
    await sleep(300);
    expect(events(ws, 'unreadNotification')).toEqual([]);
    expect(events(ws, 'readAllNotifications')).toHaveLength(1);
  });

  it('app and test notifications; test-notification is limited to 10/min → 429 with Retry-After', async () => {
    const bob = env.s.tokens.bob!;
    const ws = await main(bob);
    expect((await api(env.s.url, 'notifications/create', { body: 'Hello from the app', header: 'MissDeck', i: bob })).status).toBe(204);
    for (let n = 0; n < 10; n++) expect((await api(env.s.url, 'notifications/test-notification', { i: bob })).status).toBe(204);
    const limited = await api(env.s.url, 'notifications/test-notification', { i: bob });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.json).toMatchObject({
      error: { code: 'RATE_LIMIT_EXCEEDED', id: 'd5826d14-3982-4d2e-8011-b9e9f02499ef', kind: 'client', info: { remaining: 0, total: 10 } },
    });
    await ws.until(() => events(ws, 'notification').length === 11);
    const list = (await api(env.s.url, 'i/notifications', { limit: 20, i: bob })).json as Record<string, unknown>[];
    expect(list.at(-1)).toEqual({ id: expect.any(String), createdAt: expect.any(String), type: 'app', body: 'Hello from the app', header: 'MissDeck', icon: null });
    expect(list[0]).toEqual({ id: expect.any(String), createdAt: expect.any(String), type: 'test' });
  });

  it('follow requests (locked user), pollEnded via control, grouped reactions', async () => {
    const { token } = env.s.createUser({ username: 'carol', locked: true });
    const ws = await main(token!);
    const lite = await api(env.s.url, 'following/create', { userId: env.s.seeded().users.carol, i: env.s.tokens.bob });
    expect(lite.json).toMatchObject({ username: 'carol' });
    await ws.until(() => events(ws, 'receiveFollowRequest').length === 1 && events(ws, 'meUpdated').length === 1);
    expect(events(ws, 'notification').map((n) => n.type)).toEqual(['receiveFollowRequest']);
    expect((await api(env.s.url, 'following/requests/accept', { userId: env.s.seeded().users.bob, i: token })).status).toBe(204);
    await ws.until(() => events(ws, 'followed').length === 1);
    const list = (await api(env.s.url, 'i/notifications', { i: token })).json as N[];
    expect(list.map((n) => n.type)).toEqual(['follow']);
    const bobList = (await api(env.s.url, 'i/notifications', { i: env.s.tokens.bob })).json as N[];
    expect(bobList[0]).toMatchObject({ type: 'followRequestAccepted', user: { username: 'carol' }, message: null });

    await ctl(env.s.url, 'endPoll', { noteId: env.s.seed.pollNoteId });
    const alice = (await api(env.s.url, 'i/notifications', { i: env.s.tokens.alice })).json as N[];
    expect(alice[0]).toMatchObject({ type: 'pollEnded', note: { id: env.s.seed.pollNoteId } });

    const n = env.s.post({ username: 'carol', text: 'group me' }).note;
    env.s.react({ username: 'bob', noteId: n.id, reaction: '🎉' });
    env.s.react({ username: 'alice', noteId: n.id, reaction: '❤' });
    const grouped = (await api(env.s.url, 'i/notifications-grouped', { i: token })).json as Record<string, unknown>[];
    expect(grouped[0]).toMatchObject({
      type: 'reaction:grouped',
      note: { id: n.id },
      reactions: [
        { user: { username: 'alice' }, reaction: '❤' },
        { user: { username: 'bob' }, reaction: '🎉' },
      ],
    });
  });

  it('i/notifications-grouped groups as the recording: consecutive reactions and renotes of one note, oldest id, markAsRead honoured', async () => {
    const alice = env.s.tokens.alice!;
    env.s.createUser({ username: 'carol_rec' });
    const note1 = env.s.post({ username: 'alice', text: 'note1' }).note;
    const note2 = env.s.post({ username: 'alice', text: 'note2' }).note;
    // The order of reading/i-notifications-reactions-renotes.json.
    env.s.react({ username: 'bob', noteId: note1.id, reaction: '👍' });
    env.s.react({ username: 'carol_rec', noteId: note1.id, reaction: '🎉' });
    env.s.react({ username: 'bob', noteId: note2.id, reaction: '❤' });
    env.s.post({ username: 'bob', renoteId: note1.id });
    env.s.post({ username: 'carol_rec', renoteId: note1.id });
    env.s.post({ username: 'bob', renoteId: note2.id });
    const plain = (await api(env.s.url, 'i/notifications', { limit: 6, markAsRead: false, i: alice })).json as N[];
    const grouped = (await api(env.s.url, 'i/notifications-grouped', { limit: 6, markAsRead: false, i: alice })).json as Record<string, unknown>[];
    expect(grouped.map((g) => g.type)).toEqual(['renote', 'renote:grouped', 'reaction', 'reaction:grouped']);
    expect(grouped.map((g) => g.id)).toEqual([plain[0]!.id, plain[2]!.id, plain[3]!.id, plain[5]!.id]);
    expect(grouped[1]).toEqual({ id: plain[2]!.id, createdAt: plain[2]!.createdAt, type: 'renote:grouped', note: plain[1]!.note, users: [plain[1]!.user, plain[2]!.user] });
    expect(grouped[3]).toEqual({
      id: plain[5]!.id,
      createdAt: plain[4]!.createdAt,
      type: 'reaction:grouped',
      note: plain[4]!.note,
      reactions: [
        { user: plain[4]!.user, reaction: '🎉' },
        { user: plain[5]!.user, reaction: '👍' },
      ],
    });
    expect(((await api(env.s.url, 'i', { i: alice })).json as { unreadNotificationsCount: number }).unreadNotificationsCount).toBeGreaterThan(0);
    await api(env.s.url, 'i/notifications-grouped', { i: alice });
    expect(((await api(env.s.url, 'i', { i: alice })).json as { unreadNotificationsCount: number }).unreadNotificationsCount).toBe(0);
  });
});
