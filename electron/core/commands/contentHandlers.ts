import type { AccountsService } from '../accounts/accountsService';
import type { DraftStore } from '../drafts/draftStore';
import { updateFile } from '../drive/updateFile';
import { uploadFile, type UploadProgress } from '../drive/uploadFile';
import { createNote, renote } from '../notes/createNote';
import { deleteNote } from '../notes/deleteNote';
import { setFavorite } from '../notes/favorites';
import { vote } from '../notes/polls';
import { react, unreact } from '../notes/reactions';
import { children, conversation, showNote } from '../notes/readNotes';
import { resolveNote } from '../notes/resolveNote';
import type { Platform } from '../platform';
import { CustomEmojiCache } from '../server/customEmojis';
import { ServerInfoCache } from '../server/serverInfo';
import { setFollowing } from '../users/follow';
import { searchUsers } from '../users/searchUsers';
import { showUser } from '../users/showUser';
import type { CommandHandlers } from './commandRouter';

export type ContentCommandName =
  | 'notes.show'
  | 'notes.conversation'
  | 'notes.children'
  | 'notes.delete'
  | 'notes.react'
  | 'notes.unreact'
  | 'notes.renote'
  | 'notes.vote'
  | 'notes.favorite'
  | 'notes.resolve'
  | 'notes.create'
  | 'users.show'
  | 'users.follow'
  | 'users.search'
  | 'server.info'
  | 'server.emojis'
  | 'drive.upload'
  | 'drive.update'
  | 'drafts.get'
  | 'drafts.save';

export interface ContentHandlerDeps {
  platform: Platform;
  accounts: AccountsService;
  drafts: DraftStore;
  emitUploadProgress(progress: UploadProgress): void;
  /** Drafts kept on the server too: a save is synced shortly, a read first takes the server's news. */
  draftSync?: { scheduleSync(accountId: string): void; syncBeforeRead(accountId: string): Promise<void> };
  onFavoriteChanged?(accountId: string, noteId: string, favorite: boolean): void;
}

/** Notes, users, the server's description and emojis, the drive and drafts: each command mapped onto its module. */
export function createContentHandlers({ platform, accounts, drafts, emitUploadProgress, draftSync, onFavoriteChanged }: ContentHandlerDeps): Pick<CommandHandlers, ContentCommandName> {
  const serverInfo = new ServerInfoCache(platform.now);
  const emojis = new CustomEmojiCache(platform.now);
  const client = (accountId: string) => accounts.clientFor(accountId);

  return {
    'notes.create': ({ accountId, ...note }) => createNote(client(accountId), note),
    'notes.show': ({ accountId, noteId }) => showNote(client(accountId), noteId),
    'notes.conversation': ({ accountId, noteId }) => conversation(client(accountId), noteId),
    'notes.children': ({ accountId, noteId }) => children(client(accountId), noteId),
    'notes.delete': ({ accountId, noteId }) => deleteNote(client(accountId), noteId),
    'notes.react': ({ accountId, noteId, reaction }) => react(client(accountId), noteId, reaction),
    'notes.unreact': ({ accountId, noteId }) => unreact(client(accountId), noteId),
    'notes.renote': ({ accountId, ...target }) => renote(client(accountId), target),
    'notes.vote': ({ accountId, noteId, choice }) => vote(client(accountId), noteId, choice),
    'notes.favorite': async ({ accountId, noteId, favorite }) => {
      await setFavorite(client(accountId), noteId, favorite);
      onFavoriteChanged?.(accountId, noteId, favorite);
      return null;
    },
    'notes.resolve': (input) => resolveNote(accounts, input),
    'users.show': ({ accountId, ...query }) => showUser(client(accountId), query),
    'users.follow': ({ accountId, userId, follow }) => setFollowing(client(accountId), userId, follow),
    'users.search': ({ accountId, query, limit }) => searchUsers(client(accountId), query, limit),
    'server.info': ({ accountId }) => serverInfo.get(client(accountId)),
    'server.emojis': ({ accountId }) => emojis.get(client(accountId)),
    'drive.upload': (input) =>
      uploadFile({ accounts, emitUploadProgress, ...(platform.fetch ? { fetch: platform.fetch } : {}), ...(platform.now ? { now: platform.now } : {}) }, input),
    'drive.update': ({ accountId, ...change }) => updateFile(client(accountId), change),
    'drafts.get': async ({ accountId, slot }) => {
      await draftSync?.syncBeforeRead(accountId);
      return drafts.get(accountId, slot);
    },
    'drafts.save': ({ accountId, draft, slot }) => {
      drafts.save(accountId, draft, slot);
      draftSync?.scheduleSync(accountId);
      return null;
    },
  };
}
