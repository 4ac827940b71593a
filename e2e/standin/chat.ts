import { randomUUID } from 'node:crypto';
import { ApiError, E } from './errors';
import { genId } from './ids';
import type { UserRec } from './state';
import type { World } from './world';

// Misskey's chat (fixtures chat/*.json, ChatService.ts): 1:1 messages, rooms, invitations, unread markers.

export const chatScopes = ['everyone', 'followers', 'following', 'mutual', 'none'] as const;
export type ChatScope = (typeof chatScopes)[number];

export interface ChatMessageRec {
  id: string;
  createdAt: string;
  fromUserId: string;
  toUserId: string | null;
  toRoomId: string | null;
  text: string | null;
  fileId: string | null;
  /** `userId/reaction`, in the order made (Misskey's `reactions` column). */
  reactions: { userId: string; reaction: string }[];
}

export interface ChatRoomRec {
  id: string;
  createdAt: string;
  name: string;
  description: string;
  ownerId: string;
  /** Members other than the owner (Misskey makes no membership row for the owner). */
  members: Map<string, { id: string; createdAt: string; isMuted: boolean }>;
  invitations: Map<string, { id: string; createdAt: string; ignored: boolean }>;
}

/** A chat stream event: to `chatUser` {otherId} subscriptions of `userId`, or to `chatRoom` {roomId}. */
export type ChatStreamEvent =
  | { kind: 'chatUser'; userId: string; otherId: string; type: string; body: unknown }
  | { kind: 'chatRoom'; roomId: string; type: string; body: unknown };

/** Misskey's plain `Error`s in ChatService: 500 INTERNAL_ERROR with the reason only in `info.e.message`. */
export function chatRefusal(message: string, code = 'Error'): ApiError {
  return new ApiError(E.INTERNAL_ERROR, { e: { message, code, id: randomUUID() } });
}

const err = (code: string, message: string, id: string) => new ApiError({ code, message, id, kind: 'client', status: 400 });
export const chatErrors = {
  noSuchUser: () => err('NO_SUCH_USER', 'No such user.', '11795c64-40ea-4198-b06e-3c873ed9039d'),
  yourself: () => err('RECIPIENT_IS_YOURSELF', 'You can not send a message to yourself.', '17e2ba79-e22a-4cbc-bf91-d327643f4a7e'),
  contentRequired: () => err('CONTENT_REQUIRED', 'Content required. You need to set text or fileId.', '25587321-b0e6-449c-9239-f8925092942c'),
  noSuchRoomToPost: () => err('NO_SUCH_ROOM', 'No such room.', '8098520d-2da5-4e8f-8ee1-df78b55a4ec6'),
  noSuchRoom: () => err('NO_SUCH_ROOM', 'No such room.', 'c4d9f88c-9270-4632-b032-6ed8cee36f7f'),
  noSuchMessageToDelete: () => err('NO_SUCH_MESSAGE', 'No such message.', '36b67f0e-66a6-414b-83df-992a55294f17'),
  noSuchMessage: () => err('NO_SUCH_MESSAGE', 'No such message.', '3710865b-1848-4da9-8d61-cfed15510b93'),
  noSuchFile: () => err('NO_SUCH_FILE', 'No such file.', 'c0bed7bb-e2b3-4ff3-9c62-3ccf1e5d1d2b'),
};

const normalizeReaction = (reaction: string) => (reaction.includes('\u200d') ? reaction : reaction.replace(/\ufe0f/g, ''));

export class Chat {
  /** Ascending by id. */
  readonly messages: ChatMessageRec[] = [];
  readonly rooms = new Map<string, ChatRoomRec>();
  readonly scopes = new Map<string, ChatScope>();
  /** `${fromId}:${toId}`: from has written to `to`, which lets `to` answer whatever its chatScope. */
  private readonly approvals = new Set<string>();
  /** Misskey's `newChatMessagesExists:<reader>` set: `user:<id>` / `room:<id>`. */
  private readonly unread = new Map<string, Set<string>>();
  /** Misskey's per-conversation markers `new{User,Room}ChatMessageExists:<reader>:<id>`. */
  private readonly markers = new Set<string>();

