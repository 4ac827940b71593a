import { chatErrors, chatRefusal, type ChatRoomRec } from '../chat';
import { optBool, optString, requiredString } from './params';
import { me, type ApiCtx, type Endpoint } from './types';

// chat/rooms/* and chat/rooms/invitations/* (fixtures chat/rooms-*.json).

function room(ctx: ApiCtx): ChatRoomRec {
  const found = ctx.world.chat.rooms.get(requiredString(ctx.body, 'roomId'));
  if (!found) throw chatErrors.noSuchRoom();
  return found;
}

function ownRoom(ctx: ApiCtx): ChatRoomRec {
  const found = room(ctx);
  if (found.ownerId !== me(ctx).id) throw chatErrors.noSuchRoom();
  return found;
}

const w = { requireCredential: true, permission: 'write:chat' } as const;
const r = { requireCredential: true, permission: 'read:chat' } as const;

export const chatRoomEndpoints: Record<string, Endpoint> = {
  'chat/rooms/create': {
    ...w,
    handler: (ctx) => {
      const created = ctx.world.chat.createRoom(me(ctx), requiredString(ctx.body, 'name'), optString(ctx.body, 'description') ?? '');
      return ctx.world.chatPack.room(created, me(ctx).id);
    },
  },
  'chat/rooms/show': { ...r, handler: (ctx) => ctx.world.chatPack.room(room(ctx), me(ctx).id) },
  'chat/rooms/update': {
    ...w,
    handler: (ctx) => {
      const found = ownRoom(ctx);
      found.name = optString(ctx.body, 'name') ?? found.name;
      found.description = optString(ctx.body, 'description') ?? found.description;
      return ctx.world.chatPack.room(found, me(ctx).id);
    },
  },
  'chat/rooms/delete': {
    ...w,
    handler: (ctx) => {
      ctx.world.chat.rooms.delete(ownRoom(ctx).id);
      return undefined;
    },
  },
  'chat/rooms/owned': {
    ...r,
    handler: (ctx) => [...ctx.world.chat.rooms.values()].filter((x) => x.ownerId === me(ctx).id).reverse().map((x) => ctx.world.chatPack.room(x, me(ctx).id)),
  },
  'chat/rooms/joining': {
    ...r,
    handler: (ctx) => {
      const self = me(ctx).id;
      return [...ctx.world.chat.rooms.values()]
        .filter((x) => x.members.has(self))
        .reverse()
        .map((x) => {
          const m = x.members.get(self)!;
          return { id: m.id, createdAt: m.createdAt, userId: self, roomId: x.id, room: ctx.world.chatPack.room(x, self) };
        });
    },
  },
  'chat/rooms/members': {
    ...w,
    handler: (ctx) => {
      const found = room(ctx);
      if (!ctx.world.chat.isMember(found, me(ctx).id)) throw chatErrors.noSuchRoom();
      return [...found.members.entries()].map(([userId, m]) => ({
        id: m.id,
        createdAt: m.createdAt,
        userId,
        user: ctx.packer.userLite(ctx.state.users.get(userId)!),
        roomId: found.id,
      }));
    },
  },
  'chat/rooms/join': {
    ...w,
    handler: (ctx) => {
      ctx.world.chat.join(room(ctx), me(ctx));
      return undefined;
    },
  },
  'chat/rooms/leave': {
    ...w,
    handler: (ctx) => {
      const found = room(ctx);
      if (found.ownerId === me(ctx).id) throw chatRefusal('owner cannot leave');
      found.members.delete(me(ctx).id);
      return undefined;
    },
  },
  'chat/rooms/mute': {
    ...w,
    handler: (ctx) => {
      const membership = room(ctx).members.get(me(ctx).id);
      if (membership) membership.isMuted = optBool(ctx.body, 'mute') ?? false;
      return undefined;
    },
  },
  'chat/rooms/invitations/create': {
    ...w,
    handler: (ctx) => {
      const found = ownRoom(ctx);
      const user = ctx.state.users.get(requiredString(ctx.body, 'userId'));
      if (!user) throw chatErrors.noSuchUser();
      ctx.world.chat.invite(found, user);
      return ctx.world.chatPack.invitation(found, user.id);
    },
  },
  'chat/rooms/invitations/inbox': {
    ...r,
    handler: (ctx) => {
      const self = me(ctx).id;
      return [...ctx.world.chat.rooms.values()]
        .filter((x) => x.invitations.has(self) && !x.invitations.get(self)!.ignored)
        .reverse()
        .map((x) => ctx.world.chatPack.invitation(x, self, self));
    },
  },
  'chat/rooms/invitations/outbox': {
    ...r,
    handler: (ctx) => {
      const found = ownRoom(ctx);
      return [...found.invitations.keys()].map((userId) => ctx.world.chatPack.invitation(found, userId));
    },
  },
  'chat/rooms/invitations/ignore': {
    ...w,
    handler: (ctx) => {
      const invitation = room(ctx).invitations.get(me(ctx).id);
      if (invitation) invitation.ignored = true;
      return undefined;
    },
  },
};
