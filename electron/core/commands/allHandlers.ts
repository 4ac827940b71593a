import { createCommandHandlers, type HandlerDeps } from './commandHandlers';
import type { CommandHandlers } from './commandRouter';
import { createContentHandlers } from './contentHandlers';
import { createDecksHandlers } from './decksHandlers';
import type { DecksService } from '../deck/decksService';

export interface AllHandlerDeps extends HandlerDeps {
  emitUploadProgress(progress: { uploadId: string; loaded: number; total: number }): void;
  decks: DecksService;
}

/** Every command of the contract: app, accounts and deck, then notes, users, drive and drafts. */
export function createAllHandlers(deps: AllHandlerDeps): CommandHandlers {
  return {
    ...createCommandHandlers(deps),
    ...createContentHandlers({ platform: deps.platform, accounts: deps.accounts, drafts: deps.drafts, emitUploadProgress: deps.emitUploadProgress }),
    ...createDecksHandlers(deps),
  };
}
