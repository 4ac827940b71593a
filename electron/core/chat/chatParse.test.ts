import { describe, expect, it } from 'vitest';
import { parseChatMessage, parseChatMessages } from './chatParse';

const base = { id: 'm1', createdAt: '2026-12-06T00:00:00.000Z', text: 'hi', fromUserId: 'bob', toUserId: 'me', toRoomId: null };

describe('chat message parsing (hostile servers)', () => {
  it('drops messages without the fields every message has, keeps the rest of the page', () => {
    const page = [null, 42, 'x', [], {}, { ...base, id: 5 }, { ...base, text: 5 }, { ...base, createdAt: undefined }, { ...base, fromUserId: undefined }, { ...base, id: 'm2' }];
    expect(parseChatMessages(page).map((m) => m.id)).toEqual(['m2']);
    expect(parseChatMessages({ length: 3 })).toEqual([]);
  });

  it('keeps a message whose optional parts are broken, without those parts', () => {
    const message = parseChatMessage({ ...base, fromUser: 'bob', file: 'javascript:alert(1)', reactions: { length: 1e9 } });
    expect(message).toMatchObject({ id: 'm1', fromUser: null, file: null, reactions: [] });
  });

  it('drops only the broken reactions, and keeps at most the first thousand', () => {
    const user = { id: 'carol', username: 'carol' };
    const mixed = parseChatMessage({ ...base, reactions: [null, 5, { reaction: 7 }, { reaction: 'x'.repeat(300), user }, { reaction: ':ok:', user: 'bob' }, { reaction: '👍', user }] });
    expect(mixed?.reactions).toEqual([{ reaction: ':ok:', userId: null }, { reaction: '👍', userId: 'carol' }]);
    const flood = parseChatMessage({ ...base, reactions: Array.from({ length: 20_000 }, () => ({ reaction: '👍', user })) });
    expect(flood?.reactions).toHaveLength(1_000);
  });
});
