import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from './server';
import { api, call, ctl, miauthToken, sleep, upgradeRefusal, WsClient, type PackedNote } from './testkit';

let s: Standin;
beforeAll(async () => {
  s = await startStandin();
});
afterAll(() => s.close());

describe('ap/show', () => {
  it('resolves its own note URL and a note of another stand-in (as a remote note)', async () => {
    const note = s.post({ username: 'bob', text: 'resolve me' }).note;
    const own = await api(s.url, 'ap/show', { uri: `${s.url}/notes/${note.id}`, i: s.tokens.alice });
    expect(own.json).toMatchObject({ type: 'Note', object: { id: note.id, text: 'resolve me', user: { username: 'bob', host: null } } });

    const other = await startStandin({ name: 'Other' });
    try {
      const remote = other.post({ username: 'alice', text: 'from the other server' }).note;
      const uri = `${other.url}/notes/${remote.id}`;
      const r = await api(s.url, 'ap/show', { uri, i: s.tokens.alice });
      const obj = (r.json as { type: string; object: PackedNote & { uri: string; url: string } }).object;
      expect((r.json as { type: string }).type).toBe('Note');
      expect(obj).toMatchObject({ text: 'from the other server', uri, url: uri, user: { username: 'alice', host: new URL(other.url).host } });
      expect(obj.id).not.toBe(remote.id);
      const again = await api(s.url, 'ap/show', { uri, i: s.tokens.alice });
      expect((again.json as { object: { id: string } }).object.id).toBe(obj.id);
      const gone = await api(s.url, 'ap/show', { uri: `${other.url}/notes/aaaaaaaaaaaaaaaa`, i: s.tokens.alice });
      expect(gone.json).toMatchObject({ error: { code: 'NO_SUCH_OBJECT', id: 'dc94d745-1262-4e63-a17d-fecaa57efc82' } });
    } finally {
      await other.close();
    }
    expect((await api(s.url, 'ap/show', { uri: 'not a uri', i: s.tokens.alice })).json).toMatchObject({ error: { code: 'URI_INVALID' } });
  });
});

