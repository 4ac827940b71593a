import type { EventName, Events } from '../../shared/contract/events';
import type { AppStatus } from '../../shared/model/appStatus';
import { AccountsService } from './accounts/accountsService';
import { warnAboutWeakTokenStorage } from './app/appNotices';
import { NoticeBoard } from './app/noticeBoard';
import { TokenWatch } from './accounts/tokenWatch';
import { MiAuthFlow } from './accounts/miAuthFlow';
import { createAllHandlers } from './commands/allHandlers';
import { createCommandRouter } from './commands/commandRouter';
import type { Core } from './core';
import { ColumnCache } from './cache/columnCache';
import { ChatWatcher } from './chat/chatWatcher';
import { DeckService } from './deck/deckService';
import { DecksService } from './deck/decksService';
import { DraftStore } from './drafts/draftStore';
import { MuteService } from './mutes/muteService';
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
  /** How long the column cache waits after a change before writing it. */
  cacheWriteDelayMs?: number;
  /** How often a connected account's token is checked (TokenWatch; default about 60 s). */
  tokenCheckMs?: number;
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
      tokenWatch.unwatch(accountId);
      deck.stopFeeds(accountId);
      mutes.forget(accountId);
      chat.stopAccount(accountId);
      hub.closeAccount(accountId);
    },
    onProblem: (problem) => notices.post({ level: 'warning', ...problem }),
  });
  const hub = new StreamingHub({
    logger: platform.logger,
    ...(tuning.backoff ? { backoff: tuning.backoff } : {}),
    ...(tuning.heartbeatMs ? { heartbeatMs: tuning.heartbeatMs } : {}),
    ...(tuning.ackTimeoutMs ? { ackTimeoutMs: tuning.ackTimeoutMs } : {}),
    onState: (accountId, state, retryInMs) => {
      if (state === 'connected') tokenWatch.watch(accountId);
      else tokenWatch.unwatch(accountId);
      batcher.add({ type: 'connection', accountId, state, ...(retryInMs === undefined ? {} : { retryInMs }) });
    },
    onReconnected: (accountId) => {
      deck.backfill(accountId);
      mutes.refresh(accountId);
      chat.backfill(accountId);
    },
    onUnauthorized: (accountId) => accounts.markNeedsReauth(accountId),
    onNoteUpdated: (accountId, noteId, update) => {
      if (update.type === 'deleted') deck.noteDeleted(noteId);
      batcher.add({ type: 'noteUpdated', accountId, noteId, update });
    },
  });
  const cache = platform.blobs ? new ColumnCache(platform.blobs, platform.cipher, platform.logger, tuning.cacheWriteDelayMs) : undefined;
  const tokenWatch = new TokenWatch({
    clientFor: (accountId) => accounts.clientFor(accountId),
    logger: platform.logger,
    ...(tuning.tokenCheckMs ? { intervalMs: tuning.tokenCheckMs } : {}),
  });
  const chat = new ChatWatcher(accounts, hub, platform.logger, (accountId, event) => batcher.add({ type: 'chat', accountId, event }));
  const deck: DeckService = new DeckService(platform, accounts, hub, batcher, (columns) => emit('deck.changed', { columns }), cache);
  const decks = new DecksService(deck, accounts, (view) => emit('decks.changed', view), platform.now);
  const mutes = new MuteService({ accounts, hub, store: platform.store, logger: platform.logger, ...(platform.now ? { now: platform.now } : {}), emit: (changed) => emit('mutes.changed', changed) });
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
    chat,
    liveState: () => liveState.items(),
    mutes,
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
      tokenWatch.dispose();
      await deck.dispose();
      mutes.dispose();
      chat.dispose();
      hub.closeAll();
      batcher.dispose();
      listeners.clear();
    },
    dropStreamsForTest: () => hub.dropAllForTest(),
    tokensForLeakChecks: () => accounts.tokensForLeakChecks(),
  };
}
