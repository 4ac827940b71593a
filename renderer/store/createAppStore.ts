import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MissDeckApi } from '../../shared/contract/bridge';
import { createAccountsSlice } from './accountsSlice';
import { createAppStatusSlice } from './appStatusSlice';
import { createComposeSlice } from './composeSlice';
import { createConnectionSlice } from './connectionSlice';
import { createDeckSlice } from './deckSlice';
import { createDecksSlice } from './decksSlice';
import { createNoteActionsSlice } from './noteActionsSlice';
import { createSignInSlice } from './signInSlice';
import { createTimelineSlice } from './timelineSlice';
import type { AppState } from './types';
import { createUiSlice } from './uiSlice';

export type AppStore = StoreApi<AppState>;

/** A fresh store over a bridge: one per app, one per test. */
export function createAppStore(api: MissDeckApi): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createAccountsSlice(api)(...a),
    ...createAppStatusSlice(api)(...a),
    ...createSignInSlice(api)(...a),
    ...createDeckSlice(api)(...a),
    ...createDecksSlice(api)(...a),
    ...createTimelineSlice(api)(...a),
    ...createConnectionSlice(api)(...a),
    ...createUiSlice(api)(...a),
    ...createComposeSlice(api)(...a),
    ...createNoteActionsSlice(api)(...a),
  }));
}
