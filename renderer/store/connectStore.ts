import type { MissDeckApi } from '../../shared/contract/bridge';
import type { BridgeConnection } from '../bridge';
import { columnCanLoad } from './accountSelectors';
import type { AppStore } from './createAppStore';
import { createTimelineScheduler, type TimelineSchedulerOptions } from './timelineScheduler';

/** Load what the app shows, and after a lost link to core, load it again. */
export async function syncFromCore(store: AppStore, api: MissDeckApi): Promise<void> {
  const s = store.getState();
  // The page's first connect: the cached columns are asked for alongside the deck, so they paint as it mounts.
  if (Object.keys(s.columnLoads).length === 0) s.prefetchStartViews();
  await Promise.all([s.loadAccounts(), s.loadDeck(), s.loadDecks(), s.loadAppStatus()]);
  // Columns already on screen catch up; the others load when they mount. Columns of an account
  // that must sign in again, or was removed, keep what they show.
  const state = store.getState();
  const stale = state.columns.filter((c) => state.columnLoads[c.id] && columnCanLoad(state, c));
  await Promise.all(stale.map((c) => state.loadColumn(c.id)));
  // A restarted core has forgotten which notes are on screen.
  state.resendWatchedNotes();
  // Connection and live states that changed before this page connected.
  const live = await api.commands['deck.liveState']({});
  if (live.ok && Array.isArray(live.value) && live.value.length > 0) store.getState().applyTimelineBatch(live.value);
}

export interface ConnectStoreOptions {
  /**
   * Spread `timeline.batch` notes over animation frames (see `createTimelineScheduler`) instead of
   * applying each batch as it arrives. The app passes react-dom's `flushSync` as `flush`.
   */
  frameScheduler?: TimelineSchedulerOptions;
}

/** Feed the bridge's events into the store, and load from core whenever the link (re)opens. Returns a function that disconnects them. */
export function connectStore(store: AppStore, connection: BridgeConnection, options: ConnectStoreOptions = {}): () => void {
  const { api } = connection;
  const state = () => store.getState();
  let wasConnected = connection.status().state === 'connected';
  const scheduler = options.frameScheduler ? createTimelineScheduler((items) => state().applyTimelineBatch(items), options.frameScheduler) : null;
  const offs = [
    api.on('app.statusChanged', (status) => state().setAppStatus(status)),
    api.on('accounts.changed', ({ accounts }) => state().setAccounts(accounts)),
    api.on('accounts.signInProgress', (attempt) => state().applySignInProgress(attempt)),
    api.on('deck.changed', ({ columns }) => {
      scheduler?.retain(columns.map((c) => c.id));
      state().setColumns(columns);
    }),
    api.on('decks.changed', (view) => state().setDecks(view)),
    api.on('timeline.batch', ({ items }) => (scheduler ? scheduler.push(items) : state().applyTimelineBatch(items))),
    connection.onStatus((status) => {
      state().setTransport(status);
      if (status.state === 'connected' && !wasConnected) void syncFromCore(store, api);
      wasConnected = status.state === 'connected';
    }),
  ];
  state().setTransport(connection.status());
  if (wasConnected) void syncFromCore(store, api);
  return () => {
    offs.forEach((off) => off());
    scheduler?.dispose();
  };
}
