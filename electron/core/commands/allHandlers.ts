import { createAnnouncementHandlers } from './announcementHandlers';
import type { ChatWatcher } from '../chat/chatWatcher';
import { createChatHandlers } from './chatHandlers';
import { createCommandHandlers, type HandlerDeps } from './commandHandlers';
import type { CommandHandlers } from './commandRouter';
import { createColumnCacheHandlers } from './columnCacheHandlers';
import { createContentHandlers } from './contentHandlers';
import { createTranslateHandlers } from './translateHandlers';
import { createDraftsClipsHandlers } from './draftsClipsHandlers';
import { ServerDraftSync } from '../drafts/serverDraftSync';
import { showNote } from '../notes/readNotes';
import { createPreviewHandlers } from './previewHandlers';
import { createMutesHandlers } from './mutesHandlers';
import type { MuteService } from '../mutes/muteService';
import { createDecksHandlers } from './decksHandlers';
import type { DecksService } from '../deck/decksService';

export interface AllHandlerDeps extends HandlerDeps {
  emitUploadProgress(progress: { uploadId: string; loaded: number; total: number }): void;
  mutes: MuteService;
  chat: ChatWatcher;
  decks: DecksService;
}

/** Every command of the contract: app, accounts and deck, then notes, users, drive and drafts. */
export function createAllHandlers(deps: AllHandlerDeps): CommandHandlers {
  const { platform, accounts, deck, drafts } = deps;
  const draftSync = new ServerDraftSync(accounts, drafts, platform.store, platform.logger, deps.notices, platform.now);
  // Favourites columns follow what is marked here at once (nothing streams favourites).
  const onFavoriteChanged = (accountId: string, noteId: string, favorite: boolean) => {
    if (!favorite) return deck.collectionChanged(accountId, { kind: 'favorites' }, { removedNoteId: noteId });
    showNote(accounts.clientFor(accountId), noteId)
      .then((note) => deck.collectionChanged(accountId, { kind: 'favorites' }, { added: note }))
      .catch((error: unknown) => platform.logger.warn('favourite not shown', { error: String(error) }));
  };
  const core = createCommandHandlers(deps);
  return {
    ...core,
    // A removed account's drafts leave MissDeck only: its server drafts stay, untied.
    'accounts.remove': async (input) => {
      const removal = await core['accounts.remove'](input);
      draftSync.removeAccount(input.accountId);
      return removal;
    },
    ...createColumnCacheHandlers(deps.deck),
    ...createContentHandlers({ platform, accounts, drafts, emitUploadProgress: deps.emitUploadProgress, draftSync, onFavoriteChanged }),
    ...createTranslateHandlers({ accounts: deps.accounts }),
    ...createDraftsClipsHandlers({ accounts, deck, draftSync }),
    ...createPreviewHandlers(deps),
    ...createMutesHandlers(deps.mutes, deps.accounts),
    ...createAnnouncementHandlers(deps.accounts),
    ...createChatHandlers({ accounts: deps.accounts, chat: deps.chat }),
    ...createDecksHandlers(deps),
  };
}
