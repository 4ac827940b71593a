import { describe, expect, it } from 'vitest';
import type { WsClient} from './testkit';
import { api, connectChannel, sleep, useStandin } from './testkit';

const env = useStandin();
const open = env.open;

const noteTexts = (c: WsClient, id: string) =>
  c.frames.filter((f) => f.type === 'channel' && f.body.id === id && f.body.type === 'note').map((f) => f.body.body?.text as string);

interface Case {
  channel: string;
  params: () => Record<string, unknown>;
  /** Posted; must arrive. */
  match: () => void;
  /** Posted first; must not arrive. */
  miss: () => void;
}

const cases: Case[] = [
  {
    channel: 'homeTimeline',
    params: () => ({}),
    miss: () => env.s.post({ username: 'admin', text: 'MISS' }),
    match: () => env.s.post({ username: 'bob', text: 'HIT' }),
  },
  {
    channel: 'localTimeline',
    params: () => ({}),
    miss: () => env.s.post({ username: 'bob', text: 'MISS', visibility: 'home' }),
    match: () => env.s.post({ username: 'admin', text: 'HIT' }),
  },
  {
    channel: 'hybridTimeline',
    params: () => ({}),
    miss: () => env.s.post({ username: 'admin', text: 'MISS', visibility: 'home' }),
    match: () => env.s.post({ username: 'bob', text: 'HIT', visibility: 'home' }),
  },
  {
    channel: 'globalTimeline',
    params: () => ({}),
    miss: () => env.s.post({ username: 'bob', text: 'MISS', channelId: env.s.seed.channelId }),
    match: () => env.s.post({ username: 'admin', text: 'HIT' }),
  },
  {
    channel: 'userList',
    params: () => ({ listId: env.s.seed.listId }),
    miss: () => env.s.post({ username: 'admin', text: 'MISS' }),
    match: () => env.s.post({ username: 'bob', text: 'HIT' }),
  },
  {
    channel: 'antenna',
    params: () => ({ antennaId: env.s.seed.antennaId }),
    miss: () => env.s.post({ username: 'bob', text: 'MISS nothing to see' }),
    match: () => env.s.post({ username: 'admin', text: 'HIT about MissDeck' }),
  },
  {
    channel: 'channel',
    params: () => ({ channelId: env.s.seed.channelId }),
    miss: () => env.s.post({ username: 'bob', text: 'MISS' }),
    match: () => env.s.post({ username: 'admin', text: 'HIT', channelId: env.s.seed.channelId }),
  },
  {
    channel: 'hashtag',
    params: () => ({ q: [['missdeck', 'deck'], ['other']] }),
    miss: () => env.s.post({ username: 'bob', text: 'MISS #missdeck only' }),
    match: () => env.s.post({ username: 'bob', text: 'HIT #missdeck #deck' }),
  },
  {
    channel: 'roleTimeline',
    params: () => ({ roleId: env.s.seed.roleId }),
    miss: () => env.s.post({ username: 'bob', text: 'MISS' }),
    match: () => env.s.post({ username: 'admin', text: 'HIT' }),
  },
];

describe('streaming channels', () => {
  for (const c of cases) {
    it(`${c.channel} delivers a matching note and not a non-matching one`, async () => {
      const ws = await open(env.s.tokens.alice);
      await connectChannel(ws, c.channel, 'x', c.params());
      c.miss();
      c.match();
      await ws.until(() => noteTexts(ws, 'x').length >= 1);
      await sleep(50);
      expect(noteTexts(ws, 'x').map((t) => t.split(' ')[0])).toEqual(['HIT']);
      const frame = ws.frames.find((f) => f.type === 'channel')!;
      expect(frame.body).toMatchObject({ id: 'x', type: 'note', body: { user: { username: expect.any(String) } } });
    });
  }

  it('withRenotes:false and withReplies are honoured on localTimeline', async () => {
    const ws = await open(env.s.tokens.alice);
    await connectChannel(ws, 'localTimeline', 'plain', { withRenotes: false });
    await connectChannel(ws, 'localTimeline', 'replies', { withReplies: true });
    const target = env.s.post({ username: 'admin', text: 'target' }).note;
    env.s.post({ username: 'bob', renoteId: target.id });
    env.s.post({ username: 'bob', text: 'reply to admin', replyId: target.id });
    await ws.until(() => noteTexts(ws, 'replies').length === 3);
    await sleep(50);
    expect(noteTexts(ws, 'plain')).toEqual(['target']);
    expect(noteTexts(ws, 'replies')).toEqual(['target', null, 'reply to admin']);
  });

  it('anonymous sockets cannot use userList/antenna; public channels (hashtag, channel, roleTimeline) work', async () => {
    const ws = await open(undefined);
    ws.send({ type: 'connect', body: { channel: 'userList', id: 'u', params: { listId: env.s.seed.listId }, pong: true } });
    await connectChannel(ws, 'channel', 'c', { channelId: env.s.seed.channelId });
    await sleep(50);
    expect(ws.frames.filter((f) => f.type === 'connected').map((f) => f.body.id)).toEqual(['c']);
  });

  it('main channel: mention, reply, renote events with notifications, in recorded order', async () => {
    const ws = await open(env.s.tokens.alice);
    await connectChannel(ws, 'main', 'm');
    const mine = env.s.post({ username: 'alice', text: 'alice note' }).note;
    await api(env.s.url, 'notes/create', { text: '@alice ping', i: env.s.tokens.bob });
    await api(env.s.url, 'notes/create', { text: 'a reply', replyId: mine.id, i: env.s.tokens.bob });
    await api(env.s.url, 'notes/create', { renoteId: mine.id, i: env.s.tokens.bob });
    await api(env.s.url, 'notes/create', { text: 'a quote', renoteId: mine.id, i: env.s.tokens.bob });
    await ws.until(() => ws.frames.filter((f) => f.body.type === 'notification').length === 4);
    const seq = ws.frames.filter((f) => f.type === 'channel').map((f) => (f.body.type === 'notification' ? `n:${f.body.body?.type}` : f.body.type));
    expect(seq).toEqual(['mention', 'n:mention', 'mention', 'reply', 'n:reply', 'renote', 'n:renote', 'renote', 'n:quote']);
  });
});
