import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from './server';
import { api, call } from './testkit';

let s: Standin;
beforeAll(async () => {
  s = await startStandin();
});
afterAll(() => s.close());

const PERMS = 'read:account,write:notes';
const check = (session: string) => api(s.url, `miauth/${session}/check`, {});
const pageUrl = (session: string, callback?: string) =>
  `/miauth/${session}?name=MissDeck&permission=${PERMS}` + (callback ? `&callback=${encodeURIComponent(callback)}` : '');
const press = (session: string, button: 'accept' | 'reject') => call(s.url, `/miauth/${session}/${button}`, { method: 'POST' });

describe('MiAuth', () => {
  it('page shows app name, permissions, callback, account and Accept/Reject buttons', async () => {
    const session = randomUUID();
    const r = await call(s.url, pageUrl(session, 'missdeck://auth'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/html');
    expect(r.text).toContain('MissDeck');
    expect(r.text).toContain('<li>read:account</li>');
    expect(r.text).toContain('<li>write:notes</li>');
    expect(r.text).toContain('missdeck://auth');
    expect(r.text).toContain('@alice');
    expect(r.text).toMatch(/<button[^>]*>Accept<\/button>/);
    expect(r.text).toMatch(/<button[^>]*>Reject<\/button>/);
    expect(r.text).not.toMatch(/src="https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('accept → navigates to the callback with session set; check ok exactly once, then ok:false', async () => {
    const session = randomUUID();
    await call(s.url, pageUrl(session, 'missdeck://auth'));
    expect((await check(session)).json).toEqual({ ok: false });

    const accepted = await press(session, 'accept');
    expect(accepted.status).toBe(200);
    expect(accepted.text).toContain(`location.href = "missdeck://auth?session=${session}"`);

    const first = await check(session);
    expect(first.status).toBe(200);
    const body = first.json as { ok: boolean; token: string; user: Record<string, unknown> };
    expect(body.ok).toBe(true);
    expect(body.token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(body.user).toMatchObject({ username: 'alice', host: null, pinnedNotes: [], chatScope: 'mutual' });
    expect(body.user).not.toHaveProperty('email');

    expect((await check(session)).json).toEqual({ ok: false });

    // The issued token is a working credential with the granted permissions.
    expect(((await api(s.url, 'i', {}, { authorization: `Bearer ${body.token}` })).json as { username: string }).username).toBe('alice');
    expect((await api(s.url, 'notes/create', { text: 'via miauth', i: body.token })).status).toBe(200);
  });

  it('a permission the token lacks → 403 PERMISSION_DENIED', async () => {
    const session = randomUUID();
    await call(s.url, `/miauth/${session}?name=RO&permission=read:account`);
    await press(session, 'accept');
    const { token } = (await check(session)).json as { token: string };
    const r = await api(s.url, 'notes/create', { text: 'nope', i: token });
    expect(r.status).toBe(403);
    expect(r.json).toMatchObject({ error: { code: 'PERMISSION_DENIED', kind: 'permission' } });
  });

  it('callback params are kept and session is replaced (URLSearchParams.set)', async () => {
    const session = randomUUID();
    await call(s.url, pageUrl(session, 'http://127.0.0.1:1/my/callback?x=1&session=old'));
    const accepted = await press(session, 'accept');
    expect(accepted.text).toContain(`location.href = "http://127.0.0.1:1/my/callback?x=1&session=${session}"`);
    expect(s.miauthSessions().sessions.find((x) => x.id === session)?.redirectUrl).toBe(`http://127.0.0.1:1/my/callback?x=1&session=${session}`);
  });

  it('without callback: "Access granted / Please go back to the application", no redirect', async () => {
    const session = randomUUID();
    await call(s.url, pageUrl(session));
    const accepted = await press(session, 'accept');
    expect(accepted.text).toContain('Access granted');
    expect(accepted.text).toContain('Please go back to the application');
    expect(accepted.text).not.toContain('location.href');
    expect((await check(session)).json).toMatchObject({ ok: true });
  });

  it('reject → "Access denied", no redirect, check stays ok:false', async () => {
    const session = randomUUID();
    await call(s.url, pageUrl(session, 'missdeck://auth'));
    const rejected = await press(session, 'reject');
    expect(rejected.text).toContain('Access denied');
    expect(rejected.text).not.toContain('location.href');
    expect((await check(session)).json).toEqual({ ok: false });
    // Accept after reject changes nothing.
    await press(session, 'accept');
    expect((await check(session)).json).toEqual({ ok: false });
  });

  it('unknown session → 200 ok:false; GET on check → 404 UNKNOWN_API_ENDPOINT', async () => {
    const r = await check(randomUUID());
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ ok: false });
    const get = await call(s.url, `/api/miauth/${randomUUID()}/check`);
    expect(get.status).toBe(404);
    expect(get.json).toMatchObject({ error: { code: 'UNKNOWN_API_ENDPOINT' } });
  });

  it('setMiAuthUser changes whom the page signs in as', async () => {
    const ctl = await call(s.url, '/__control/setMiAuthUser', { method: 'POST', body: JSON.stringify({ username: 'bob' }) });
    expect(ctl.json).toEqual({ ok: true });
    const session = randomUUID();
    expect((await call(s.url, pageUrl(session))).text).toContain('@bob');
    await press(session, 'accept');
    expect(((await check(session)).json as { user: { username: string } }).user.username).toBe('bob');
    s.setMiAuthUser({ username: 'alice' });
  });
});
