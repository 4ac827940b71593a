import type { UserLite } from './content';

/** A conversation: with one user, or in a room. */
export const chatTargetKinds = ['user', 'room'] as const;
export interface ChatTarget {
  kind: (typeof chatTargetKinds)[number];
  id: string;
}

export const chatTargetKey = (target: ChatTarget): string => `${target.kind}:${target.id}`;

export interface ChatFile {
  id: string;
  name: string;
  type: string;
  url: string;
  thumbnailUrl: string | null;
  isSensitive: boolean;
  size: number;
}

export interface ChatReaction {
  reaction: string;
  /** Who reacted: known in rooms and in the detailed form, not in 1:1 live frames. */
  userId: string | null;
}

/** One chat message, in the one shape the renderer sees whatever form the server sent. */
/** A page of a conversation: its readable messages, and the id to ask for older ones before (null: none older). */
export interface ChatMessagesPage {
  messages: ChatMessage[];
  /** The oldest entry the server sent, readable or not, when its page was full. */
  olderThan: string | null;
}

export interface ChatMessage {
  id: string;
  createdAt: string;
  text: string | null;
  fromUserId: string;
  /** Present in room and detailed forms; 1:1 lite forms carry only the ids. */
  fromUser: UserLite | null;
  toUserId: string | null;
  toRoomId: string | null;
  file: ChatFile | null;
  reactions: ChatReaction[];
}

export interface ChatRoom {
  id: string;
  name: string;
  description: string;
  ownerId: string;
  owner: UserLite | null;
  isMuted: boolean;
}

export interface ChatInvitation {
  id: string;
  createdAt: string;
  room: ChatRoom;
}

/** One line of the conversation list: the latest message, and whether the account has read it. */
export interface ChatConversation {
  target: ChatTarget;
  /** The other user (1:1) or null (room). */
  user: UserLite | null;
  room: ChatRoom | null;
  last: ChatMessage;
  isRead: boolean;
}

/** Whether this account may write to a user, as the user's chat settings say (before anything is sent). */
export type ChatReach =
  | { canSend: true; user: UserLite }
  | { canSend: false; user: UserLite; reason: 'none' | 'followers' | 'following' | 'mutual' | 'unavailable' | 'blocked' | 'yourself' };

export interface ChatStatus {
  /** The account's sign-in granted read:chat and write:chat (accounts signed in before chat did not). */
  permitted: boolean;
  hasUnread: boolean;
}

/** What the core streams about chat, in `timeline.batch` items `{type:'chat'}`. */
export type ChatEvent =
  /** New messages of a watched conversation (live or filled in after a reconnect), each once, oldest first. */
  | { kind: 'messages'; target: ChatTarget; messages: ChatMessage[] }
  | { kind: 'reaction'; target: ChatTarget; messageId: string; reaction: string; userId: string | null; added: boolean }
  | { kind: 'deleted'; target: ChatTarget; messageId: string }
  /** main's `newChatMessage`: a message still unread 3 s after it came. */
  | { kind: 'unread'; message: ChatMessage }
  | { kind: 'state'; target: ChatTarget; state: 'live' | 'refused' };
