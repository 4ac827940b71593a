import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../shared/contract/events';
import type { ChatConversation, ChatEvent, ChatMessage, ChatMessagesPage, ChatReach, ChatStatus } from '../../../shared/model/chat';
import { memoryStore, signIn, startCore, startStandin, type CoreUnderTest, type Standin } from '../../../e2e/support/core/coreHarness';

let server: Standin;
let harness: CoreUnderTest;

beforeEach(async () => {
  server = await startStandin({ name: 'Chat server', chatUnreadDelayMs: 100 });
  harness = await startCore({ store: memoryStore() }, { ackTimeoutMs: 500, backoff: { initialMs: 50, maxMs: 100 } });
});

afterEach(async () => {
  await harness.core.dispose();
  await server.close();
});

const chatEvents = (): ChatEvent[] =>
  harness.events.flatMap((event) =>
    event.name === 'timeline.batch' ? (event.payload as { items: TimelineItem[] }).items.flatMap((item) => (item.type === 'chat' ? [item.event] : [])) : [],
  );
const liveMessages = (): ChatMessage[] => chatEvents().flatMap((event) => (event.kind === 'messages' ? event.messages : []));
const until = async (condition: () => boolean, ms = 8_000) => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
const bobSays = (text: string) =>
  fetch(`${server.url}/api/chat/messages/create-to-user`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ i: server.tokens.bob, toUserId: server.seeded().users.alice, text }),
  });

describe('chat in the core', () => {
  it('asks for chat at sign-in; a refusal by chatScope is known before sending and explained after', async () => {
    const alice = await signIn(harness, server, 'alice');
    expect(await harness.call<ChatStatus>('chat.status', { accountId: alice })).toEqual({ permitted: true, hasUnread: false });
    const admin = server.seeded().users.admin!;
    expect(await harness.call<ChatReach>('chat.reach', { accountId: alice, userId: admin })).toMatchObject({ canSend: false, reason: 'mutual' });
    const refused = await harness.callResult('chat.send', { accountId: alice, target: { kind: 'user', id: admin }, text: 'hi' });
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'chatRecipientRefuses', serverReason: 'recipient is cannot chat (mutual)' } });
    server.setChatScope({ username: 'admin', scope: 'everyone' });
    expect(await harness.call<ChatReach>('chat.reach', { accountId: alice, userId: admin })).toMatchObject({ canSend: true });
  });

  it('a dropped socket during a burst of 50 messages: every message exactly once', async () => {
    const alice = await signIn(harness, server, 'alice');
    server.follow({ follower: 'bob', followee: 'alice' });
    const bob = server.seeded().users.bob!;
    const target = { kind: 'user' as const, id: bob };
    await bobSays('before');
    const first = await harness.call<ChatMessagesPage>('chat.messages', { accountId: alice, target });
    await harness.call('chat.watch', { entries: [{ accountId: alice, target }] });
    await harness.call('chat.messages', { accountId: alice, target });
    await until(() => chatEvents().some((event) => event.kind === 'state' && event.state === 'live'));
    const sent: string[] = [];
    for (let i = 0; i < 50; i++) {
      if (i === 20) harness.core.dropStreamsForTest();
      const answer = (await (await bobSays(`burst ${i}`)).json()) as { id: string };
      sent.push(answer.id);
    }
    await until(() => new Set(liveMessages().map((m) => m.id)).size >= 50);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ids = liveMessages().map((m) => m.id);
    // Each exactly once; live frames after the reconnect may come before the gap is filled (the renderer orders by id).
    expect(ids).toHaveLength(50);
    expect([...ids].sort()).toEqual(sent);
    expect(first.messages.map((m) => m.text)).toEqual(['before']);
    expect(first.olderThan).toBeNull();
  });

  it('pages past messages the server sent malformed: they are dropped, the older ones still load', async () => {
    const alice = await signIn(harness, server, 'alice');
    server.follow({ follower: 'bob', followee: 'alice' });
    const bob = server.seeded().users.bob!;
    const target = { kind: 'user' as const, id: bob };
    const old = (await (await bobSays('old')).json()) as { id: string; createdAt: string };
    const broken = Array.from({ length: 30 }, (_, i) => ({ id: `${old.id}m${String(i).padStart(2, '0')}`, createdAt: old.createdAt, text: 5 }));
    server.injectChat({ messages: broken, stream: false });
    const newest = await harness.call<ChatMessagesPage>('chat.messages', { accountId: alice, target, limit: 10 });
    expect(newest.messages).toEqual([]);
    expect(newest.olderThan).toBe(`${old.id}m20`);
    let untilId = newest.olderThan!;
    const texts: string[] = [];
    for (let n = 0; n < 5 && untilId; n++) {
      const page = await harness.call<ChatMessagesPage>('chat.messages', { accountId: alice, target, limit: 10, untilId });
      texts.push(...page.messages.map((m) => m.text ?? ''));
      if (page.olderThan === null) break;
      untilId = page.olderThan;
    }
    expect(texts).toEqual(['old']);
  });

  it('lists conversations newest first and reports main newChatMessage for a conversation not open', async () => {
    const alice = await signIn(harness, server, 'alice');
    server.follow({ follower: 'bob', followee: 'alice' });
    await harness.call('chat.watch', { entries: [{ accountId: alice, target: null }] });
    await until(() => server.stats().subscriptions >= 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await bobSays('are you there?');
    await until(() => chatEvents().some((event) => event.kind === 'unread'));
    const list = await harness.call<ChatConversation[]>('chat.conversations', { accountId: alice });
    expect(list).toMatchObject([{ target: { kind: 'user', id: server.seeded().users.bob }, isRead: false, last: { text: 'are you there?' } }]);
    expect(await harness.call<ChatStatus>('chat.status', { accountId: alice })).toEqual({ permitted: true, hasUnread: true });
  });
});
