import { describe, expect, it } from 'vitest';
import { api, connectChannel, useStandin } from './testkit';

const env = useStandin();

type A = { id: string; isRead?: boolean; forYou?: boolean };

describe('announcements (reading/announcements*.json, streaming-announcements-alice.json)', () => {
  it('global ones broadcast top-level, personal ones on main; reading a personal one deactivates it; the last read streams readAllAnnouncements', async () => {
    const alice = env.s.tokens.alice!;
    const ws = await env.open(alice);
    await connectChannel(ws, 'main', 'main');
    const global = env.s.announce({ title: 'Scheduled maintenance', text: 'The server will restart at **03:00 UTC**.' }).announcement;
    const personal = env.s.announce({ title: 'Please confirm', text: 'A personal notice', username: 'alice', needConfirmationToRead: true, icon: 'warning' }).announcement;
    await ws.until(() => ws.frames.length >= 3);
    expect(ws.frames.find((f) => f.type === 'announcementCreated')?.body).toEqual({
      announcement: expect.objectContaining({ id: global.id, forYou: false, silence: false, display: 'normal', icon: 'info' }),
    });
    const onMain = ws.frames.find((f) => f.type === 'channel' && f.body.type === 'announcementCreated')?.body.body as { announcement: A };
    expect(onMain.announcement).toMatchObject({ id: personal.id, forYou: false, needConfirmationToRead: true });
    expect(onMain.announcement).not.toHaveProperty('isRead');

    const list = (await api(env.s.url, 'announcements', { i: alice })).json as A[];
    expect(list.map((a) => [a.id, a.forYou, a.isRead])).toEqual([
      [personal.id, true, false],
      [global.id, false, false],
    ]);
    const me = (await api(env.s.url, 'i', { i: alice })).json as { hasUnreadAnnouncement: boolean; unreadAnnouncements: Record<string, unknown>[] };
    expect(me.hasUnreadAnnouncement).toBe(true);
    expect(me.unreadAnnouncements[0]).toMatchObject({ id: global.id, isActive: true, forExistingUsers: false, userId: null });
    expect(me.unreadAnnouncements[0]).not.toHaveProperty('isRead');

    expect((await api(env.s.url, 'i/read-announcement', { announcementId: global.id, i: alice })).status).toBe(204);
    expect((await api(env.s.url, 'i/read-announcement', { announcementId: 'nope', i: alice })).status).toBe(204);
    expect(ws.frames.some((f) => f.type === 'channel' && f.body.type === 'readAllAnnouncements')).toBe(false);
    await api(env.s.url, 'i/read-announcement', { announcementId: personal.id, i: alice });
    await ws.until(() => ws.frames.some((f) => f.type === 'channel' && f.body.type === 'readAllAnnouncements'));

    const after = (await api(env.s.url, 'announcements', { i: alice })).json as A[];
    expect(after.map((a) => [a.id, a.isRead])).toEqual([[global.id, true]]);
    const past = (await api(env.s.url, 'announcements', { isActive: false, i: alice })).json as A[];
    expect(past.map((a) => [a.id, a.isRead, a.forYou])).toEqual([[personal.id, true, true]]);
    // Bob never sees alice's personal one.
    const bob = (await api(env.s.url, 'announcements', { i: env.s.tokens.bob })).json as A[];
    expect(bob.map((a) => a.id)).toEqual([global.id]);
  });
});
