import { describe, expect, it } from 'vitest';
import { startStandin } from './server';
import { api, call, sleep, upgradeRefusal, WsClient, useStandin } from './testkit';

const env = useStandin();
const open = env.open;

const notesFor = (c: WsClient, id: string) => c.frames.filter((f) => f.type === 'channel' && f.body.id === id && f.body.type === 'note');

describe('streaming', () => {
  it('bad token → HTTP 401 on the upgrade with the Misskey challenge, no WebSocket', async () => {
    const r = await upgradeRefusal(`${env.s.streamingUrl}?i=thisIsNotAValidToken0`);
    expect(r).not.toBe('opened');
    if (r === 'opened') return;
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toBe('Bearer realm="Misskey", error="invalid_token", error_description="Failed to authenticate"');
    expect(env.s.stats().connectAttempts).toBe(1);
    expect(env.s.stats().connections).toBe(0);
  });

  it('connected ack only with pong:true; non-boolean pong ignores the connect', async () => {
    const c = await open(env.s.tokens.alice);
    c.send({ type: 'connect', body: { channel: 'main', id: 'm1' } });
    c.send({ type: 'connect', body: { channel: 'homeTimeline', id: 'h-bad', pong: 'yes' } });
    c.send({ type: 'connect', body: { channel: 'homeTimeline', id: 'h1', params: { withRenotes: true }, pong: true } });
    await c.until(() => c.frames.length >= 1);
    await sleep(100);
    expect(c.frames).toEqual([{ type: 'connected', body: { id: 'h1' } }]);
    expect(env.s.stats().subscriptions).toBe(2);
  });

  it('a followed user’s note reaches homeTimeline as a channel note event', async () => {
    const c = await open(env.s.tokens.alice);
    c.send({ type: 'connect', body: { channel: 'homeTimeline', id: 'home', pong: true } });
    await c.until(() => c.frames.length === 1);
    const posted = await call(env.s.url, '/__control/post', { method: 'POST', body: JSON.stringify({ username: 'bob', text: 'hi alice' }) });
    const noteId = (posted.json as { note: { id: string } }).note.id;
    await c.until(() => notesFor(c, 'home').length === 1);
    expect(notesFor(c, 'home')[0]).toMatchObject({
      type: 'channel',
      body: { id: 'home', type: 'note', body: { id: noteId, text: 'hi alice', user: { username: 'bob' } } },
    });
    // admin is not followed by alice: nothing arrives for it.
    env.s.post({ username: 'admin', text: 'not for alice' });
    // REST-created notes stream too.
    await api(env.s.url, 'notes/create', { text: 'mine', i: env.s.tokens.alice });
    await c.until(() => notesFor(c, 'home').length === 2);
    await sleep(100);
    expect(notesFor(c, 'home').map((f) => f.body.body?.text)).toEqual(['hi alice', 'mine']);
  });

  it('followers-only and direct notes stream with their body to those who may see them, the author included', async () => {
    const alice = await open(env.s.tokens.alice);
    const bob = await open(env.s.tokens.bob);
    for (const c of [alice, bob]) c.send({ type: 'connect', body: { channel: 'homeTimeline', id: 'home', pong: true } });
    await alice.until(() => alice.frames.length === 1);
    await bob.until(() => bob.frames.length === 1);
    const aliceId = ((await api(env.s.url, 'i', { i: env.s.tokens.alice })).json as { id: string }).id;
    await api(env.s.url, 'notes/create', { i: env.s.tokens.bob, text: 'for my followers', visibility: 'followers' });
    await api(env.s.url, 'notes/create', { i: env.s.tokens.bob, text: 'just for alice', visibility: 'specified', visibleUserIds: [aliceId] });
    await alice.until(() => notesFor(alice, 'home').length === 2);
    await bob.until(() => notesFor(bob, 'home').length === 2);
    for (const c of [alice, bob]) {
      const bodies = notesFor(c, 'home').map((f) => f.body.body as { text: string | null; isHidden?: boolean });
      expect(bodies.map((b) => b.text)).toEqual(['for my followers', 'just for alice']);
      expect(bodies.every((b) => b.isHidden === undefined)).toBe(true);
    }
  });

  it('duplicate ids both deliver; disconnect stops delivery; junk is ignored', async () => {
    const c = await open(env.s.tokens.alice);
    c.send({ type: 'connect', body: { channel: 'localTimeline', id: 'dup', pong: true } });
    c.send({ type: 'connect', body: { channel: 'globalTimeline', id: 'dup', pong: true } });
    c.send({ type: 'connect', body: { channel: 'noSuchChannel', id: 'bogus', pong: true } });
    c.send('{this is not json');
    c.send({ type: 'unknownMessageType', body: {} });
    await c.until(() => c.frames.length === 2);
    env.s.post({ username: 'bob', text: 'probe' });
    await c.until(() => notesFor(c, 'dup').length === 2);
    await sleep(100);
    expect(c.frames.filter((f) => f.type === 'connected').map((f) => f.body.id)).toEqual(['dup', 'dup']);
    expect(notesFor(c, 'bogus')).toHaveLength(0);

    c.send({ type: 'disconnect', body: { id: 'dup' } });
    await sleep(100);
    env.s.post({ username: 'bob', text: 'after disconnect' });
    await sleep(150);
    expect(notesFor(c, 'dup')).toHaveLength(2);
    expect(c.closed).toBe(false);
  });

  it('anonymous: accepted, homeTimeline silently refused, localTimeline works', async () => {
    const c = await open();
    c.send({ type: 'connect', body: { channel: 'homeTimeline', id: 'h', pong: true } });
    c.send({ type: 'connect', body: { channel: 'localTimeline', id: 'l', pong: true } });
    await c.until(() => c.frames.length >= 1);
    await sleep(100);
    expect(c.frames).toEqual([{ type: 'connected', body: { id: 'l' } }]);
  });

  it('subNote → noteUpdated deleted on notes/delete', async () => {
    const c = await open(env.s.tokens.bob);
    const { note } = env.s.post({ username: 'bob', text: 'to delete' });
    c.send({ type: 'subNote', body: { id: note.id } });
    await sleep(50);
    expect((await api(env.s.url, 'notes/delete', { noteId: note.id, i: env.s.tokens.bob })).status).toBe(204);
    await c.until(() => c.frames.length === 1);
    expect(c.frames[0]).toMatchObject({ type: 'noteUpdated', body: { id: note.id, type: 'deleted' } });
  });

  it('dropSockets terminates every socket and counts; reconnect attempts are counted; revoke → 401', async () => {
    const a = await open(env.s.tokens.alice);
    const b = await open(env.s.tokens.bob);
    a.send({ type: 'connect', body: { channel: 'homeTimeline', id: 'x' } });
    await sleep(50);
    expect(env.s.stats()).toMatchObject({ connections: 2, connectAttempts: 2, subscriptions: 1 });
    const dropped = await call(env.s.url, '/__control/dropSockets', { method: 'POST', body: '{}' });
    expect(dropped.json).toEqual({ dropped: 2 });
    await a.until(() => a.closed);
    await b.until(() => b.closed);
    expect(env.s.stats()).toMatchObject({ connections: 0, subscriptions: 0 });

    await open(env.s.tokens.alice);
    expect(env.s.stats().connectAttempts).toBe(3);

    const revoked = await call(env.s.url, '/__control/revokeToken', { method: 'POST', body: JSON.stringify({ token: env.s.tokens.alice }) });
    expect(revoked.json).toEqual({ revoked: 1 });
    const r = await upgradeRefusal(`${env.s.streamingUrl}?i=${env.s.tokens.alice}`);
    expect(r).toMatchObject({ status: 401 });
    expect((await api(env.s.url, 'i', { i: env.s.tokens.alice })).status).toBe(401);
    const stats = await call(env.s.url, '/__control/stats', { method: 'POST', body: '{}' });
    expect(stats.json).toMatchObject({ connectAttempts: 4, connections: 1 });
    expect((stats.json as { notes: number }).notes).toBeGreaterThanOrEqual(30);
  });
});

describe('keep-alive', () => {
  it('sends protocol-level pings and terminates a socket that stops answering', async () => {
    const k = await startStandin({ pingIntervalMs: 50, idleTimeoutMs: 200 });
    try {
      const c = await WsClient.open(`${k.streamingUrl}?i=${k.tokens.alice}`);
      let pings = 0;
      c.ws.on('ping', () => pings++);
      await sleep(300);
      expect(pings).toBeGreaterThanOrEqual(2);
      expect(c.closed).toBe(false); // ws auto-answers pings with pongs

      const silent = await WsClient.open(`${k.streamingUrl}?i=${k.tokens.bob}`, { autoPong: false });
      expect(k.stats().connections).toBe(2);
      await silent.until(() => silent.closed, 2000);
      expect(silent.closed).toBe(true);
      expect(c.closed).toBe(false);
      expect(k.stats().connections).toBe(1);
      c.close();
    } finally {
      await k.close();
    }
  });
});
