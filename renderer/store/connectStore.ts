import type { BridgeConnection } from '../bridge';
import { columnCanLoad } from './accountSelectors';
import type { AppStore } from './createAppStore';

/** Load what the app shows, and after a lost link to core, load it again. */
export async function syncFromCore(store: AppStore): Promise<void> {
  const s = store.getState();
  await Promise.all([s.loadAccounts(), s.loadDeck(), s.loadAppStatus()]);
  // Columns already on screen catch up; the others load when they mount. Columns of an account
  // that must sign in again, or was removed, keep what they show.
  const state = store.getState();
  const stale = state.columns.filter((c) => state.columnLoads[c.id] && columnCanLoad(state, c));
  await Promise.all(stale.map((c) => state.loadColumn(c.id)));
  // A restarted core has forgotten which notes are on screen.
  state.resendWatchedNotes();
}

/** Feed the bridge's events into the store, and load from core whenever the link (re)opens. Returns a function that disconnects them. */
export function connectStore(store: AppStore, connection: BridgeConnection): () => void {
  const { api } = connection;
  const state = () => store.getState();
  let wasConnected = connection.status().state === 'connected';
  const offs = [
    api.on('app.statusChanged', (status) => state().setAppStatus(status)),
    api.on('accounts.changed', ({ accounts }) => state().setAccounts(accounts)),
    api.on('accounts.signInProgress', (attempt) => state().applySignInProgress(attempt)),
    api.on('deck.changed', ({ columns }) => state().setColumns(columns)),
    api.on('timeline.batch', ({ items }) => state().applyTimelineBatch(items)),
    connection.onStatus((status) => {
      state().setTransport(status);
      if (status.state === 'connected' && !wasConnected) void syncFromCore(store);
      wasConnected = status.state === 'connected';
    }),
  ];
  state().setTransport(connection.status());
  if (wasConnected) void syncFromCore(store);
  return () => offs.forEach((off) => off());
}
