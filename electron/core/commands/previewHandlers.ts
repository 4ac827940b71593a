import type { AccountsService } from '../accounts/accountsService';
import type { Platform } from '../platform';
import { LinkPreviews } from '../previews/linkPreviews';
import type { CommandHandlers } from './commandRouter';

/** Link previews, asked of the server of the account that shows the note. */
export function createPreviewHandlers({ platform, accounts }: { platform: Platform; accounts: AccountsService }): Pick<CommandHandlers, 'previews.get'> {
  const previews = new LinkPreviews({ ...(platform.fetch ? { fetch: platform.fetch } : {}), ...(platform.now ? { now: platform.now } : {}) });
  return {
    'previews.get': ({ accountId, url, lang }) => previews.get(accounts.clientFor(accountId), url, lang),
  };
}
