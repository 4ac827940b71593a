import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from './server';
import { api, call, type PackedNote } from './testkit';

let s: Standin;
let alice: string;
let bob: string;
beforeAll(async () => {
  s = await startStandin();
  alice = s.tokens.alice!;
  bob = s.tokens.bob!;
});
afterAll(() => s.close());

const ids = (r: { json: unknown }) => (r.json as PackedNote[]).map((n) => n.id);
const isDesc = (a: string[]) => a.every((x, i) => i === 0 || a[i - 1]! > x);
const isAsc = (a: string[]) => a.every((x, i) => i === 0 || a[i - 1]! < x);

/** untilId → older newest-first; sinceId alone → oldest-first; both → range newest-first. */
async function checkPaging(endpoint: string, body: Record<string, unknown>) {
  const all = ids(await api(s.url, endpoint, { ...body, limit: 100 }));
  expect(all.length).toBeGreaterThanOrEqual(4);
  expect(isDesc(all)).toBe(true);
  const until = ids(await api(s.url, endpoint, { ...body, limit: 2, untilId: all[1] }));
  expect(until).toEqual(all.slice(2, 4));
  const since = ids(await api(s.url, endpoint, { ...body, limit: 2, sinceId: all[all.length - 1] }));
  expect(since).toEqual([all[all.length - 2], all[all.length - 3]]);
  expect(isAsc(since)).toBe(true);
  const range = ids(await api(s.url, endpoint, { ...body, limit: 10, sinceId: all[3], untilId: all[0] }));
  expect(range).toEqual(all.slice(1, 3));
}

describe('more timelines', () => {
  it('users/notes pages like Misskey and filters replies/files', async () => {
    const bobId = s.seeded().users.bob!;
    await checkPaging('users/notes', { userId: bobId, i: alice });
    const withReplies = (await api(s.url, 'users/notes', { userId: bobId, withReplies: true, limit: 100 })).json as PackedNote[];
    const without = (await api(s.url, 'users/notes', { userId: bobId, limit: 100 })).json as PackedNote[];
    expect(withReplies.some((n) => n.text === 'Nice to meet you!')).toBe(true);
    expect(without.some((n) => n.text === 'Nice to meet you!')).toBe(false);
    const both = await api(s.url, 'users/notes', { userId: bobId, withReplies: true, withFiles: true });
    expect(both.json).toMatchObject({ error: { code: 'BOTH_WITH_REPLIES_AND_WITH_FILES' } });
  });

  it('user-list-timeline (Friends = bob), antennas/notes (missdeck), roles/notes (Testers) page correctly', async () => {
    await checkPaging('notes/user-list-timeline', { listId: s.seed.listId, i: alice });
    const list = (await api(s.url, 'notes/user-list-timeline', { listId: s.seed.listId, limit: 100, i: alice })).json as PackedNote[];
    expect(new Set(list.map((n) => n.user.username))).toEqual(new Set(['bob']));
    expect(list.some((n) => n.channelId)).toBe(false);

    await checkPaging('antennas/notes', { antennaId: s.seed.antennaId, i: alice });
    const antenna = (await api(s.url, 'antennas/notes', { antennaId: s.seed.antennaId, limit: 100, i: alice })).json as PackedNote[];
    for (const n of antenna) expect(n.text!.toLowerCase()).toContain('missdeck');

    await checkPaging('roles/notes', { roleId: s.seed.roleId, i: alice });
    const role = (await api(s.url, 'roles/notes', { roleId: s.seed.roleId, limit: 100, i: alice })).json as PackedNote[];
    expect(new Set(role.map((n) => n.user.username))).toEqual(new Set(['alice', 'admin']));

    expect((await api(s.url, 'notes/user-list-timeline', { listId: s.seed.listId, i: bob })).json).toMatchObject({
      error: { code: 'NO_SUCH_LIST', id: '8fb1fbd5-e476-4c37-9fb0-43d55b63a2ff' },
    });
  });

  it('channels/timeline and mentions (incl. specified)', async () => {
    const ch = (await api(s.url, 'channels/timeline', { channelId: s.seed.channelId })).json as PackedNote[];
    expect(ch.map((n) => n.text)).toEqual(['bob in the channel', 'First note in the MissDeck dev channel #missdeck']);
    expect((await api(s.url, 'channels/timeline', { channelId: 'nope' })).json).toMatchObject({ error: { code: 'NO_SUCH_CHANNEL' } });

    const mentions = (await api(s.url, 'notes/mentions', { i: alice })).json as PackedNote[];
    expect(mentions.map((n) => n.text)).toEqual(expect.arrayContaining(['Hey @alice, have a look at #missdeck', '@alice direct message']));
    const direct = (await api(s.url, 'notes/mentions', { visibility: 'specified', i: alice })).json as PackedNote[];
    expect(direct.map((n) => n.text)).toEqual(['@alice direct message']);
    expect(direct[0]).toMatchObject({ visibility: 'specified', visibleUserIds: [s.seeded().users.alice] });
  });

  it('search: alice (Testers role) may search, bob gets 400 UNAVAILABLE until allowed', async () => {
    const hits = (await api(s.url, 'notes/search', { query: 'deck', i: alice })).json as PackedNote[];
    expect(hits.length).toBeGreaterThan(0);
    for (const n of hits) expect(n.text!.toLowerCase()).toContain('deck');
    const denied = await api(s.url, 'notes/search', { query: 'deck', i: bob });
    expect(denied.status).toBe(400);
    expect(denied.headers.get('www-authenticate')).toContain('error="invalid_request"');
    expect(denied.json).toEqual({
      error: { message: 'Search of notes unavailable.', code: 'UNAVAILABLE', id: '0b44998d-77aa-4427-80d0-d2c9b8523011', kind: 'client' },
    });
    s.setSearchAllowed({ username: 'bob', allowed: true });
    expect((await api(s.url, 'notes/search', { query: 'deck', i: bob })).status).toBe(200);
    s.setSearchAllowed({ username: 'alice', allowed: false });
    expect((await api(s.url, 'notes/search', { query: 'deck', i: alice })).status).toBe(400);
    s.setSearchAllowed({ username: 'alice', allowed: true });
  });

  it('search-by-tag (tag and query), featured (GET allowed)', async () => {
    const tag = (await api(s.url, 'notes/search-by-tag', { tag: 'missdeck', limit: 100 })).json as PackedNote[];
    expect(tag.length).toBeGreaterThan(0);
    for (const n of tag) expect(n.text!.toLowerCase()).toContain('#missdeck');
    const q = (await api(s.url, 'notes/search-by-tag', { query: [['missdeck'], ['nothing']], limit: 100 })).json as PackedNote[];
    expect(q.map((n) => n.id)).toEqual(tag.map((n) => n.id));
    const featured = await call(s.url, '/api/notes/featured');
    expect(featured.status).toBe(200);
    expect((featured.json as PackedNote[])[0]!.id).toBe(s.seed.reactedNoteId);
  });

  it('home timeline params: withRenotes:false hides pure renotes, withFiles:true only notes with files', async () => {
    const target = s.post({ username: 'bob', text: 'renote me' }).note;
    const renote = s.post({ username: 'bob', renoteId: target.id }).note;
    const withR = ids(await api(s.url, 'notes/timeline', { i: alice, limit: 5 }));
    const withoutR = ids(await api(s.url, 'notes/timeline', { i: alice, limit: 5, withRenotes: false }));
    expect(withR).toContain(renote.id);
    expect(withoutR).not.toContain(renote.id);
    expect(ids(await api(s.url, 'notes/timeline', { i: alice, withFiles: true }))).toEqual([]);
  });
});
