import type { PreviewCommandName } from '../../../shared/contract/previewCommands';
import type { AnnouncementCommandName } from './announcementHandlers';
import type { AccountsService } from '../accounts/accountsService';
import type { MiAuthFlow } from '../accounts/miAuthFlow';
import type { DeckService } from '../deck/deckService';
import { isSafeExternalUrl } from '../../../shared/links/externalUrl';
import type { TimelineItem } from '../../../shared/contract/events';
import type { AppStatus } from '../../../shared/model/appStatus';
import { weakTokenStorageNoticeId } from '../app/appNotices';
import type { NoticeBoard } from '../app/noticeBoard';
import type { DraftStore } from '../drafts/draftStore';
import type { Settings } from '../../../shared/model/settings';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { SettingsStore } from '../settings/settingsStore';
import type { Platform } from '../platform';
import { CommandFailure } from './commandFailure';
import type { CommandHandlers } from './commandRouter';
import type { ColumnCacheCommandName } from './columnCacheHandlers';
import type { ContentCommandName } from './contentHandlers';
import type { DraftsClipsCommandName } from './draftsClipsHandlers';
import type { MutesCommandName } from './mutesHandlers';
import type { ChatCommandName } from '../../../shared/contract/chatCommands';
import type { decksCommands } from '../../../shared/contract/decksCommands';

export interface HandlerDeps {
  platform: Platform;
  accounts: AccountsService;
  deck: DeckService;
  miAuth: MiAuthFlow;
  notices: NoticeBoard;
  drafts: DraftStore;
  settings: SettingsStore;
  onSettingsChanged(settings: Settings): void;
  appStatus(): AppStatus;
  liveState(): TimelineItem[];
}

/** The app, account and deck commands, mapped onto the services (notes and the rest: contentHandlers). */
export function createCommandHandlers({ platform, accounts, deck, miAuth, notices, drafts, settings, onSettingsChanged, appStatus, liveState }: HandlerDeps): Omit<CommandHandlers, ContentCommandName | ColumnCacheCommandName | 'notes.translate' | DraftsClipsCommandName | PreviewCommandName | MutesCommandName | AnnouncementCommandName | ChatCommandName | keyof typeof decksCommands> {
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
    'settings.get': () => settings.get(),
    'settings.update': ({ patch }) => {
      const updated = settings.update(patch);
      onSettingsChanged(updated);
      return updated;
    },
    'app.openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new CommandFailure('INVALID_INPUT', coreMessage('onlyWebLinks'));
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
      drafts.removeAccount(accountId);
      await deck.forgetAccountCache(accountId);
      if (columns === 'remove') deck.removeColumnsOf(accountId);
      return removal;
    },
    'accounts.reorder': ({ accountIds }) => accounts.reorder(accountIds),
    'accounts.setDefault': ({ accountId }) => accounts.setDefault(accountId),
    'deck.get': () => deck.columns(),
    'deck.liveState': () => liveState(),
    'deck.addColumn': (input) => deck.addColumn(input),
    'deck.updateColumn': ({ columnId, ...change }) => deck.updateColumn(columnId, change),
    'deck.moveColumn': ({ columnId, toIndex }) => deck.moveColumn(columnId, toIndex),
    'deck.sources': ({ accountId, kind }) => deck.sources(accountId, kind),
    'deck.removeColumn': ({ columnId }) => {
      deck.removeColumn(columnId);
      return null;
    },
    'timeline.load': ({ columnId, untilId, sinceId, limit }) => deck.loadTimeline(columnId, untilId, sinceId, limit ?? 20),
    'notifications.load': ({ columnId, untilId, limit }) => deck.loadNotifications(columnId, untilId !== undefined, limit ?? 20),
    'notes.watch': ({ notes }) => {
      deck.watchNotes(notes);
      return null;
    },
  };
}
