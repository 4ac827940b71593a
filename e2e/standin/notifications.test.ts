import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from './server';
import { api, connectChannel, ctl, sleep, WsClient } from './testkit';

let s: Standin;
const clients: WsClient[] = [];
beforeEach(async () => {
  s = await startStandin({ unreadNotificationDelayMs: 150 });
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await s.close();
});

async function main(token: string): Promise<WsClient> {
  const c = await WsClient.open(`${s.streamingUrl}?i=${token}`);
  clients.push(c);
  await connectChannel(c, 'main', 'main-1');
  return c;
}

type N = { id: string; type: string; user?: { username: string }; note?: { id: string }; reaction?: string; achievement?: string };
const events = (c: WsClient, type: string) => c.frames.filter((f) => f.type === 'channel' && f.body.type === type).map((f) => f.body.body as unknown as N);

describe('notifications', () => {
  it('real events create notifications; main channel gets notification, then unreadNotification; markAsRead', async () => {
    const alice = s.tokens.alice!;
    const ws = await main(alice);
    const note = s.post({ username: 'alice', text: 'notify me' }).note;
    await api(s.url, 'following/create', { userId: s.seeded().users.bob, i: s.tokens.admin }); // not alice: nothing
    await api(s.url, 'following/create', { userId: s.seeded().users.alice, i: s.tokens.bob });
    await api(s.url, 'notes/reactions/create', { noteId: note.id, reaction: ':blob_wave:', i: s.tokens.bob });
    await api(s.url, 'notes/create', { text: 'hi', replyId: note.id, i: s.tokens.admin });
    s.notify({ username: 'alice', type: 'achievementEarned', achievement: 'clickedClickHere' });
    await ws.until(() => events(ws, 'unreadNotification').length === 4, 3000);

    expect(events(ws, 'followed').map((u) => u.user ?? (u as unknown as { username: string }).username)).toEqual(['bob']);
    expect(events(ws, 'notification').map((n) => n.type)).toEqual(['follow', 'reaction', 'reply', 'achievementEarned']);
    expect(events(ws, 'notification')[1]).toMatchObject({ reaction: ':blob_wave:', user: { username: 'bob' }, note: { id: note.id } });

    const me = (await api(s.url, 'i', { i: alice })).json as Record<string, unknown>;
    expect(me).toMatchObject({ unreadNotificationsCount: 4, hasUnreadNotification: true, achievements: [{ name: 'clickedClickHere' }] });

    const peek = await api(s.url, 'i/notifications', { markAsRead: false, i: alice });
    expect((peek.json as N[]).map((n) => n.type)).toEqual(['achievementEarned', 'reply', 'reaction', 'follow']);
    expect(((await api(s.url, 'i', { i: alice })).json as { unreadNotificationsCount: number }).unreadNotificationsCount).toBe(4);
    expect(events(ws, 'readAllNotifications')).toEqual([]);

    const incl = (await api(s.url, 'i/notifications', { includeTypes: ['reaction', 'follow'], markAsRead: false, i: alice })).json as N[];
    expect(incl.map((n) => n.type)).toEqual(['reaction', 'follow']);
    const paged = (await api(s.url, 'i/notifications', { untilId: (peek.json as N[])[1]!.id, limit: 1, markAsRead: false, i: alice })).json as N[];
    expect(paged.map((n) => n.type)).toEqual(['reaction']);

    await api(s.url, 'i/notifications', { i: alice }); // markAsRead defaults to true
    await ws.until(() => events(ws, 'readAllNotifications').length === 1);
    expect(ws.frames.find((f) => f.body.type === 'readAllNotifications')!.body.body).toBeNull();
    expect(((await api(s.url, 'i', { i: alice })).json as { unreadNotificationsCount: number }).unreadNotificationsCount).toBe(0);
  });

  it('no unreadNotification when read before the delay; mark-all-as-read always streams readAllNotifications', async () => {
    const ws = await main(s.tokens.bob!);
    await api(s.url, 'notes/create', { text: '@bob hey', i: s.tokens.alice });
    await ws.until(() => events(ws, 'notification').length === 1);
    expect((await api(s.url, 'notifications/mark-all-as-read', { i: s.tokens.bob })).status).toBe(204);
    await sleep(300);
    expect(events(ws, 'unreadNotification')).toEqual([]);
    expect(events(ws, 'readAllNotifications')).toHaveLength(1);
  });

  it('app and test notifications; test-notification is limited to 10/min → 429 with Retry-After', async () => {
    const bob = s.tokens.bob!;
    const ws = await main(bob);
    expect((await api(s.url, 'notifications/create', { body: 'Hello from the app', header: 'MissDeck', i: bob })).status).toBe(204);
    for (let n = 0; n < 10; n++) expect((await api(s.url, 'notifications/test-notification', { i: bob })).status).toBe(204);
    const limited = await api(s.url, 'notifications/test-notification', { i: bob });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.json).toMatchObject({
      error: { code: 'RATE_LIMIT_EXCEEDED', id: 'd5826d14-3982-4d2e-8011-b9e9f02499ef', kind: 'client', info: { remaining: 0, total: 10 } },
    });
    await ws.until(() => events(ws, 'notification').length === 11);
    const list = (await api(s.url, 'i/notifications', { limit: 20, i: bob })).json as Record<string, unknown>[];
    expect(list.at(-1)).toEqual({ id: expect.any(String), createdAt: expect.any(String), type: 'app', body: 'Hello from the app', header: 'MissDeck', icon: null });
    expect(list[0]).toEqual({ id: expect.any(String), createdAt: expect.any(String), type: 'test' });
  });

  it('follow requests (locked user), pollEnded via control, grouped reactions', async () => {
    const { token } = s.createUser({ username: 'carol', locked: true });
    const ws = await main(token!);
    const lite = await api(s.url, 'following/create', { userId: s.seeded().users.carol, i: s.tokens.bob });
    expect(lite.json).toMatchObject({ username: 'carol' });
    await ws.until(() => events(ws, 'receiveFollowRequest').length === 1 && events(ws, 'meUpdated').length === 1);
    expect(events(ws, 'notification').map((n) => n.type)).toEqual(['receiveFollowRequest']);
    expect((await api(s.url, 'following/requests/accept', { userId: s.seeded().users.bob, i: token })).status).toBe(204);
    await ws.until(() => events(ws, 'followed').length === 1);
    const list = (await api(s.url, 'i/notifications', { i: token })).json as N[];
    expect(list.map((n) => n.type)).toEqual(['follow']);
    const bobList = (await api(s.url, 'i/notifications', { i: s.tokens.bob })).json as N[];
    expect(bobList[0]).toMatchObject({ type: 'followRequestAccepted', user: { username: 'carol' }, message: null });

    await ctl(s.url, 'endPoll', { noteId: s.seed.pollNoteId });
    const alice = (await api(s.url, 'i/notifications', { i: s.tokens.alice })).json as N[];
    expect(alice[0]).toMatchObject({ type: 'pollEnded', note: { id: s.seed.pollNoteId } });

    const n = s.post({ username: 'carol', text: 'group me' }).note;
    s.react({ username: 'bob', noteId: n.id, reaction: '🎉' });
    s.react({ username: 'alice', noteId: n.id, reaction: '❤' });
    const grouped = (await api(s.url, 'i/notifications-grouped', { i: token })).json as Record<string, unknown>[];
    expect(grouped[0]).toMatchObject({
      type: 'reaction:grouped',
      note: { id: n.id },
      reactions: [
        { user: { username: 'alice' }, reaction: '❤' },
        { user: { username: 'bob' }, reaction: '🎉' },
      ],
    });
  });
});
