import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from './server';
import { api, connectChannel, sleep, WsClient } from './testkit';

let s: Standin;
const clients: WsClient[] = [];
beforeEach(async () => {
  s = await startStandin();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await s.close();
});

async function open(token: string | undefined): Promise<WsClient> {
  const c = await WsClient.open(token ? `${s.streamingUrl}?i=${token}` : s.streamingUrl);
  clients.push(c);
  return c;
}

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
    miss: () => s.post({ username: 'admin', text: 'MISS' }),
    match: () => s.post({ username: 'bob', text: 'HIT' }),
  },
  {
    channel: 'localTimeline',
    params: () => ({}),
    miss: () => s.post({ username: 'bob', text: 'MISS', visibility: 'home' }),
    match: () => s.post({ username: 'admin', text: 'HIT' }),
  },
  {
    channel: 'hybridTimeline',
    params: () => ({}),
    miss: () => s.post({ username: 'admin', text: 'MISS', visibility: 'home' }),
    match: () => s.post({ username: 'bob', text: 'HIT', visibility: 'home' }),
  },
  {
    channel: 'globalTimeline',
    params: () => ({}),
    miss: () => s.post({ username: 'bob', text: 'MISS', channelId: s.seed.channelId }),
    match: () => s.post({ username: 'admin', text: 'HIT' }),
  },
  {
    channel: 'userList',
    params: () => ({ listId: s.seed.listId }),
    miss: () => s.post({ username: 'admin', text: 'MISS' }),
    match: () => s.post({ username: 'bob', text: 'HIT' }),
  },
  {
    channel: 'antenna',
    params: () => ({ antennaId: s.seed.antennaId }),
    miss: () => s.post({ username: 'bob', text: 'MISS nothing to see' }),
    match: () => s.post({ username: 'admin', text: 'HIT about MissDeck' }),
  },
  {
    channel: 'channel',
    params: () => ({ channelId: s.seed.channelId }),
    miss: () => s.post({ username: 'bob', text: 'MISS' }),
    match: () => s.post({ username: 'admin', text: 'HIT', channelId: s.seed.channelId }),
  },
  {
    channel: 'hashtag',
    params: () => ({ q: [['missdeck', 'deck'], ['other']] }),
    miss: () => s.post({ username: 'bob', text: 'MISS #missdeck only' }),
    match: () => s.post({ username: 'bob', text: 'HIT #missdeck #deck' }),
  },
  {
    channel: 'roleTimeline',
    params: () => ({ roleId: s.seed.roleId }),
    miss: () => s.post({ username: 'bob', text: 'MISS' }),
    match: () => s.post({ username: 'admin', text: 'HIT' }),
  },
];

describe('streaming channels', () => {
  for (const c of cases) {
    it(`${c.channel} delivers a matching note and not a non-matching one`, async () => {
      const ws = await open(s.tokens.alice);
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
    const ws = await open(s.tokens.alice);
    await connectChannel(ws, 'localTimeline', 'plain', { withRenotes: false });
    await connectChannel(ws, 'localTimeline', 'replies', { withReplies: true });
    const target = s.post({ username: 'admin', text: 'target' }).note;
    s.post({ username: 'bob', renoteId: target.id });
    s.post({ username: 'bob', text: 'reply to admin', replyId: target.id });
    await ws.until(() => noteTexts(ws, 'replies').length === 3);
    await sleep(50);
    expect(noteTexts(ws, 'plain')).toEqual(['target']);
    expect(noteTexts(ws, 'replies')).toEqual(['target', null, 'reply to admin']);
  });

  it('anonymous sockets cannot use userList/antenna; public channels (hashtag, channel, roleTimeline) work', async () => {
    const ws = await open(undefined);
    ws.send({ type: 'connect', body: { channel: 'userList', id: 'u', params: { listId: s.seed.listId }, pong: true } });
    await connectChannel(ws, 'channel', 'c', { channelId: s.seed.channelId });
    await sleep(50);
    expect(ws.frames.filter((f) => f.type === 'connected').map((f) => f.body.id)).toEqual(['c']);
  });

  it('main channel: mention, reply, renote events with notifications, in recorded order', async () => {
    const ws = await open(s.tokens.alice);
    await connectChannel(ws, 'main', 'm');
    const mine = s.post({ username: 'alice', text: 'alice note' }).note;
    await api(s.url, 'notes/create', { text: '@alice ping', i: s.tokens.bob });
    await api(s.url, 'notes/create', { text: 'a reply', replyId: mine.id, i: s.tokens.bob });
    await api(s.url, 'notes/create', { renoteId: mine.id, i: s.tokens.bob });
    await api(s.url, 'notes/create', { text: 'a quote', renoteId: mine.id, i: s.tokens.bob });
    await ws.until(() => ws.frames.filter((f) => f.body.type === 'notification').length === 4);
    const seq = ws.frames.filter((f) => f.type === 'channel').map((f) => (f.body.type === 'notification' ? `n:${f.body.body?.type}` : f.body.type));
    expect(seq).toEqual(['mention', 'n:mention', 'mention', 'reply', 'n:reply', 'renote', 'n:renote', 'renote', 'n:quote']);
  });
});
