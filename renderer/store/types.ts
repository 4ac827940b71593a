import type { StateCreator } from 'zustand/vanilla';
import type { MissDeckApi } from '../../shared/contract/bridge';
import type { AccountsSlice } from './accountsSlice';
import type { AppStatusSlice } from './appStatusSlice';
import type { SignInSlice } from './signInSlice';
import type { DeckSlice } from './deckSlice';
import type { DecksSlice } from './decksSlice';
import type { TimelineSlice } from './timelineSlice';
import type { ConnectionSlice } from './connectionSlice';
import type { UiSlice } from './uiSlice';
import type { ComposeSlice } from './composeSlice';
import type { NoteActionsSlice } from './noteActionsSlice';

export type AppState = AccountsSlice &
  AppStatusSlice &
  SignInSlice &
  DeckSlice &
  DecksSlice &
  TimelineSlice &
  ConnectionSlice &
  UiSlice &
  ComposeSlice &
  NoteActionsSlice;

/** A slice of the one store; it reaches the app only through the bridge's commands. */
export type SliceCreator<S> = (api: MissDeckApi) => StateCreator<AppState, [], [], S>;