  constructor(
    private readonly world: World,
    private readonly unreadDelayMs: number,
  ) {}

  scopeOf(userId: string): ChatScope {
    return this.scopes.get(userId) ?? 'mutual';
  }

  hasUnread(userId: string): boolean {
    return (this.unread.get(userId)?.size ?? 0) > 0;
  }

  isRead(readerId: string, key: string): boolean {
    return !this.markers.has(`${readerId}:${key}`);
  }

  message(id: string): ChatMessageRec | undefined {
    return this.messages.find((m) => m.id === id);
  }

  isMember(room: ChatRoomRec, userId: string): boolean {
    return room.ownerId === userId || room.members.has(userId);
  }

  memberIds(room: ChatRoomRec): string[] {
    return [room.ownerId, ...room.members.keys()];
  }

  sendToUser(from: UserRec, to: UserRec, text: string | null, fileId: string | null): ChatMessageRec {
    if (from.id === to.id) throw chatErrors.yourself();
    if (!this.approvals.has(`${to.id}:${from.id}`)) {
      const scope = this.scopeOf(to.id);
      const { state } = this.world;
      const refused =
        scope === 'none' ||
        (scope === 'followers' && !state.isFollowing(from.id, to.id)) ||
        (scope === 'following' && !state.isFollowing(to.id, from.id)) ||
        (scope === 'mutual' && !(state.isFollowing(from.id, to.id) && state.isFollowing(to.id, from.id)));
      if (refused) throw chatRefusal(`recipient is cannot chat (${scope})`);
    }
    const message = this.store({ fromUserId: from.id, toUserId: to.id, toRoomId: null, text, fileId });
    this.approvals.add(`${from.id}:${to.id}`);
    this.mark(to.id, `user:${from.id}`);
    const lite = this.world.chatPack.lite(message);
    this.emit({ kind: 'chatUser', userId: from.id, otherId: to.id, type: 'message', body: lite });
    this.emit({ kind: 'chatUser', userId: to.id, otherId: from.id, type: 'message', body: lite });
    this.world.later(this.unreadDelayMs, () => {
      if (this.markers.has(`${to.id}:user:${from.id}`) && this.message(message.id)) {
        this.world.bus.main(to.id, 'newChatMessage', this.world.chatPack.detailed(message));
      }
    });
    return message;
  }

  sendToRoom(from: UserRec, room: ChatRoomRec, text: string | null, fileId: string | null): ChatMessageRec {
    if (!this.isMember(room, from.id)) throw chatRefusal('you are not a member of the room');
    const message = this.store({ fromUserId: from.id, toUserId: null, toRoomId: room.id, text, fileId });
    const others = this.memberIds(room).filter((id) => id !== from.id && !room.members.get(id)?.isMuted);
    for (const id of others) this.mark(id, `room:${room.id}`);
    this.emit({ kind: 'chatRoom', roomId: room.id, type: 'message', body: this.world.chatPack.lite(message) });
    this.world.later(this.unreadDelayMs, () => {
      if (!this.message(message.id)) return;
      for (const id of others) {
        if (this.markers.has(`${id}:room:${room.id}`)) this.world.bus.main(id, 'newChatMessage', this.world.chatPack.detailed(message));
      }
    });
    return message;
  }

  read(readerId: string, key: string): void {
    this.markers.delete(`${readerId}:${key}`);
    this.unread.get(readerId)?.delete(key);
  }

  /** Clears only the global flag, as Misskey does (history keeps isRead:false). */
  readAll(readerId: string): void {
    this.unread.delete(readerId);
  }

  delete(message: ChatMessageRec): void {
    this.messages.splice(this.messages.indexOf(message), 1);
    this.emitAbout(message, 'deleted', () => message.id);
  }

  react(user: UserRec, message: ChatMessageRec, raw: string): void {
    if (message.fromUserId === user.id) throw chatRefusal('cannot react to own message');
    if (!this.canSee(user.id, message)) throw chatErrors.noSuchMessage();
    const reaction = normalizeReaction(raw);
    if (message.reactions.some((r) => r.userId === user.id && r.reaction === reaction)) return;
    message.reactions.push({ userId: user.id, reaction });
    this.emitAbout(message, 'react', (room) => (room ? { messageId: message.id, user: this.world.packer.userLite(user), reaction } : { messageId: message.id, reaction }));
  }

