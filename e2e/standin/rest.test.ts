import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from './server';
import { api, call, ctl } from './testkit';

type NoteLike = { id: string; text: string | null; user: { username: string }; createdAt: string };

let s: Standin;
let alice: string;
beforeAll(async () => {
  s = await startStandin({ name: 'Unit Stand-in' });
  alice = s.tokens.alice!;
});
afterAll(() => s.close());

describe('meta and i', () => {
  it('meta needs no credential and reports name, version, limits and uri', async () => {
    const r = await api(s.url, 'meta', { detail: false });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    const meta = r.json as Record<string, unknown>;
    expect(meta).toMatchObject({ name: 'Unit Stand-in', version: '2026.5.4', maxNoteTextLength: 3000, uri: s.url });
    const icon = await fetch(meta.iconUrl as string);
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await icon.arrayBuffer()).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it("meta reports the server's theme colour: Misskey's green unless set, and whatever a test sets (even malformed)", async () => {
    const colour = async () => ((await api(s.url, 'meta', { detail: false })).json as { themeColor: unknown }).themeColor;
    expect(await colour()).toBe('#86b300');
    expect(s.setThemeColor({ themeColor: 'red;background:url(x)' })).toEqual({ ok: true });
    expect(await colour()).toBe('red;background:url(x)');
    expect(await ctl(s.url, 'setThemeColor', { themeColor: null })).toEqual({ ok: true });
    expect(await colour()).toBeNull();
    expect(() => s.setThemeColor({} as never)).toThrow(/themeColor is required/);
    s.setThemeColor({ themeColor: '#86b300' });
    const plain = await startStandin({ themeColor: null });
    try {
      expect(((await api(plain.url, 'meta', {})).json as { themeColor: unknown }).themeColor).toBeNull();
    } finally {
      await plain.close();
    }
  });

  it('i works with body.i and with Bearer, and returns the MeDetailed shape', async () => {
    const a = await api(s.url, 'i', { i: alice });
    const b = await api(s.url, 'i', {}, { authorization: `Bearer ${alice}` });
    expect(a.status).toBe(200);
    expect(b.json).toEqual(a.json);
    const me = a.json as Record<string, unknown>;
    expect(me).toMatchObject({ username: 'alice', host: null, followingCount: 1, isAdmin: false, policies: { ltlAvailable: true } });
    expect(me.id).toMatch(/^[0-9a-z]{16}$/);
    const avatar = await fetch(me.avatarUrl as string);
    expect(avatar.status).toBe(200);
    expect(avatar.headers.get('content-type')).toBe('image/png');
  });
});

describe('errors', () => {
  it('no credential → 401 CREDENTIAL_REQUIRED with WWW-Authenticate', async () => {
    const r = await api(s.url, 'notes/timeline', { limit: 1 });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer realm="Misskey"');
    expect(r.json).toEqual({
      error: { message: 'Credential required.', code: 'CREDENTIAL_REQUIRED', id: '1384574d-a912-4b81-8601-c7b1c4085df1', kind: 'client' },
    });
  });

  it('bad token in body or Bearer → 401 AUTHENTICATION_FAILED', async () => {
    for (const r of [
      await api(s.url, 'i', { i: 'thisIsNotAValidToken0' }),
      await api(s.url, 'i', {}, { authorization: 'Bearer thisIsNotAValidToken0' }),
    ]) {
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toContain('error="invalid_token"');
      expect(r.json).toMatchObject({ error: { code: 'AUTHENTICATION_FAILED', id: 'b0a7f5f8-dc2f-4171-b91f-de88ad238e14', kind: 'client' } });
    }
  });

  it('limit out of range → 400 INVALID_PARAM exactly like Misskey', async () => {
    const r = await api(s.url, 'notes/timeline', { limit: 1000, i: alice });
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      error: {
        message: 'Invalid param.',
        code: 'INVALID_PARAM',
        id: '3d81ceae-475f-4600-b2a8-2bc116157532',
        kind: 'client',
        info: { param: '#/properties/limit/maximum', reason: 'must be <= 100' },
      },
    });
    expect((await api(s.url, 'notes/timeline', { limit: 0, i: alice })).status).toBe(400);
  });

  it('GET on a POST-only endpoint → 405 with an empty body', async () => {
    const r = await call(s.url, '/api/notes/timeline');
    expect(r.status).toBe(405);
    expect(r.text).toBe('');
    expect(r.headers.get('content-length')).toBe('0');
  });

  it('unknown endpoint: POST → Fastify 404, GET → Misskey UNKNOWN_API_ENDPOINT', async () => {
    const post = await api(s.url, 'this/does/not/exist', { i: alice });
    expect(post.status).toBe(404);
    expect(post.json).toEqual({ message: 'Route POST:/api/this/does/not/exist not found', error: 'Not Found', statusCode: 404 });
    const get = await call(s.url, '/api/this/does/not/exist');
    expect(get.status).toBe(404);
    expect(get.json).toMatchObject({ error: { code: 'UNKNOWN_API_ENDPOINT', id: '2ca3b769-540a-4f08-9dd5-b5a825b6d0f1' } });
  });

  it('malformed and empty JSON → Fastify 400 shapes', async () => {
    const bad = await call(s.url, '/api/notes/timeline', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"i": "${alice}", "limit": 1,`,
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      statusCode: 400,
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      error: 'Bad Request',
      message: "Body is not valid JSON but content-type is set to 'application/json'",
    });
    const empty = await call(s.url, '/api/meta', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '' });
    expect(empty.status).toBe(400);
    expect(empty.json).toMatchObject({ code: 'FST_ERR_CTP_EMPTY_JSON_BODY', statusCode: 400 });
  });

  it('notes/show: missing noteId → INVALID_PARAM #/required; unknown → NO_SUCH_NOTE 400', async () => {
    const missing = await api(s.url, 'notes/show', { i: alice });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({ error: { code: 'INVALID_PARAM', info: { param: '#/required', reason: "must have required property 'noteId'" } } });
    const unknown = await api(s.url, 'notes/show', { noteId: 'aaaaaaaaaaaaaaaa', i: alice });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toEqual({
      error: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '24fcbfc6-2e37-42b6-8388-c29b3861a08d', kind: 'client' },
    });
  });

  it('failNext: 429 with Retry-After, 500 INTERNAL_ERROR, then normal again', async () => {
    s.failNext({ endpoint: 'notes/timeline', status: 429, retryAfterSec: 7 });
    const limited = await api(s.url, 'notes/timeline', { i: alice });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.json).toMatchObject({ error: { code: 'RATE_LIMIT_EXCEEDED', id: 'd5826d14-3982-4d2e-8011-b9e9f02499ef', kind: 'client', info: { remaining: 0 } } });

    const ctl = await call(s.url, '/__control/failNext', { method: 'POST', body: JSON.stringify({ endpoint: 'notes/timeline', status: 500, times: 2 }) });
    expect(ctl.json).toEqual({ ok: true });
    for (let n = 0; n < 2; n++) {
      const r = await api(s.url, 'notes/timeline', { i: alice });
      expect(r.status).toBe(500);
      expect(r.json).toMatchObject({ error: { code: 'INTERNAL_ERROR', id: '5d37dbcb-891e-41ca-a3d6-e690c97775ac', kind: 'server' } });
    }
    expect((await api(s.url, 'notes/timeline', { i: alice })).status).toBe(200);
  });
});

describe('timelines and paging', () => {
  it('home timeline holds own + followed notes (not admin), newest first, default limit 10', async () => {
    const r = await api(s.url, 'notes/timeline', { i: alice });
    const notes = r.json as NoteLike[];
    expect(notes).toHaveLength(10);
    expect(new Set(notes.map((n) => n.user.username))).toEqual(new Set(['alice', 'bob']));
    const ids = notes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort().reverse());
    for (const n of notes) expect(Date.parse(n.createdAt)).toBeLessThan(Date.now());
  });

  it('local timeline has everybody, anonymous access allowed', async () => {
    const r = await api(s.url, 'notes/local-timeline', { limit: 100 });
    const notes = r.json as NoteLike[];
    expect(notes.length).toBeGreaterThanOrEqual(30);
    expect(new Set(notes.map((n) => n.user.username))).toEqual(new Set(['alice', 'bob', 'admin']));
  });

  it('untilId → older, newest first; sinceId alone → OLDEST first; both → range newest first', async () => {
    const all = ((await api(s.url, 'notes/local-timeline', { limit: 100 })).json as NoteLike[]).map((n) => n.id);
    const desc = [...all];
    const pivot = desc[10]!;

    const until = ((await api(s.url, 'notes/local-timeline', { limit: 3, untilId: pivot })).json as NoteLike[]).map((n) => n.id);
    expect(until).toEqual(desc.slice(11, 14));

    const since = ((await api(s.url, 'notes/local-timeline', { limit: 3, sinceId: pivot })).json as NoteLike[]).map((n) => n.id);
    expect(since).toEqual([desc[9], desc[8], desc[7]]);

    const range = ((await api(s.url, 'notes/local-timeline', { limit: 10, sinceId: desc[15], untilId: desc[10] })).json as NoteLike[]).map((n) => n.id);
    expect(range).toEqual(desc.slice(11, 15));

    const homeSince = ((await api(s.url, 'notes/timeline', { i: alice, limit: 2, sinceId: pivot })).json as NoteLike[]).map((n) => n.id);
    expect(homeSince[0]! < homeSince[1]!).toBe(true);
    expect(homeSince[0]! > pivot).toBe(true);
  });
});

describe('notes', () => {
  it('create → {createdNote}; show; reply embeds its target; delete → 204 then NO_SUCH_NOTE', async () => {
    const c = await api(s.url, 'notes/create', { text: 'hello from the test', cw: 'cw!', visibility: 'home', i: alice });
    expect(c.status).toBe(200);
    const note = (c.json as { createdNote: Record<string, unknown> }).createdNote;
    expect(note).toMatchObject({ text: 'hello from the test', cw: 'cw!', visibility: 'home', localOnly: false, reply: null, renote: null, user: { username: 'alice' } });

    const reply = await api(s.url, 'notes/create', { text: 'a reply', replyId: note.id, i: s.tokens.bob! });
    expect((reply.json as { createdNote: { reply: { id: string } } }).createdNote.reply.id).toBe(note.id);

    const shown = await api(s.url, 'notes/show', { noteId: note.id });
    expect(shown.json).toMatchObject({ id: note.id, repliesCount: 1 });

    expect((await api(s.url, 'notes/delete', { noteId: note.id, i: s.tokens.bob! })).json).toMatchObject({ error: { code: 'ACCESS_DENIED' } });
    const del = await api(s.url, 'notes/delete', { noteId: note.id, i: alice });
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    expect((await api(s.url, 'notes/show', { noteId: note.id })).status).toBe(400);
  });

  it('create validation: missing text, wrong type, >3000 chars, unknown reply target', async () => {
    const missing = await api(s.url, 'notes/create', { i: alice });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({ error: { code: 'INVALID_PARAM', info: { param: '#/then/required' } } });
    const type = await api(s.url, 'notes/create', { text: 12345, i: alice });
    expect(type.json).toMatchObject({ error: { code: 'INVALID_PARAM', info: { param: '#/then/properties/text/type', reason: 'must be string' } } });
    const long = await api(s.url, 'notes/create', { text: 'x'.repeat(3001), i: alice });
    expect(long.status).toBe(400);
    expect(long.json).toMatchObject({ error: { code: 'INVALID_PARAM', info: { param: '#/then/properties/text/maxLength' } } });
    expect((await api(s.url, 'notes/create', { text: 'x'.repeat(3000), i: alice })).status).toBe(200);
    const noReply = await api(s.url, 'notes/create', { text: 'r', replyId: 'aaaaaaaaaaaaaaaa', i: alice });
    expect(noReply.json).toMatchObject({ error: { code: 'NO_SUCH_REPLY_TARGET' } });
  });

  it('revoked tokens answer 401 AUTHENTICATION_FAILED', async () => {
    const other = await startStandin();
    try {
      const bob = other.tokens.bob!;
      expect((await api(other.url, 'i', { i: bob })).status).toBe(200);
      expect(other.revokeTokensOf({ username: 'bob' })).toEqual({ revoked: 1 });
      const r = await api(other.url, 'i', { i: bob });
      expect(r.status).toBe(401);
      expect(r.json).toMatchObject({ error: { code: 'AUTHENTICATION_FAILED' } });
      expect((await api(other.url, 'i', { i: other.tokens.alice! })).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('log records requests with status', async () => {
    const r = await call(s.url, '/__control/log', { method: 'POST', body: '{}' });
    const log = (r.json as { requests: { method: string; path: string; status: number }[] }).requests;
    expect(log).toContainEqual(expect.objectContaining({ method: 'GET', path: '/api/notes/timeline', status: 405 }));
  });
});
