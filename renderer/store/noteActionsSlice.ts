import type { SliceCreator } from './types';

/** A note as one account sees it (the same note has another id on another server). */
export interface NoteRef {
  accountId: string;
  noteId: string;
  /** The column it was picked from, when it was. */
  columnId?: string;
}

export type NoteActionKind = 'reply' | 'renote' | 'react';

/** A request from the keyboard (or a menu) that the note UI carries out: open the composer, the renote menu, the reaction picker. */
export interface PendingNoteAction {
  kind: NoteActionKind;
  note: NoteRef;
  /** Increases with every request, so asking twice for the same note is seen twice. */
  seq: number;
}

export interface NoteActionsSlice {
  /** The last reply/renote/react request not yet taken up by the note UI. */
  pendingNoteAction: PendingNoteAction | null;
  /** The note shown in the detail panel. */
  openedNote: NoteRef | null;
  requestReply(note: NoteRef): void;
  requestRenote(note: NoteRef): void;
  requestReact(note: NoteRef): void;
  /** The note UI took the request up (or dropped it). */
  clearPendingNoteAction(): void;
  openNote(note: NoteRef): void;
  closeNote(): void;
}

export const createNoteActionsSlice: SliceCreator<NoteActionsSlice> = () => (set, get) => {
  const request = (kind: NoteActionKind, note: NoteRef) =>
    set({ pendingNoteAction: { kind, note, seq: (get().pendingNoteAction?.seq ?? 0) + 1 } });
  return {
    pendingNoteAction: null,
    openedNote: null,
    requestReply: (note) => request('reply', note),
    requestRenote: (note) => request('renote', note),
    requestReact: (note) => request('react', note),
    clearPendingNoteAction: () => set({ pendingNoteAction: null }),
    openNote: (note) => set({ openedNote: note }),
    closeNote: () => set({ openedNote: null }),
  };
};
