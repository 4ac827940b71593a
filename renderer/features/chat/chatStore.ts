import { create } from 'zustand';
import type { TimelineItem } from '../../../shared/contract/events';
import { chatTargetKey, type ChatConversation, type ChatEvent, type ChatMessage, type ChatStatus, type ChatTarget } from '../../../shared/model/chat';
import { getBridge } from '../../bridge';
import { coreText } from '../../i18n/coreText';
import { applyReaction, bumpConversation, emptyConversation, markConversationRead, mergeMessages, removeMessage, type ConversationState } from './chatState';

const pageSize = 30;
export const threadKey = (accountId: string, target: ChatTarget): string => `${accountId}|${chatTargetKey(target)}`;

interface ChatStoreState {
  status: Record<string, ChatStatus | undefined>;
  conversations: Record<string, ChatConversation[] | undefined>;
  listErrors: Record<string, string | null>;
  threads: Record<string, ConversationState>;
  threadErrors: Record<string, string | null>;
  loading: Record<string, boolean>;
  /** Conversations shown right now, by thread key: how many views show each. */
  shown: Record<string, number>;
}

export const useChatStore = create<ChatStoreState>(() => ({ status: {}, conversations: {}, listErrors: {}, threads: {}, threadErrors: {}, loading: {}, shown: {} }));

let meIdOf: (accountId: string) => string = () => '';
/** Where the chat store learns which user each account is (the app store's accounts). */
export function setChatAccountResolver(resolve: (accountId: string) => string): void {
  meIdOf = resolve;
}

type NewMessageListener = (accountId: string, message: ChatMessage) => void;
const newMessageListeners = new Set<NewMessageListener>();
/** Messages from others that arrive while their conversation is not open (main `newChatMessage`). */
export function onChatUnread(listener: NewMessageListener): () => void {
  newMessageListeners.add(listener);
  return () => newMessageListeners.delete(listener);
}

export async function loadChatStatus(accountId: string): Promise<void> {
  const result = await getBridge().commands['chat.status']({ accountId });
  if (result.ok) useChatStore.setState((s) => ({ status: { ...s.status, [accountId]: result.value } }));
}

export async function loadConversations(accountId: string): Promise<void> {
  const result = await getBridge().commands['chat.conversations']({ accountId });
  useChatStore.setState((s) =>
    result.ok
      ? { conversations: { ...s.conversations, [accountId]: result.value }, listErrors: { ...s.listErrors, [accountId]: null } }
      : { listErrors: { ...s.listErrors, [accountId]: coreText(result.error) } },
  );
}

/** The latest page of a conversation, or the page before the oldest held. Opening it marks it read on the server. */
export async function loadMessages(accountId: string, target: ChatTarget, older = false): Promise<void> {
  const key = threadKey(accountId, target);
  const state = useChatStore.getState();
  if (state.loading[key]) return;
  const held = state.threads[key] ?? emptyConversation;
  if (older && !held.hasOlder) return;
  const untilId = older ? (held.olderThan ?? held.messages[0]?.id) : undefined;
  useChatStore.setState((s) => ({ loading: { ...s.loading, [key]: true } }));
  const result = await getBridge().commands['chat.messages']({ accountId, target, limit: pageSize, ...(untilId ? { untilId } : {}) });
  useChatStore.setState((s) => {
    const current = s.threads[key] ?? emptyConversation;
    const loading = { ...s.loading, [key]: false };
    if (!result.ok) return { loading, threadErrors: { ...s.threadErrors, [key]: coreText(result.error) } };
    const { messages, olderThan } = result.value;
    const fromOldest = older || current.messages.length === 0;
    const thread: ConversationState = fromOldest
      ? { messages: mergeMessages(current.messages, messages), hasOlder: olderThan !== null, ...(olderThan !== null ? { olderThan } : {}) }
      : { ...current, messages: mergeMessages(current.messages, messages) };
    const list = s.conversations[accountId];
    return {
      loading,
      threads: { ...s.threads, [key]: thread },
      threadErrors: { ...s.threadErrors, [key]: null },
      ...(list ? { conversations: { ...s.conversations, [accountId]: markConversationRead(list, target) } } : {}),
    };
  });
}

