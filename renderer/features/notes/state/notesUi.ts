import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Note } from '../../../../shared/model/note';

/** A note and the account that sees it (its id is that account's server's id). */
export interface NoteTarget {
  accountId: string;
  note: Note;
}

/** Who to show in the profile panel: by id, or by `@username@host` (a mention). */
export interface ProfileTarget {
  accountId: string;
  userId?: string;
  username?: string;
  host?: string | null;
}

export type ComposeRequest = NoteTarget & { mode: 'reply' | 'quote' };

/** The note UI's own overlays: detail panel, profile, reply/quote composer, reaction picker, renote chooser. */
export interface NotesUiState {
  detail: { accountId: string; noteId: string; note?: Note } | null;
  profile: ProfileTarget | null;
  compose: ComposeRequest | null;
  picker: NoteTarget | null;
  renoteChooser: NoteTarget | null;
  /** A short message after an action ("Link copied", "Could not react: …"). */
  toast: { text: string; error: boolean; seq: number } | null;
  /** Notes favourited (true) or unfavourited (false) from here, by `accountId:noteId` (the note does not say). */
  favourites: Record<string, boolean>;
}

const initial: NotesUiState = { detail: null, profile: null, compose: null, picker: null, renoteChooser: null, toast: null, favourites: {} };

export const notesUi = createStore<NotesUiState>()(() => ({ ...initial }));

export const useNotesUi = <T>(selector: (s: NotesUiState) => T): T => useStore(notesUi, selector);

export const notesUiActions = {
  openDetail: (accountId: string, noteId: string, note?: Note) => notesUi.setState({ detail: { accountId, noteId, note } }),
  closeDetail: () => notesUi.setState({ detail: null }),
  openProfile: (target: ProfileTarget) => notesUi.setState({ profile: target }),
  closeProfile: () => notesUi.setState({ profile: null }),
  openCompose: (request: ComposeRequest) => notesUi.setState({ compose: request }),
  closeCompose: () => notesUi.setState({ compose: null }),
  openPicker: (target: NoteTarget) => notesUi.setState({ picker: target }),
  closePicker: () => notesUi.setState({ picker: null }),
  openRenoteChooser: (target: NoteTarget) => notesUi.setState({ renoteChooser: target }),
  closeRenoteChooser: () => notesUi.setState({ renoteChooser: null }),
  say: (text: string, error = false) => notesUi.setState((s) => ({ toast: { text, error, seq: (s.toast?.seq ?? 0) + 1 } })),
  clearToast: () => notesUi.setState({ toast: null }),
  setFavourite: (accountId: string, noteId: string, value: boolean) =>
    notesUi.setState((s) => ({ favourites: { ...s.favourites, [`${accountId}:${noteId}`]: value } })),
  /** For tests. */
  reset: () => notesUi.setState({ ...initial }, true),
};
