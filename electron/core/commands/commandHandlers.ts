import type { AccountsService } from '../accounts/accountsService';
import type { MiAuthFlow } from '../accounts/miAuthFlow';
import type { DeckService } from '../deck/deckService';
import { isSafeExternalUrl } from '../../../shared/links/externalUrl';
import type { Note } from '../../../shared/model/note';
import type { AppStatus } from '../../../shared/model/appStatus';
import { weakTokenStorageNoticeId } from '../app/appNotices';
import type { NoticeBoard } from '../app/noticeBoard';
import type { Platform } from '../platform';
import { CommandFailure } from './commandFailure';
import type { CommandHandlers } from './commandRouter';

export interface HandlerDeps {
  platform: Platform;
  accounts: AccountsService;
  deck: DeckService;
  miAuth: MiAuthFlow;
  notices: NoticeBoard;
  appStatus(): AppStatus;
}

/** Every contract command, mapped onto the services. */
export function createCommandHandlers({ platform, accounts, deck, miAuth, notices, appStatus }: HandlerDeps): CommandHandlers {
  return {
    'app.info': () => ({ version: platform.appVersion, shell: platform.shell }),
    'app.status': () => appStatus(),
    'app.dismissNotice': ({ noticeId }) => {
      notices.dismiss(noticeId);
      return null;
    },
    'app.setTokensSessionOnly': ({ sessionOnly }) => {
      accounts.setSessionOnly(sessionOnly);
      if (sessionOnly) notices.dismiss(weakTokenStorageNoticeId);
      return appStatus();
    },
    'app.openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new CommandFailure('INVALID_INPUT', 'Only http and https links can be opened.');
      await platform.opener.open(url);
      return null;
    },
    'accounts.list': () => accounts.views(),
    'accounts.signIn': ({ server }) => miAuth.start(server),
    'accounts.cancelSignIn': ({ attemptId }) => {
      miAuth.cancel(attemptId);
      return null;
    },
    'accounts.remove': async ({ accountId, columns }) => {
      const removal = await accounts.remove(accountId);
      if (columns === 'remove') deck.removeColumnsOf(accountId);
      return removal;
    },
    'accounts.reorder': ({ accountIds }) => accounts.reorder(accountIds),
    'accounts.setDefault': ({ accountId }) => accounts.setDefault(accountId),
    'deck.get': () => deck.columns(),
    'deck.addColumn': (input) => deck.addColumn(input),
    'deck.removeColumn': ({ columnId }) => {
      deck.removeColumn(columnId);
      return null;
    },
    'timeline.load': ({ columnId, untilId, limit }) => deck.loadTimeline(columnId, untilId, limit ?? 20),
    'notes.create': async ({ accountId, text, cw, visibility, localOnly }) => {
      const answer = await accounts.clientFor(accountId).request('notes/create', {
        text,
        ...(cw ? { cw } : {}),
        ...(visibility ? { visibility } : {}),
        ...(localOnly === undefined ? {} : { localOnly }),
      });
      return (answer as { createdNote: Note }).createdNote;
    },
  };
}
