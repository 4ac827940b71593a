import type { EventName, Events } from '../../shared/contract/events';
import type { AppStatus } from '../../shared/model/appStatus';
import { AccountsService } from './accounts/accountsService';
import { warnAboutWeakTokenStorage } from './app/appNotices';
import { NoticeBoard } from './app/noticeBoard';
import { MiAuthFlow } from './accounts/miAuthFlow';
import { createAllHandlers } from './commands/allHandlers';
import { createCommandRouter } from './commands/commandRouter';
import type { Core } from './core';
import { DeckService } from './deck/deckService';
import { DecksService } from './deck/decksService';
import { DraftStore } from './drafts/draftStore';
import { SettingsStore } from './settings/settingsStore';
import { LiveStateSnapshot } from './events/liveStateSnapshot';
import { TimelineBatcher } from './events/timelineBatcher';
import type { Platform } from './platform';
import { StreamingHub } from './streaming/streamingHub';

export interface CoreTuning {
  /** Batch interval for timeline events. */
  batchIntervalMs?: number;
  backoff?: { initialMs: number; maxMs: number };
  heartbeatMs?: number;
  ackTimeoutMs?: number;
  signInDeadlineMs?: number;
  signInFirstPollMs?: number;
}

export interface CoreWithTestHooks extends Core {
  /** Drops every streaming socket as a network failure would. */
  dropStreamsForTest(): void;
  tokensForLeakChecks(): string[];
}

/** The composition root of the core: services wired to each other and to the platform. */
export function createCore(platform: Platform, tuning: CoreTuning = {}): CoreWithTestHooks {
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const emit = <E extends EventName>(name: E, payload: Events[E]): void => {
    for (const listener of listeners) listener(name, payload);
  };

  const notices = new NoticeBoard(() => emit('app.statusChanged', appStatus()));
  const appStatus = (): AppStatus => ({ tokenStorage: accounts.tokenStorage(), notices: notices.all() });
  const settings = new SettingsStore(platform.store, platform.logger);
  const liveState = new LiveStateSnapshot();
  const batcher = new TimelineBatcher((items) => emit('timeline.batch', { items }), tuning.batchIntervalMs, (item) => liveState.record(item));
  // The services call each other through these closures only after all of them exist.
  const accounts = new AccountsService(platform, {
    onChanged: (views) => emit('accounts.changed', { accounts: views }),
    onSignedIn: (account, isNew) => {
      deck.stopFeeds(account.id);
      deck.startFeeds(account.id);
      decks.bindSignedIn(account.id);
      if (isNew) deck.ensureStarterColumns(account.id);
    },
    onSignedOut: (accountId) => {
      deck.stopFeeds(accountId);
      hub.closeAccount(accountId);
    },
    onProblem: (problem) => notices.post({ level: 'warning', ...problem }),
  });
  const hub = new StreamingHub({
    logger: platform.logger,
    ...(tuning.backoff ? { backoff: tuning.backoff } : {}),
    ...(tuning.heartbeatMs ? { heartbeatMs: tuning.heartbeatMs } : {}),
    ...(tuning.ackTimeoutMs ? { ackTimeoutMs: tuning.ackTimeoutMs } : {}),
    onState: (accountId, state, retryInMs) =>
      batcher.add({ type: 'connection', accountId, state, ...(retryInMs === undefined ? {} : { retryInMs }) }),
    onReconnected: (accountId) => deck.backfill(accountId),
    onUnauthorized: (accountId) => accounts.markNeedsReauth(accountId),
    onNoteUpdated: (accountId, noteId, update) => batcher.add({ type: 'noteUpdated', accountId, noteId, update }),
  });
  const deck: DeckService = new DeckService(platform, accounts, hub, batcher, (columns) => emit('deck.changed', { columns }));
  const decks = new DecksService(deck, accounts, (view) => emit('decks.changed', view), platform.now);
  const miAuth = new MiAuthFlow({
    appName: 'MissDeck',
    ...(platform.appIconUrl ? { appIconUrl: platform.appIconUrl } : {}),
    callbackUrl: platform.authCallbackUrl,
    opener: platform.opener,
    logger: platform.logger,
    ...(platform.fetch ? { fetch: platform.fetch } : {}),
    ...(tuning.signInDeadlineMs ? { deadlineMs: tuning.signInDeadlineMs } : {}),
    ...(tuning.signInFirstPollMs ? { firstPollMs: tuning.signInFirstPollMs } : {}),
    onApproved: async (approved) => accounts.approve(approved).id,
    onProgress: (attempt) => emit('accounts.signInProgress', attempt),
  });
  const handlers = createAllHandlers({
    platform,
    accounts,
    deck,
    miAuth,
    notices,
    drafts: new DraftStore(platform.store, platform.logger, platform.now),
    settings,
    onSettingsChanged: (changed) => emit('settings.changed', changed),
    appStatus,
    emitUploadProgress: (progress) => emit('drive.uploadProgress', progress),
    liveState: () => liveState.items(),
    decks,
  });
  const dispatch = createCommandRouter(handlers, platform.logger);

  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    handleAuthCallback: (url) => miAuth.handleCallback(url),
    async start() {
      for (const problem of platform.store.problems ?? []) notices.post({ level: 'warning', ...problem });
      const { problem } = settings.load();
      if (problem) notices.post({ level: 'warning', ...problem });
      accounts.load();
      accounts.refreshServers().catch((error: unknown) => platform.logger.warn('server refresh failed', { error: String(error) }));
      warnAboutWeakTokenStorage(platform.cipher, accounts.tokenStorage().sessionOnly, notices);
      deck.load();
      deck.startFeeds();
    },
    async dispose() {
      accounts.dispose();
      miAuth.dispose();
      deck.dispose();
      hub.closeAll();
      batcher.dispose();
      listeners.clear();
    },
    dropStreamsForTest: () => hub.dropAllForTest(),
    tokensForLeakChecks: () => accounts.tokensForLeakChecks(),
  };
}
