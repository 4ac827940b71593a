import { createAnnouncementHandlers } from './announcementHandlers';
import { createCommandHandlers, type HandlerDeps } from './commandHandlers';
import type { CommandHandlers } from './commandRouter';
import { createContentHandlers } from './contentHandlers';

export interface AllHandlerDeps extends HandlerDeps {
  emitUploadProgress(progress: { uploadId: string; loaded: number; total: number }): void;
}

/** Every command of the contract: app, accounts and deck, then notes, users, drive and drafts. */
export function createAllHandlers(deps: AllHandlerDeps): CommandHandlers {
  return {
    ...createCommandHandlers(deps),
    ...createAnnouncementHandlers(deps.accounts),
    ...createContentHandlers({ platform: deps.platform, accounts: deps.accounts, drafts: deps.drafts, emitUploadProgress: deps.emitUploadProgress }),
  };
}
