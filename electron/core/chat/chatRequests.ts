import type { ChatConversation, ChatInvitation, ChatMessage, ChatMessagesPage, ChatReach, ChatRoom, ChatTarget } from '../../../shared/model/chat';
import type { UserDetailed, UserLite } from '../../../shared/model/content';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { CommandFailure } from '../commands/commandFailure';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { chatRequest } from './chatErrors';
import { parseChatMessage, parseChatRoom, parseChatRooms, parseHistory, parseInvitations, parseMembers } from './chatParse';
import { conversationPage } from './conversationFeed';

const malformed = (client: MisskeyClient) => new CommandFailure('MALFORMED_RESPONSE', coreMessage('serverUnreadable', { host: new URL(client.origin).host }));

/** Users and rooms together, the latest conversation first. */
export async function conversations(client: MisskeyClient, meId: string): Promise<ChatConversation[]> {
  const [users, rooms] = await Promise.all([
    chatRequest(client.requestUntyped('chat/history', { room: false, limit: 100 })),
    chatRequest(client.requestUntyped('chat/history', { room: true, limit: 100 })),
  ]);
  return [...parseHistory(users, meId), ...parseHistory(rooms, meId)].sort((a, b) => (a.last.id < b.last.id ? 1 : -1));
}

export const messagesPage = (client: MisskeyClient, target: ChatTarget, limit: number, untilId?: string): Promise<ChatMessagesPage> =>
  chatRequest(conversationPage(client, target, { limit, ...(untilId ? { untilId } : {}) })).then((page) => ({ messages: page.messages, olderThan: page.more ? page.lastId : null }));

export async function send(client: MisskeyClient, target: ChatTarget, text: string | undefined, fileId: string | undefined): Promise<ChatMessage> {
  const content = { ...(text?.trim() ? { text } : {}), ...(fileId ? { fileId } : {}) };
  const answer = target.kind === 'user'
    ? await chatRequest(client.requestUntyped('chat/messages/create-to-user', { toUserId: target.id, ...content }))
    : await chatRequest(client.requestUntyped('chat/messages/create-to-room', { toRoomId: target.id, ...content }));
  return parseChatMessage(answer) ?? Promise.reject(malformed(client));
}

export async function react(client: MisskeyClient, messageId: string, reaction: string, remove: boolean): Promise<null> {
  await chatRequest(client.requestUntyped(remove ? 'chat/messages/unreact' : 'chat/messages/react', { messageId, reaction }));
  return null;
}

/**
 * Whether this account may write to the user, decided as the server will: the user's `chatScope` (unless
 * they wrote first: then the server lets it through, and so do we when the history shows it), their
 * role's chat availability (`canChat`), and blocking.
 */
export async function reach(client: MisskeyClient, meId: string, userId: string): Promise<ChatReach> {
  const user = (await chatRequest(client.requestUntyped('users/show', { userId }))) as UserDetailed;
  const lite = user as unknown as UserLite;
  if (user.id === meId) return { canSend: false, user: lite, reason: 'yourself' };
  const other = user as UserDetailed & { isBlocked?: boolean; isFollowing?: boolean; isFollowed?: boolean };
  if (other.isBlocked === true) return { canSend: false, user: lite, reason: 'blocked' };
  if (user.canChat === false) return { canSend: false, user: lite, reason: 'unavailable' };
  const scope = user.chatScope ?? 'mutual';
  const following = other.isFollowing === true;
  const followed = other.isFollowed === true;
  const allowed = scope === 'everyone' || (scope === 'followers' && following) || (scope === 'following' && followed) || (scope === 'mutual' && following && followed);
  if (allowed) return { canSend: true, user: lite };
  if (await hasWrittenToMe(client, meId, userId)) return { canSend: true, user: lite };
  return { canSend: false, user: lite, reason: scope };
}

async function hasWrittenToMe(client: MisskeyClient, meId: string, userId: string): Promise<boolean> {
  const page = await conversationPage(client, { kind: 'user', id: userId }, { limit: 100 }).then((p) => p.messages).catch(() => []);
  return page.some((message) => message.fromUserId === userId && message.toUserId === meId);
}

export async function rooms(client: MisskeyClient): Promise<{ rooms: ChatRoom[]; invitations: ChatInvitation[] }> {
  const [owned, joining, inbox] = await Promise.all([
    chatRequest(client.requestUntyped('chat/rooms/owned', { limit: 100 })),
    chatRequest(client.requestUntyped('chat/rooms/joining', { limit: 100 })),
    chatRequest(client.requestUntyped('chat/rooms/invitations/inbox', { limit: 100 })),
  ]);
  const pickRoom = (membership: unknown) => (typeof membership === 'object' && membership !== null ? (membership as { room?: unknown }).room : null);
  return { rooms: [...parseChatRooms(owned), ...parseChatRooms(joining, pickRoom)], invitations: parseInvitations(inbox) };
}

export async function createRoom(client: MisskeyClient, name: string, description: string | undefined): Promise<ChatRoom> {
  const answer = await chatRequest(client.requestUntyped('chat/rooms/create', { name, ...(description ? { description } : {}) }));
  return parseChatRoom(answer) ?? Promise.reject(malformed(client));
}

export async function members(client: MisskeyClient, roomId: string): Promise<UserLite[]> {
  const [room, list] = await Promise.all([
    chatRequest(client.requestUntyped('chat/rooms/show', { roomId })),
    chatRequest(client.requestUntyped('chat/rooms/members', { roomId, limit: 100 })),
  ]);
  const owner = parseChatRoom(room)?.owner;
  return [...(owner ? [owner] : []), ...parseMembers(list)];
}

/** A request whose answer is nothing (204). */
export async function perform(client: MisskeyClient, endpoint: string, params: Record<string, unknown>): Promise<null> {
  await chatRequest(client.requestUntyped(endpoint, params));
  return null;
}
