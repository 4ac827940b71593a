import { describe, expect, it } from 'vitest';
import type { ChatConversation, ChatMessage } from '../../../shared/model/chat';
import { noteLimits } from '../notes/noteView';
import { applyReaction, bumpConversation, mergeMessages, reactionCounts, removeMessage, stepConversation } from './chatState';

const msg = (id: string, from = 'bob', text = id): ChatMessage => ({
  id,
  createdAt: '2026-12-06T00:00:00.000Z',
  text,
  fromUserId: from,
  fromUser: { id: from, username: from } as ChatMessage['fromUser'],
  toUserId: from === 'me' ? 'bob' : 'me',
  toRoomId: null,
  file: null,
  reactions: [],
});

describe('chat state', () => {
  it('merges pages, live messages and a backfill in id order, each once', () => {
    const page = [msg('a3'), msg('a2'), msg('a1')];
    const held = mergeMessages([], page);
    expect(held.map((m) => m.id)).toEqual(['a1', 'a2', 'a3']);
    const live = mergeMessages(held, [msg('a6'), msg('a3', 'bob', 'edited copy')]);
    const backfill = mergeMessages(live, [msg('a4'), msg('a5'), msg('a6')]);
    expect(backfill.map((m) => m.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(backfill.find((m) => m.id === 'a3')?.text).toBe('edited copy');
    expect(mergeMessages(backfill, [])).toBe(backfill);
    expect(mergeMessages(backfill, [backfill[0]!])).toBe(backfill);
  });

  it('adds and removes reactions once per user, and deletes', () => {
    const held = [msg('a1')];
    const reacted = applyReaction(held, { kind: 'reaction', target: { kind: 'user', id: 'bob' }, messageId: 'a1', reaction: '❤', userId: 'u1', added: true });
    expect(applyReaction(reacted, { kind: 'reaction', target: { kind: 'user', id: 'bob' }, messageId: 'a1', reaction: '❤', userId: 'u1', added: true })).toBe(reacted);
    expect(reacted[0]!.reactions).toEqual([{ reaction: '❤', userId: 'u1' }]);
    const undone = applyReaction(reacted, { kind: 'reaction', target: { kind: 'user', id: 'bob' }, messageId: 'a1', reaction: '❤', userId: null, added: false });
    expect(undone[0]!.reactions).toEqual([]);
    expect(removeMessage(undone, 'a1')).toEqual([]);
    expect(removeMessage(undone, 'zz')).toBe(undone);
  });

  it('moves a conversation to the top on a new message, unread unless open or own', () => {
    const list: ChatConversation[] = [
      { target: { kind: 'user', id: 'carol' }, user: { id: 'carol', username: 'carol' } as ChatConversation['user'], room: null, last: msg('a5', 'carol'), isRead: true },
      { target: { kind: 'user', id: 'bob' }, user: { id: 'bob', username: 'bob' } as ChatConversation['user'], room: null, last: msg('a1'), isRead: true },
    ];
    const bumped = bumpConversation(list, msg('a9'), 'me', false);
    expect(bumped.map((c) => [c.target.id, c.isRead])).toEqual([['bob', false], ['carol', true]]);
    expect(bumpConversation(bumped, msg('a9'), 'me', false)).toBe(bumped);
    expect(bumpConversation(list, msg('a9', 'me'), 'me', false)[0]).toMatchObject({ target: { id: 'bob' }, isRead: true });
    expect(stepConversation(bumped, { kind: 'user', id: 'carol' }, 1)).toEqual({ kind: 'user', id: 'bob' });
    expect(stepConversation(bumped, null, -1)).toEqual({ kind: 'user', id: 'carol' });
  });

  it('shows at most as many kinds of reaction as a note, the most used first', () => {
    const many = { ...msg('a1'), reactions: Array.from({ length: 500 }, (_, i) => ({ reaction: `:r${i}:`, userId: 'u' })) };
    many.reactions.push({ reaction: ':r499:', userId: 'me' }, { reaction: ':r499:', userId: 'v' });
    const counts = reactionCounts(many, 'me');
    expect(counts).toHaveLength(noteLimits.reactionKinds);
    expect(counts[0]).toEqual({ reaction: ':r499:', count: 3, mine: true });
  });
});
