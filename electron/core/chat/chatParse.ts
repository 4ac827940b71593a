import { z } from 'zod';
import type { ChatConversation, ChatInvitation, ChatMessage, ChatRoom } from '../../../shared/model/chat';
import type { UserLite } from '../../../shared/model/content';

// Chat answers and frames come in several forms (1:1 lite, room lite, detailed, history); one parse maps
// them all onto ChatMessage. Anything without the fields the deck relies on is dropped, never shown half.

const userLite = z.looseObject({ id: z.string().min(1), username: z.string() }).transform((user) => user as unknown as UserLite);
const file = z.looseObject({
  id: z.string(),
  name: z.string().catch(''),
  type: z.string().catch('application/octet-stream'),
  url: z.string(),
  thumbnailUrl: z.string().nullable().catch(null),
  isSensitive: z.boolean().catch(false),
  size: z.number().catch(0),
});
const reaction = z.looseObject({ reaction: z.string().min(1).max(256), user: userLite.nullish().catch(null) });
/** More reactions than anyone could read on one message are a hostile server's: the first ones are kept. */
const maxReactions = 1_000;
/** Each readable reaction of the first `maxReactions`; a broken entry drops only itself. */
const reactions = z
  .array(z.unknown())
  .catch([])
  .transform((list) => list.slice(0, maxReactions).flatMap((each) => reaction.safeParse(each).data ?? []));
const message = z.looseObject({
  id: z.string().min(1),
  createdAt: z.string().min(1),
  text: z.string().nullish(),
  fromUserId: z.string().min(1),
  fromUser: userLite.nullish().catch(null),
  toUserId: z.string().nullish(),
  toRoomId: z.string().nullish(),
  file: file.nullish().catch(null),
  reactions,
});
const room = z.looseObject({
  id: z.string().min(1),
  name: z.string().catch(''),
  description: z.string().nullish(),
  ownerId: z.string(),
  owner: userLite.nullish().catch(null),
  isMuted: z.boolean().catch(false),
});

type RawMessage = z.output<typeof message>;

function toMessage(raw: RawMessage): ChatMessage {
  const f = raw.file;
  return {
    id: raw.id,
    createdAt: raw.createdAt,
    text: raw.text ?? null,
    fromUserId: raw.fromUserId,
    fromUser: raw.fromUser ?? null,
    toUserId: raw.toUserId ?? null,
    toRoomId: raw.toRoomId ?? null,
    file: f ? { id: f.id, name: f.name, type: f.type, url: f.url, thumbnailUrl: f.thumbnailUrl, isSensitive: f.isSensitive, size: f.size } : null,
    reactions: raw.reactions.map((r) => ({ reaction: r.reaction, userId: r.user?.id ?? null })),
  };
}

export function toRoom(raw: z.output<typeof room>): ChatRoom {
  return { id: raw.id, name: raw.name, description: raw.description ?? '', ownerId: raw.ownerId, owner: raw.owner ?? null, isMuted: raw.isMuted };
}

export function parseChatMessage(value: unknown): ChatMessage | null {
  const parsed = message.safeParse(value);
  return parsed.success ? toMessage(parsed.data) : null;
}

/** Every well-formed message of an answer; a non-array answer is none. */
export function parseChatMessages(value: unknown): ChatMessage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((each) => parseChatMessage(each) ?? []);
}

export function parseChatRoom(value: unknown): ChatRoom | null {
  const parsed = room.safeParse(value);
  return parsed.success ? toRoom(parsed.data) : null;
}

export function parseChatRooms(value: unknown, pick: (each: unknown) => unknown = (each) => each): ChatRoom[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((each) => parseChatRoom(pick(each)) ?? []);
}

const invitation = z.looseObject({ id: z.string().min(1), createdAt: z.string(), room });
export function parseInvitations(value: unknown): ChatInvitation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((each) => {
    const parsed = invitation.safeParse(each);
    return parsed.success ? [{ id: parsed.data.id, createdAt: parsed.data.createdAt, room: toRoom(parsed.data.room) }] : [];
  });
}

const historyEntry = message.extend({ toUser: userLite.nullish().catch(null), toRoom: room.nullish().catch(null), isRead: z.boolean().catch(true) });
/** `chat/history` entries of the account `meId`: the latest message of each conversation. */
export function parseHistory(value: unknown, meId: string): ChatConversation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((each): ChatConversation[] => {
    const parsed = historyEntry.safeParse(each);
    if (!parsed.success) return [];
    const entry = parsed.data;
    const last = toMessage(entry);
    if (entry.toRoomId) {
      return [{ target: { kind: 'room', id: entry.toRoomId }, user: null, room: entry.toRoom ? toRoom(entry.toRoom) : null, last, isRead: entry.isRead }];
    }
    const other = entry.fromUserId === meId ? entry.toUser : entry.fromUser;
    if (!other) return [];
    return [{ target: { kind: 'user', id: other.id }, user: other, room: null, last, isRead: entry.isRead }];
  });
}

const members = z.array(z.looseObject({ user: userLite }));
export function parseMembers(value: unknown): UserLite[] {
  const parsed = members.safeParse(value);
  return parsed.success ? parsed.data.map((m) => m.user) : [];
}

/** `react` / `unreact` frames: `{messageId, reaction}` (1:1) or with `user` (rooms). */
const reactionFrame = z.looseObject({ messageId: z.string().min(1), reaction: z.string().min(1).max(256), user: userLite.nullish().catch(null) });
export function parseReactionFrame(value: unknown): { messageId: string; reaction: string; userId: string | null } | null {
  const parsed = reactionFrame.safeParse(value);
  return parsed.success ? { messageId: parsed.data.messageId, reaction: parsed.data.reaction, userId: parsed.data.user?.id ?? null } : null;
}