/** A message this account just sent: shown at once (the channel brings it again; it is not doubled). */
export function addSentMessage(accountId: string, target: ChatTarget, message: ChatMessage): void {
  applyChatEvents([{ accountId, event: { kind: 'messages', target, messages: [message] } }]);
}

export function applyChatEvents(items: readonly { accountId: string; event: ChatEvent }[]): void {
  const unread: { accountId: string; message: ChatMessage }[] = [];
  useChatStore.setState((s) => {
    let threads = s.threads;
    let conversations = s.conversations;
    const thread = (key: string) => threads[key] ?? emptyConversation;
    const setThread = (key: string, messages: ChatMessage[]) => {
      if (messages === thread(key).messages) return;
      threads = { ...threads, [key]: { ...thread(key), messages } };
    };
    for (const { accountId, event } of items) {
      const meId = meIdOf(accountId);
      const bump = (message: ChatMessage, open: boolean) => {
        const list = conversations[accountId];
        if (list) conversations = { ...conversations, [accountId]: bumpConversation(list, message, meId, open) };
      };
      if (event.kind === 'messages') {
        const key = threadKey(accountId, event.target);
        setThread(key, mergeMessages(thread(key).messages, event.messages));
        for (const message of event.messages) bump(message, (s.shown[key] ?? 0) > 0);
      } else if (event.kind === 'reaction') {
        const key = threadKey(accountId, event.target);
        setThread(key, applyReaction(thread(key).messages, event));
      } else if (event.kind === 'deleted') {
        const key = threadKey(accountId, event.target);
        setThread(key, removeMessage(thread(key).messages, event.messageId));
      } else if (event.kind === 'unread') {
        bump(event.message, false);
        if (event.message.fromUserId !== meId) unread.push({ accountId, message: event.message });
      }
    }
    return threads === s.threads && conversations === s.conversations ? s : { threads, conversations };
  });
  for (const { accountId, message } of unread) for (const listener of newMessageListeners) listener(accountId, message);
  // The server says unread only through `newChatMessage`; the flag follows it.
  for (const { accountId } of unread) {
    useChatStore.setState((s) => ({ status: { ...s.status, [accountId]: { permitted: true, hasUnread: true } } }));
  }
}

// What the core should keep subscribed: every chat view says what it shows; the whole set is sent at once.
const watchers = new Map<string, { accountId: string; target: ChatTarget | null }>();
let watchQueued = false;
export function setChatWatch(viewId: string, entry: { accountId: string; target: ChatTarget | null } | null): void {
  const before = watchers.get(viewId);
  if (before?.target) changeShown(threadKey(before.accountId, before.target), -1);
  if (entry) watchers.set(viewId, entry);
  else watchers.delete(viewId);
  if (entry?.target) changeShown(threadKey(entry.accountId, entry.target), 1);
  if (watchQueued) return;
  watchQueued = true;
  queueMicrotask(() => {
    watchQueued = false;
    const entries = [...watchers.values()];
    const unique = new Map(entries.map((e) => [e.target ? threadKey(e.accountId, e.target) : e.accountId, e]));
    void getBridge().commands['chat.watch']({ entries: [...unique.values()] });
  });
}

function changeShown(key: string, by: number): void {
  useChatStore.setState((s) => ({ shown: { ...s.shown, [key]: Math.max(0, (s.shown[key] ?? 0) + by) } }));
}

let listening = false;
/** Chat events from the core's batches reach the chat store (once, however many chat columns there are). */
export function listenToChatEvents(): void {
  if (listening) return;
  listening = true;
  getBridge().on('timeline.batch', ({ items }) => {
    const chat = items.filter((item): item is Extract<TimelineItem, { type: 'chat' }> => item.type === 'chat');
    if (chat.length > 0) applyChatEvents(chat);
  });
}