describe('tokens and users', () => {
  it('i/revoke-token: a MiAuth token gets 400 ACCESS_DENIED (secure endpoint); the login token revokes it', async () => {
    const token = await miauthToken(s.url, ['read:account', 'write:notes']);
    const r = await api(s.url, 'i/revoke-token', { token }, { authorization: `Bearer ${token}` });
    expect(r.status).toBe(400);
    expect(r.headers.get('www-authenticate')).toBe('Bearer realm="Misskey", error="invalid_request", error_description="Access denied."');
    expect(r.json).toEqual({ error: { message: 'Access denied.', code: 'ACCESS_DENIED', id: '56f35758-7dd5-468b-8439-5d6fb8ec9b8e', kind: 'client' } });
    expect((await api(s.url, 'i', { i: token })).status).toBe(200);
    expect((await api(s.url, 'i/revoke-token', { token, i: s.tokens.alice })).status).toBe(204);
    expect((await api(s.url, 'i', { i: token })).status).toBe(401);
  });

  it('users/show (id, username, NO_SUCH_USER 404), following errors, users/relation', async () => {
    const users = s.seeded().users;
    const byName = await api(s.url, 'users/show', { username: 'alice', i: s.tokens.bob });
    expect(byName.json).toMatchObject({ id: users.alice, isFollowing: false, badgeRoles: [{ name: 'Testers' }] });
    const anon = (await api(s.url, 'users/show', { userId: users.alice })).json as Record<string, unknown>;
    expect(anon.isFollowing).toBeUndefined();
    const missing = await api(s.url, 'users/show', { username: 'nobody' });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: { message: 'No such user.', code: 'NO_SUCH_USER', id: '4362f8dc-731f-4ad8-a694-be5a88922a24', kind: 'client' } });
    const self = await api(s.url, 'following/create', { userId: users.alice, i: s.tokens.alice });
    expect(self.json).toMatchObject({ error: { code: 'FOLLOWEE_IS_YOURSELF', id: '26fbe7bb-a331-4857-af17-205b426669a9' } });
    const already = await api(s.url, 'following/create', { userId: users.bob, i: s.tokens.alice });
    expect(already.json).toMatchObject({ error: { code: 'ALREADY_FOLLOWING', id: '35387507-38c7-4cb9-9197-300b93783fa0' } });
    const rel = (await api(s.url, 'users/relation', { userId: [users.bob, users.admin], i: s.tokens.alice })).json as Record<string, unknown>[];
    expect(rel.map((r) => r.isFollowing)).toEqual([true, false]);
    expect((await api(s.url, 'following/delete', { userId: users.bob, i: s.tokens.alice })).json).toMatchObject({ username: 'bob' });
    expect((await api(s.url, 'following/create', { userId: users.bob, i: s.tokens.alice })).json).toMatchObject({ username: 'bob' });
  });

  it('users/search-by-username-and-host: prefixes, case-insensitive, followed first, UserLite without detail', async () => {
    const names = async (body: Record<string, unknown>) => ((await api(s.url, 'users/search-by-username-and-host', body)).json as { username: string }[]).map((u) => u.username);
    expect(await names({ username: 'B', i: s.tokens.alice })).toEqual(['bob']);
    expect(await names({ username: 'a', i: s.tokens.alice })).toEqual(expect.arrayContaining(['alice', 'admin']));
    expect(await names({ username: 'zzz' })).toEqual([]);
    expect(await names({ username: 'bob', host: 'elsewhere.example' })).toEqual([]);
    expect(await names({ username: 'bob', host: '.' })).toEqual(['bob']);
    expect((await names({ username: '', limit: 2 })).length).toBe(2);
    // alice follows bob, and nobody else here: bob comes first for her, not for bob.
    expect((await names({ username: '', i: s.tokens.alice }))[0]).toBe('bob');
    expect((await names({ username: '', i: s.tokens.bob }))[0]).not.toBe('bob');
    const lite = ((await api(s.url, 'users/search-by-username-and-host', { username: 'bob', detail: false })).json as Record<string, unknown>[])[0]!;
    expect(lite).toMatchObject({ username: 'bob', host: null });
    expect(lite.followersCount).toBeUndefined();
    const full = ((await api(s.url, 'users/search-by-username-and-host', { username: 'bob' })).json as Record<string, unknown>[])[0]!;
    expect(full.followersCount).toEqual(expect.any(Number));
    expect((await api(s.url, 'users/search-by-username-and-host', { username: 'bob', limit: 0 })).status).toBe(400);
  });

  it('notes: delete of others → ACCESS_DENIED; children/conversation/renotes/state/favorites', async () => {
    const root = s.post({ username: 'alice', text: 'root' }).note;
    const r1 = s.post({ username: 'bob', text: 'r1', replyId: root.id }).note;
    const r2 = s.post({ username: 'alice', text: 'r2', replyId: r1.id }).note;
    const rn = s.post({ username: 'bob', renoteId: root.id }).note;
    const del = await api(s.url, 'notes/delete', { noteId: root.id, i: s.tokens.bob });
    expect(del.json).toEqual({ error: { message: 'Access denied.', code: 'ACCESS_DENIED', id: 'fe8d7103-0ea8-4ec3-814d-f8b401dc69e9', kind: 'client' } });
    expect(((await api(s.url, 'notes/children', { noteId: root.id })).json as PackedNote[]).map((n) => n.id)).toEqual([r1.id]);
    expect(((await api(s.url, 'notes/conversation', { noteId: r2.id })).json as PackedNote[]).map((n) => n.id)).toEqual([r1.id, root.id]);
    expect(((await api(s.url, 'notes/renotes', { noteId: root.id })).json as PackedNote[]).map((n) => n.id)).toEqual([rn.id]);
    expect(((await api(s.url, 'notes/show', { noteId: root.id })).json as Record<string, number>).renoteCount).toBe(1);
    expect((await api(s.url, 'notes/favorites/create', { noteId: root.id, i: s.tokens.bob })).status).toBe(204);
    expect((await api(s.url, 'notes/favorites/create', { noteId: root.id, i: s.tokens.bob })).json).toMatchObject({ error: { code: 'ALREADY_FAVORITED' } });
    expect((await api(s.url, 'notes/state', { noteId: root.id, i: s.tokens.bob })).json).toEqual({ isFavorited: true, isMutedThread: false });
    // Specified notes: hidden for others, shown to recipients.
    const direct = s.post({ username: 'bob', text: 'secret', visibility: 'specified', visibleUsernames: ['alice'] }).note;
    expect((await api(s.url, 'notes/show', { noteId: direct.id, i: s.tokens.admin })).json).toMatchObject({ isHidden: true, text: null });
    expect((await api(s.url, 'notes/show', { noteId: direct.id, i: s.tokens.alice })).json).toMatchObject({ text: 'secret' });
  });
});

