import type { ChatWatcher } from '../chat/chatWatcher';
import { createChatHandlers } from './chatHandlers';
import { createCommandHandlers, type HandlerDeps } from './commandHandlers';
import type { CommandHandlers } from './commandRouter';
import { createContentHandlers } from './contentHandlers';

export interface AllHandlerDeps extends HandlerDeps {
  emitUploadProgress(progress: { uploadId: string; loaded: number; total: number }): void;
  chat: ChatWatcher;
}

/** Every command of the contract: app, accounts and deck, then notes, users, drive and drafts. */
export function createAllHandlers(deps: AllHandlerDeps): CommandHandlers {
  return {
    ...createCommandHandlers(deps),
    ...createContentHandlers({ platform: deps.platform, accounts: deps.accounts, drafts: deps.drafts, emitUploadProgress: deps.emitUploadProgress }),
    ...createChatHandlers({ accounts: deps.accounts, chat: deps.chat }),
  };
}
