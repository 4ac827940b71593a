import type { Chat, ChatMessageRec, ChatRoomRec } from './chat';
import type { Drive } from './drive';
import type { Packer } from './pack';
import type { State } from './state';

/** Chat entities as recorded (key order included): lite forms for 1:1 and rooms, the detailed form, rooms and invitations. */
export class ChatPacker {
  constructor(
    private readonly state: State,
    private readonly packer: Packer,
    private readonly drive: Drive,
    private readonly chat: () => Chat,
  ) {}

  private user(id: string) {
    return this.packer.userLite(this.state.users.get(id)!);
  }

  private file(m: ChatMessageRec) {
    const f = m.fileId ? this.drive.files.get(m.fileId) : undefined;
    return f ? this.drive.pack(f, 'none') : null;
  }

  /** create-to-user / user-timeline / chatUser `message` (ChatMessageLiteFor1on1), or the room form. */
  lite(m: ChatMessageRec) {
    if (m.toRoomId) {
      return {
        id: m.id,
        createdAt: m.createdAt,
        text: m.text,
        fromUserId: m.fromUserId,
        fromUser: this.user(m.fromUserId),
        toRoomId: m.toRoomId,
        fileId: m.fileId,
        file: this.file(m),
        reactions: m.reactions.map((r) => ({ user: this.user(r.userId), reaction: r.reaction })),
      };
    }
    return {
      id: m.id,
      createdAt: m.createdAt,
      text: m.text,
      fromUserId: m.fromUserId,
      toUserId: m.toUserId,
      fileId: m.fileId,
      file: this.file(m),
      reactions: m.reactions.map((r) => ({ reaction: r.reaction })),
    };
  }

  /** show / search / history / main `newChatMessage` (ChatMessage). */
  detailed(m: ChatMessageRec, viewerId?: string) {
    const room = m.toRoomId ? this.chat().rooms.get(m.toRoomId) : undefined;
    return {
      id: m.id,
      createdAt: m.createdAt,
      text: m.text,
      fromUserId: m.fromUserId,
      fromUser: this.user(m.fromUserId),
      toUserId: m.toUserId,
      ...(m.toUserId ? { toUser: this.user(m.toUserId) } : {}),
      toRoomId: m.toRoomId,
      ...(room ? { toRoom: this.room(room, viewerId) } : {}),
      fileId: m.fileId,
      file: this.file(m),
      reactions: m.reactions.map((r) => ({ user: this.user(r.userId), reaction: r.reaction })),
    };
  }

  room(r: ChatRoomRec, viewerId?: string) {
    return {
      id: r.id,
      createdAt: r.createdAt,
      name: r.name,
      description: r.description,
      ownerId: r.ownerId,
      owner: this.user(r.ownerId),
      isMuted: viewerId ? (r.members.get(viewerId)?.isMuted ?? false) : false,
      invitationExists: viewerId ? r.invitations.has(viewerId) : false,
    };
  }

  invitation(r: ChatRoomRec, userId: string, viewerId?: string) {
    const inv = r.invitations.get(userId)!;
    return { id: inv.id, createdAt: inv.createdAt, roomId: r.id, room: this.room(r, viewerId), userId, user: this.user(userId) };
  }
}
