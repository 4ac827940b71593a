import { chatErrors, type ChatMessageRec } from '../chat';
import { invalidParam } from '../errors';
import { codePoints, optBool, optInt, optString, requiredString } from './params';
import { page, readPaging } from './timelines';
import { me, type ApiCtx, type Endpoint } from './types';

// chat/messages/* and chat/history, chat/read-all (fixtures chat/*.json).

function content(ctx: ApiCtx): { text: string | null; fileId: string | null } {
  const text = optString(ctx.body, 'text', true) ?? null;
  if (text !== null && codePoints(text) > 2000) throw invalidParam('#/properties/text/maxLength', 'must NOT have more than 2000 characters');
  const fileId = optString(ctx.body, 'fileId', true) ?? null;
  if (fileId !== null && ctx.world.drive.files.get(fileId)?.userId !== ctx.user?.id) throw chatErrors.noSuchFile();
  if (!text && !fileId) throw chatErrors.contentRequired();
  return { text, fileId };
}

function myMessage(ctx: ApiCtx, notFound: () => Error): ChatMessageRec {
  const message = ctx.world.chat.message(requiredString(ctx.body, 'messageId'));
  if (!message || !ctx.world.chat.canSee(me(ctx).id, message)) throw notFound();
  return message;
}

function room(ctx: ApiCtx, key: string, notFound = chatErrors.noSuchRoom) {
  const found = ctx.world.chat.rooms.get(requiredString(ctx.body, key));
  if (!found) throw notFound();
  return found;
}

const w = { requireCredential: true, permission: 'write:chat' } as const;
const r = { requireCredential: true, permission: 'read:chat' } as const;

export const chatMessageEndpoints: Record<string, Endpoint> = {
  'chat/messages/create-to-user': {
    ...w,
    handler: (ctx) => {
      const to = ctx.state.users.get(requiredString(ctx.body, 'toUserId'));
      if (!to) throw chatErrors.noSuchUser();
      const { text, fileId } = content(ctx);
      return ctx.world.chatPack.lite(ctx.world.chat.sendToUser(me(ctx), to, text, fileId));
    },
  },
  'chat/messages/create-to-room': {
    ...w,
    handler: (ctx) => {
      const to = room(ctx, 'toRoomId', chatErrors.noSuchRoomToPost);
      const { text, fileId } = content(ctx);
      return ctx.world.chatPack.lite(ctx.world.chat.sendToRoom(me(ctx), to, text, fileId));
    },
  },
  'chat/messages/user-timeline': {
    ...r,
    handler: (ctx) => {
      const other = ctx.state.users.get(requiredString(ctx.body, 'userId'));
      if (!other) throw chatErrors.noSuchUser();
      const self = me(ctx).id;
      const list = ctx.world.chat.messages.filter(
        (m) => !m.toRoomId && ((m.fromUserId === self && m.toUserId === other.id) || (m.fromUserId === other.id && m.toUserId === self)),
      );
      ctx.world.chat.read(self, `user:${other.id}`);
      const paging = readPaging(ctx.body);
      return ctx.world.injectedChat.mix(self, other.id, page(list, paging).map((m) => ctx.world.chatPack.lite(m)), paging);
    },
  },
  'chat/messages/room-timeline': {
    ...r,
    handler: (ctx) => {
      const found = room(ctx, 'roomId');
      const self = me(ctx).id;
      if (!ctx.world.chat.isMember(found, self)) throw chatErrors.noSuchRoom();
      ctx.world.chat.read(self, `room:${found.id}`);
      return page(
        ctx.world.chat.messages.filter((m) => m.toRoomId === found.id),
        readPaging(ctx.body),
      ).map((m) => ctx.world.chatPack.lite(m));
    },
  },
  'chat/messages/show': { ...r, handler: (ctx) => ctx.world.chatPack.detailed(myMessage(ctx, chatErrors.noSuchMessage), me(ctx).id) },
  'chat/messages/delete': {
    ...w,
    handler: (ctx) => {
      const message = myMessage(ctx, chatErrors.noSuchMessageToDelete);
      if (message.fromUserId !== me(ctx).id) throw chatErrors.noSuchMessageToDelete();
      ctx.world.chat.delete(message);
      return undefined;
    },
  },
  'chat/messages/react': {
    ...w,
    handler: (ctx) => {
      const reaction = requiredString(ctx.body, 'reaction');
      ctx.world.chat.react(me(ctx), myMessage(ctx, chatErrors.noSuchMessage), reaction);
      return undefined;
    },
  },
  'chat/messages/unreact': {
    ...w,
    handler: (ctx) => {
      const reaction = requiredString(ctx.body, 'reaction');
      ctx.world.chat.unreact(me(ctx), myMessage(ctx, chatErrors.noSuchMessage), reaction);
      return undefined;
    },
  },
  'chat/messages/search': {
    ...r,
    handler: (ctx) => {
      const query = requiredString(ctx.body, 'query').toLowerCase();
      const limit = optInt(ctx.body, 'limit', 1, 100) ?? 10;
      const userId = optString(ctx.body, 'userId', true) ?? null;
      const self = me(ctx).id;
      return ctx.world.chat.messages
        .filter((m) => ctx.world.chat.canSee(self, m) && (m.text ?? '').toLowerCase().includes(query))
        .filter((m) => userId === null || (!m.toRoomId && (m.fromUserId === userId || m.toUserId === userId)))
        .reverse()
        .slice(0, limit)
        .map((m) => ctx.world.chatPack.detailed(m, self));
    },
  },
  'chat/history': {
    ...r,
    handler: (ctx) => {
      const rooms = optBool(ctx.body, 'room') ?? false;
      const limit = optInt(ctx.body, 'limit', 1, 100) ?? 10;
      const self = me(ctx).id;
      const packed = ctx.world.chat.history(self, rooms, limit).map((m) => {
        const other = m.toRoomId ? `room:${m.toRoomId}` : `user:${m.fromUserId === self ? m.toUserId : m.fromUserId}`;
        return { ...ctx.world.chatPack.detailed(m, self), isRead: ctx.world.chat.isRead(self, other) };
      });
      return rooms ? packed : ctx.world.injectedChat.history(self, packed, limit);
    },
  },
  'chat/read-all': {
    ...w,
    handler: (ctx) => {
      ctx.world.chat.readAll(me(ctx).id);
      return undefined;
    },
  },
};
