import type { ChatCommandName } from '../../../shared/contract/chatCommands';
import type { AccountsService } from '../accounts/accountsService';
import { createRoom, members, messagesPage, perform, reach, react, rooms, send, conversations } from '../chat/chatRequests';
import { chatRequest } from '../chat/chatErrors';
import type { ChatWatcher } from '../chat/chatWatcher';
import type { CommandHandlers } from './commandRouter';

export interface ChatHandlerDeps {
  accounts: AccountsService;
  chat: ChatWatcher;
}

const chatPermissions = ['read:chat', 'write:chat'];

/** The chat commands, mapped onto Misskey's chat/* endpoints and the chat watcher. */
export function createChatHandlers({ accounts, chat }: ChatHandlerDeps): Pick<CommandHandlers, ChatCommandName> {
  const client = (accountId: string) => accounts.clientFor(accountId);
  const meId = (accountId: string) => accounts.find(accountId)?.userId ?? '';
  return {
    'chat.status': async ({ accountId }) => {
      const granted = accounts.find(accountId)?.permissions ?? [];
      const permitted = chatPermissions.every((permission) => granted.includes(permission));
      if (!permitted) return { permitted, hasUnread: false };
      const me = (await chatRequest(client(accountId).requestUntyped('i', {}))) as { hasUnreadChatMessages?: unknown };
      return { permitted, hasUnread: me.hasUnreadChatMessages === true };
    },
    'chat.conversations': ({ accountId }) => conversations(client(accountId), meId(accountId)),
    'chat.messages': async ({ accountId, target, untilId, limit }) => {
      const page = await messagesPage(client(accountId), target, limit ?? 30, untilId);
      chat.feed(accountId, target)?.noteHeld(page.messages);
      return page;
    },
    'chat.watch': ({ entries }) => {
      chat.watch(entries);
      return null;
    },
    'chat.send': ({ accountId, target, text, fileId }) => send(client(accountId), target, text, fileId),
    'chat.react': ({ accountId, messageId, reaction, remove }) => react(client(accountId), messageId, reaction, remove ?? false),
    'chat.delete': ({ accountId, messageId }) => perform(client(accountId), 'chat/messages/delete', { messageId }),
    'chat.markRead': ({ accountId, target }) => {
      chat.feed(accountId, target)?.markRead();
      return null;
    },
    'chat.readAll': ({ accountId }) => perform(client(accountId), 'chat/read-all', {}),
    'chat.reach': ({ accountId, userId }) => reach(client(accountId), meId(accountId), userId),
    'chat.rooms': ({ accountId }) => rooms(client(accountId)),
    'chat.createRoom': ({ accountId, name, description }) => createRoom(client(accountId), name, description),
    'chat.invite': ({ accountId, roomId, userId }) => perform(client(accountId), 'chat/rooms/invitations/create', { roomId, userId }),
    'chat.join': ({ accountId, roomId }) => perform(client(accountId), 'chat/rooms/join', { roomId }),
    'chat.ignoreInvitation': ({ accountId, roomId }) => perform(client(accountId), 'chat/rooms/invitations/ignore', { roomId }),
    'chat.leave': ({ accountId, roomId }) => perform(client(accountId), 'chat/rooms/leave', { roomId }),
    'chat.members': ({ accountId, roomId }) => members(client(accountId), roomId),
  };
}