  unreact(user: UserRec, message: ChatMessageRec, raw: string): void {
    const reaction = normalizeReaction(raw);
    const index = message.reactions.findIndex((r) => r.userId === user.id && r.reaction === reaction);
    if (index < 0) return;
    message.reactions.splice(index, 1);
    this.emitAbout(message, 'unreact', (room) => (room ? { messageId: message.id, user: this.world.packer.userLite(user), reaction } : { messageId: message.id, reaction }));
  }

  canSee(userId: string, message: ChatMessageRec): boolean {
    if (message.toRoomId) {
      const room = this.rooms.get(message.toRoomId);
      return room !== undefined && this.isMember(room, userId);
    }
    return message.fromUserId === userId || message.toUserId === userId;
  }

  createRoom(owner: UserRec, name: string, description: string): ChatRoomRec {
    const room: ChatRoomRec = { id: genId(), createdAt: new Date().toISOString(), name, description, ownerId: owner.id, members: new Map(), invitations: new Map() };
    this.rooms.set(room.id, room);
    return room;
  }

  invite(room: ChatRoomRec, user: UserRec): { id: string; createdAt: string; ignored: boolean } {
    if (this.isMember(room, user.id)) throw chatRefusal('already member');
    if (room.invitations.has(user.id)) throw chatRefusal('already invited');
    const invitation = { id: genId(), createdAt: new Date().toISOString(), ignored: false };
    room.invitations.set(user.id, invitation);
    return invitation;
  }

  join(room: ChatRoomRec, user: UserRec): void {
    if (!room.invitations.has(user.id)) {
      throw chatRefusal(`Could not find any entity of type "MiChatRoomInvitation" matching: {\n    "roomId": "${room.id}",\n    "userId": "${user.id}"\n}`, 'EntityNotFoundError');
    }
    room.invitations.delete(user.id);
    room.members.set(user.id, { id: genId(), createdAt: new Date().toISOString(), isMuted: false });
  }

  /** Latest message per conversation of `userId`, newest first: other users (room false) or rooms (room true). */
  history(userId: string, room: boolean, limit: number): ChatMessageRec[] {
    const seen = new Set<string>();
    const out: ChatMessageRec[] = [];
    for (let i = this.messages.length - 1; i >= 0 && out.length < limit; i--) {
      const m = this.messages[i]!;
      let key: string;
      if (room) {
        const r = m.toRoomId ? this.rooms.get(m.toRoomId) : undefined;
        if (!r || !this.isMember(r, userId)) continue;
        key = r.id;
      } else {
        if (m.toRoomId || (m.fromUserId !== userId && m.toUserId !== userId)) continue;
        key = m.fromUserId === userId ? m.toUserId! : m.fromUserId;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
    return out;
  }

  private store(fields: Omit<ChatMessageRec, 'id' | 'createdAt' | 'reactions'>): ChatMessageRec {
    const text = fields.text ? fields.text.trim() : null;
    const message: ChatMessageRec = { id: genId(), createdAt: new Date().toISOString(), ...fields, text, reactions: [] };
    this.messages.push(message);
    return message;
  }

  private mark(readerId: string, key: string): void {
    this.markers.add(`${readerId}:${key}`);
    const set = this.unread.get(readerId) ?? new Set<string>();
    set.add(key);
    this.unread.set(readerId, set);
  }

  private emitAbout(message: ChatMessageRec, type: string, body: (room: boolean) => unknown): void {
    if (message.toRoomId) {
      this.emit({ kind: 'chatRoom', roomId: message.toRoomId, type, body: body(true) });
      return;
    }
    this.emit({ kind: 'chatUser', userId: message.fromUserId, otherId: message.toUserId!, type, body: body(false) });
    this.emit({ kind: 'chatUser', userId: message.toUserId!, otherId: message.fromUserId, type, body: body(false) });
  }

  private emit(event: ChatStreamEvent): void {
    this.world.bus.emit(event);
  }
}
