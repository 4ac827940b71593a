import { z } from 'zod';
import { chatTargetKinds, type ChatConversation, type ChatInvitation, type ChatMessage, type ChatMessagesPage, type ChatReach, type ChatRoom, type ChatStatus } from '../model/chat';
import type { UserLite } from '../model/content';

const returns = <T>(): T => undefined as T;
const id = z.string().min(1).max(64);
const target = z.object({ kind: z.enum(chatTargetKinds), id }).strict();
const onAccount = { accountId: id };
const onRoom = { accountId: id, roomId: id };

/** Chat: conversations, messages, rooms and invitations of one account (Misskey's chat/* endpoints). */
export const chatCommands = {
  'chat.status': { input: z.object(onAccount).strict(), output: returns<ChatStatus>() },
  'chat.conversations': { input: z.object(onAccount).strict(), output: returns<ChatConversation[]>() },
  /** A page of a conversation, newest first (older than `untilId`). The server marks the conversation read. */
  'chat.messages': {
    input: z.object({ ...onAccount, target, untilId: id.optional(), limit: z.number().int().min(1).max(100).optional() }).strict(),
    output: returns<ChatMessagesPage>(),
  },
  /** The conversations on screen: their channels stay subscribed, and `main` for each account listed. */
  'chat.watch': {
    input: z.object({ entries: z.array(z.object({ ...onAccount, target: target.nullable() }).strict()).max(200) }).strict(),
    output: returns<null>(),
  },
  'chat.send': {
    input: z
      .object({ ...onAccount, target, text: z.string().max(2000).optional(), fileId: id.optional() })
      .strict()
      .refine((input) => (input.text ?? '').trim() !== '' || input.fileId !== undefined, { message: 'text or fileId is required' }),
    output: returns<ChatMessage>(),
  },
  'chat.react': {
    input: z.object({ ...onAccount, messageId: id, reaction: z.string().min(1).max(256), remove: z.boolean().optional() }).strict(),
    output: returns<null>(),
  },
  'chat.delete': { input: z.object({ ...onAccount, messageId: id }).strict(), output: returns<null>() },
  /** Tells the server the open conversation is read (the channel's `read`), so no `newChatMessage` follows. */
  'chat.markRead': { input: z.object({ ...onAccount, target }).strict(), output: returns<null>() },
  'chat.readAll': { input: z.object(onAccount).strict(), output: returns<null>() },
  'chat.reach': { input: z.object({ ...onAccount, userId: id }).strict(), output: returns<ChatReach>() },
  'chat.rooms': { input: z.object(onAccount).strict(), output: returns<{ rooms: ChatRoom[]; invitations: ChatInvitation[] }>() },
  'chat.createRoom': {
    input: z.object({ ...onAccount, name: z.string().trim().min(1).max(256), description: z.string().max(1024).optional() }).strict(),
    output: returns<ChatRoom>(),
  },
  'chat.invite': { input: z.object({ ...onRoom, userId: id }).strict(), output: returns<null>() },
  /** Accepting an invitation is joining the room. */
  'chat.join': { input: z.object(onRoom).strict(), output: returns<null>() },
  'chat.ignoreInvitation': { input: z.object(onRoom).strict(), output: returns<null>() },
  'chat.leave': { input: z.object(onRoom).strict(), output: returns<null>() },
  /** Everyone in the room, owner first. */
  'chat.members': { input: z.object(onRoom).strict(), output: returns<UserLite[]>() },
} as const;

export type ChatCommandName = keyof typeof chatCommands;
