import { noteLimits } from '../notes/noteView';
import { chatTargetKey, type ChatConversation, type ChatEvent, type ChatMessage, type ChatTarget } from '../../../shared/model/chat';

/** Messages of one conversation as shown: oldest first, each id once. */
export interface ConversationState {
  messages: ChatMessage[];
  /** More may be older than the first held (false once a page came back short). */
  hasOlder: boolean;
  /** Where the next older page starts: the oldest entry the server sent, even one that could not be read. */
  olderThan?: string;
}

export const emptyConversation: ConversationState = { messages: [], hasOlder: true };

/**
 * Adds messages (a page, live ones, a backfill) in id order, which is time order: a message already
 * held is replaced by the newer copy of it, never shown twice. Keeps the array when nothing changes.
 */
export function mergeMessages(held: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return held as ChatMessage[];
  const byId = new Map(held.map((message) => [message.id, message]));
  let changed = false;
  for (const message of incoming) {
    if (byId.get(message.id) === message) continue;
    byId.set(message.id, message);
    changed = true;
  }
  if (!changed) return held as ChatMessage[];
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A reaction added or removed: the same user's same reaction counts once. */
export function applyReaction(held: readonly ChatMessage[], event: Extract<ChatEvent, { kind: 'reaction' }>): ChatMessage[] {
  const index = held.findIndex((message) => message.id === event.messageId);
  if (index < 0) return held as ChatMessage[];
  const message = held[index]!;
  const same = (r: { reaction: string; userId: string | null }) => r.reaction === event.reaction && r.userId === event.userId;
  let reactions;
  if (event.added) {
    if (event.userId !== null && message.reactions.some(same)) return held as ChatMessage[];
    reactions = [...message.reactions, { reaction: event.reaction, userId: event.userId }];
  } else {
    const at = message.reactions.findIndex(same);
    const fallback = at >= 0 ? at : message.reactions.findIndex((r) => r.reaction === event.reaction);
    if (fallback < 0) return held as ChatMessage[];
    reactions = message.reactions.filter((_, i) => i !== fallback);
  }
  const next = [...held];
  next[index] = { ...message, reactions };
  return next;
}

export const removeMessage = (held: readonly ChatMessage[], messageId: string): ChatMessage[] =>
  held.some((message) => message.id === messageId) ? held.filter((message) => message.id !== messageId) : (held as ChatMessage[]);

/** Reactions grouped for display: each emoji with its count and whether `meId` is among those who reacted. */
export function reactionCounts(message: ChatMessage, meId: string): { reaction: string; count: number; mine: boolean }[] {
  const counts = new Map<string, { reaction: string; count: number; mine: boolean }>();
  for (const r of message.reactions) {
    const entry = counts.get(r.reaction) ?? { reaction: r.reaction, count: 0, mine: false };
    entry.count += 1;
    if (r.userId === meId) entry.mine = true;
    counts.set(r.reaction, entry);
  }
  const all = [...counts.values()];
  return all.length <= noteLimits.reactionKinds ? all : all.sort((a, b) => b.count - a.count).slice(0, noteLimits.reactionKinds);
}

/** Which conversation a message belongs to, from `meId`'s side. */
export function targetOf(message: ChatMessage, meId: string): ChatTarget {
  if (message.toRoomId) return { kind: 'room', id: message.toRoomId };
  return { kind: 'user', id: message.fromUserId === meId ? (message.toUserId ?? '') : message.fromUserId };
}

/**
 * The conversation list after a message: its conversation moves to the top with it as the latest,
 * marked unread unless it is `meId`'s own or the conversation is open. A conversation not listed yet
 * is added when the message says enough to show it.
 */
export function bumpConversation(list: readonly ChatConversation[], message: ChatMessage, meId: string, open: boolean): ChatConversation[] {
  const target = targetOf(message, meId);
  const key = chatTargetKey(target);
  const existing = list.find((c) => chatTargetKey(c.target) === key);
  if (existing && existing.last.id >= message.id) return list as ChatConversation[];
  const isRead = open || message.fromUserId === meId;
  const user = existing?.user ?? (target.kind === 'user' && message.fromUserId !== meId ? message.fromUser : null);
  if (!existing && target.kind === 'user' && !user) return list as ChatConversation[];
  const updated: ChatConversation = { target, user, room: existing?.room ?? null, last: message, isRead };
  return [updated, ...list.filter((c) => chatTargetKey(c.target) !== key)];
}

export const markConversationRead = (list: readonly ChatConversation[], target: ChatTarget): ChatConversation[] => {
  const key = chatTargetKey(target);
  return list.some((c) => chatTargetKey(c.target) === key && !c.isRead)
    ? list.map((c) => (chatTargetKey(c.target) === key ? { ...c, isRead: true } : c))
    : (list as ChatConversation[]);
};

/** The conversation after (`by` 1) or before (-1) the open one in the list, wrapping around. */
export function stepConversation(list: readonly ChatConversation[], open: ChatTarget | null, by: 1 | -1): ChatTarget | null {
  if (list.length === 0) return null;
  const at = open ? list.findIndex((c) => chatTargetKey(c.target) === chatTargetKey(open)) : -1;
  const next = at < 0 ? (by === 1 ? 0 : list.length - 1) : (at + by + list.length) % list.length;
  return list[next]!.target;
}