describe('fault injection', () => {
  it('failNext 503/502 (proxy page) and 429 with Retry-After on a timeline; delay holds answers back', async () => {
    await ctl(s.url, 'failNext', { endpoint: 'notes/local-timeline', status: 503, retryAfterSec: 5 });
    const r503 = await api(s.url, 'notes/local-timeline', {});
    expect(r503.status).toBe(503);
    expect(r503.headers.get('retry-after')).toBe('5');
    expect(r503.text).toContain('503');
    s.failNext({ endpoint: '*', status: 502 });
    expect((await api(s.url, 'notes/mentions', { i: s.tokens.alice })).status).toBe(502);
    s.failNext({ endpoint: 'antennas/notes', status: 429, retryAfterSec: 3 });
    const r429 = await api(s.url, 'antennas/notes', { antennaId: s.seed.antennaId, i: s.tokens.alice });
    expect(r429.status).toBe(429);
    expect(r429.headers.get('retry-after')).toBe('3');
    expect((await api(s.url, 'notes/local-timeline', {})).status).toBe(200);

    await ctl(s.url, 'delay', { endpoint: 'notes/local-timeline', ms: 300 });
    const t0 = Date.now();
    expect((await api(s.url, 'notes/local-timeline', {})).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    const t1 = Date.now();
    await api(s.url, 'meta', {});
    expect(Date.now() - t1).toBeLessThan(250);
    s.delay({ endpoint: 'notes/local-timeline', ms: 0 });
  });

  it('removing a delay releases the answers it holds', async () => {
    s.delay({ ms: 600_000 });
    let answered = false;
    const held = api(s.url, 'notes/local-timeline', {}).then((response) => {
      answered = true;
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    s.delay({ ms: 0 });
    expect((await held).status).toBe(200);
  });

  it('refuseStreaming: upgrades answer 503 (counted) for the duration, then are accepted', async () => {
    const before = s.stats().connectAttempts;
    await ctl(s.url, 'refuseStreaming', { durationMs: 400 });
    for (let n = 0; n < 3; n++) expect(await upgradeRefusal(`${s.streamingUrl}?i=${s.tokens.alice}`)).toMatchObject({ status: 503 });
    expect(s.stats().connectAttempts).toBe(before + 3);
    expect(s.stats().connections).toBe(0);
    await sleep(450);
    const ws = await WsClient.open(`${s.streamingUrl}?i=${s.tokens.alice}`);
    expect(s.stats()).toMatchObject({ connectAttempts: before + 4, connections: 1 });
    ws.close();
  });

  it('announce and addEmoji are broadcast top-level to every socket', async () => {
    const a = await WsClient.open(`${s.streamingUrl}?i=${s.tokens.alice}`);
    const anon = await WsClient.open(s.streamingUrl);
    s.announce({ text: 'Maintenance tonight', title: 'Maintenance' });
    s.addEmoji({ name: 'new_one', category: 'MissDeck' });
    for (const c of [a, anon]) {
      await c.until(() => c.frames.length === 2);
      expect(c.frames.map((f) => f.type)).toEqual(['announcementCreated', 'emojiAdded']);
      expect(c.frames[0]!.body).toMatchObject({ announcement: { text: 'Maintenance tonight', title: 'Maintenance', icon: 'info' } });
      expect(c.frames[1]!.body).toMatchObject({ emoji: { name: 'new_one', category: 'MissDeck', host: null } });
    }
    a.close();
    anon.close();
    expect(((await call(s.url, '/api/emojis')).json as { emojis: { name: string }[] }).emojis.map((e) => e.name)).toContain('new_one');
  });
});
