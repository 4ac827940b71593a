import { describe, expect, it } from 'vitest';
import type { WsClient} from './testkit';
import { api, connectChannel, ctl, sleep, useStandin } from './testkit';

const env = useStandin();
const open = env.open;

const noteBodies = (c: WsClient, subId: string) =>
  c.frames.filter((f) => f.type === 'channel' && f.body.id === subId && f.body.type === 'note').map((f) => f.body.body as unknown);

describe('injectNotes (control)', () => {
  it('pushes raw bodies of any shape to every matching subscription of that user only', async () => {
    const alice = await open(env.s.tokens.alice!);
    const bob = await open(env.s.tokens.bob!);
    await connectChannel(alice, 'homeTimeline', 'h1');
    await connectChannel(alice, 'homeTimeline', 'h2');
    await connectChannel(alice, 'localTimeline', 'l1');
    await connectChannel(bob, 'homeTimeline', 'bh');
    const raw = [{ id: 'x1', createdAt: 'not a date', text: { nested: ['<script>'] } }, null, 42, 'string', [1, 2], { user: null }];
    const result = await ctl(env.s.url, 'injectNotes', { notes: raw, rest: false });
    expect(result).toEqual({ sockets: 1, subscriptions: 2, frames: 12, stored: 0 });
    await alice.until(() => noteBodies(alice, 'h2').length === raw.length);
    expect(noteBodies(alice, 'h1')).toEqual(raw);
    expect(noteBodies(alice, 'h2')).toEqual(raw);
    await sleep(50);
    expect(noteBodies(alice, 'l1')).toEqual([]);
    expect(noteBodies(bob, 'bh')).toEqual([]);
  });

  it('other channels and users; unknown channel or user is a 400', async () => {
    const bob = await open(env.s.tokens.bob!);
    await connectChannel(bob, 'globalTimeline', 'g');
    expect(env.s.injectNotes({ notes: [{ id: 'g1' }], channel: 'globalTimeline', username: 'bob' })).toMatchObject({ frames: 1 });
    await bob.until(() => noteBodies(bob, 'g').length === 1);
    await expect(ctl(env.s.url, 'injectNotes', { notes: [], channel: 'main' })).rejects.toThrow(/400/);
    await expect(ctl(env.s.url, 'injectNotes', { notes: [], username: 'nobody' })).rejects.toThrow(/400/);
    await expect(ctl(env.s.url, 'injectNotes', { notes: 'x' })).rejects.toThrow(/400/);
    // REST only: nothing on the stream.
    expect(env.s.injectNotes({ notes: [{ id: 'g2' }], channel: 'globalTimeline', username: 'bob', stream: false })).toEqual({ sockets: 0, subscriptions: 0, frames: 0, stored: 2 });
    await sleep(50);
    expect(noteBodies(bob, 'g')).toHaveLength(1);
  });

  it('the REST timeline serves them, paged by id with the real notes; idless ones only unpaged; clearInjected forgets', async () => {
    const real = (await api(env.s.url, 'notes/timeline', { i: env.s.tokens.alice, limit: 3 })).json as { id: string }[];
    const newer = `${real[0]!.id}z`;
    const between = `${real[1]!.id}z`;
    env.s.injectNotes({ notes: [{ id: newer, createdAt: 'x', text: '<b>' }, { id: between }, { noId: true }, 7] });
    const first = (await api(env.s.url, 'notes/timeline', { i: env.s.tokens.alice, limit: 5 })).json as unknown[];
    expect(first).toEqual([{ noId: true }, 7, { id: newer, createdAt: 'x', text: '<b>' }, real[0], { id: between }]);
    const older = (await api(env.s.url, 'notes/timeline', { i: env.s.tokens.alice, limit: 2, untilId: real[0]!.id })).json as { id: string }[];
    expect(older.map((n) => n.id)).toEqual([between, real[1]!.id]);
    const since = (await api(env.s.url, 'notes/timeline', { i: env.s.tokens.alice, limit: 2, sinceId: real[1]!.id })).json as { id: string }[];
    expect(since.map((n) => n.id)).toEqual([between, real[0]!.id]);
    // Other users and other timelines do not see them.
    const bobs = (await api(env.s.url, 'notes/timeline', { i: env.s.tokens.bob, limit: 100 })).json as { id: string }[];
    expect(bobs.some((n) => n.id === newer)).toBe(false);
    expect(await ctl(env.s.url, 'clearInjected')).toEqual({ cleared: 4 });
    const after = (await api(env.s.url, 'notes/timeline', { i: env.s.tokens.alice, limit: 3 })).json;
    expect(after).toEqual(real);
  });
});
