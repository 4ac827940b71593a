import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from './server';
import { api, connectChannel, ctl, sleep, WsClient, type PackedNote } from './testkit';

let s: Standin;
beforeAll(async () => {
  s = await startStandin();
});
afterAll(() => s.close());

describe('flood', () => {
  it('100 notes/s for 2 s: 190–210 notes, all delivered on alice’s home stream', async () => {
    const ws = await WsClient.open(`${s.streamingUrl}?i=${s.tokens.alice}`);
    await connectChannel(ws, 'homeTimeline', 'home');
    const { floodId } = await ctl<{ floodId: string }>(s.url, 'flood', { rate: 100, durationMs: 2000, textSize: 200 });
    let status = await ctl<{ running: boolean; sent: number }>(s.url, 'floodStatus', { floodId });
    expect(status.running).toBe(true);
    while (status.running) {
      await sleep(100);
      status = await ctl(s.url, 'floodStatus', { floodId });
    }
    const done = s.floodStatus({ floodId });
    console.log(`[flood] sent ${done.sent} in ${done.elapsedMs} ms → ${done.achievedRate} notes/s`);
    expect(done.sent).toBeGreaterThanOrEqual(190);
    expect(done.sent).toBeLessThanOrEqual(210);
    expect(done.achievedRate).toBeGreaterThan(90);
    expect(done.achievedRate).toBeLessThan(110);
    const home = () => ws.frames.filter((f) => f.body.id === 'home' && f.body.type === 'note').map((f) => f.body.body?.id as string);
    await ws.until(() => home().length >= done.sent, 5000);
    expect(home()).toEqual(done.noteIds);
    ws.close();
    const tl = (await api(s.url, 'notes/timeline', { i: s.tokens.alice, limit: 3 })).json as PackedNote[];
    expect(tl.map((n) => n.id)).toEqual(done.noteIds.slice(-3).reverse());
    expect(tl[0]!.text!.length).toBe(200);
  });

  it('stopFlood stops early; usernames and channels are honoured', async () => {
    const { floodId } = s.flood({ rate: 50, durationMs: 10_000, usernames: ['bob'], channels: ['hashtag'] });
    await sleep(200);
    expect(s.stopFlood({ floodId })).toEqual({ stopped: 1 });
    const st = s.floodStatus({ floodId });
    expect(st.running).toBe(false);
    expect(st.sent).toBeGreaterThan(3);
    expect(st.sent).toBeLessThan(30);
    const shown = (await api(s.url, 'notes/show', { noteId: st.noteIds[0] })).json as PackedNote & { tags: string[] };
    expect(shown).toMatchObject({ user: { username: 'bob' }, tags: ['flood'] });
  });

  it('realistic notes: authors with avatars of their own and emoji in their names, MFM, a picture in ten, live reactions', async () => {
    const ws = await WsClient.open(`${s.streamingUrl}?i=${s.tokens.alice}`);
    await connectChannel(ws, 'homeTimeline', 'real');
    const { floodId } = s.flood({ rate: 100, durationMs: 10_000, realistic: true, reactionsPerSecond: 50, channels: ['home'] });
    const notes = () => ws.frames.filter((f) => f.body.id === 'real' && f.body.type === 'note').map((f) => f.body.body as PackedNote & { user: { name: string; avatarUrl: string }; files: { thumbnailUrl: string }[] });
    await ws.until(() => notes().length >= 40, 5000);
    for (const note of notes()) ws.send({ type: 'subNote', body: { id: note.id } });
    await ws.until(() => ws.frames.some((f) => f.type === 'noteUpdated' && f.body.type === 'reacted'), 5000);
    s.stopFlood({ floodId });

    const seen = notes();
    expect(new Set(seen.map((n) => n.user.avatarUrl)).size).toBeGreaterThan(20);
    expect(seen.some((n) => /:\w+:/.test(n.user.name))).toBe(true);
    expect(seen.some((n) => n.text?.includes('$[') || n.text?.includes('**'))).toBe(true);
    const withFiles = seen.filter((n) => n.files.length > 0);
    expect(withFiles.length).toBe(Math.floor((seen.length + 4) / 10));
    const thumb = await fetch(withFiles[0]!.files[0]!.thumbnailUrl);
    expect(thumb.headers.get('content-type')).toBe('image/png');
    const [a, b] = await Promise.all([seen[0]!, seen[1]!].map(async (n) => Buffer.from(await (await fetch(n.user.avatarUrl)).arrayBuffer())));
    expect(a!.equals(b!)).toBe(false);
    ws.close();
  });
});
