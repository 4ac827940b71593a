import type { entities } from 'misskey-js';

export type UserDetailed = entities.UserDetailed;
export type UserLite = entities.UserLite;
export type CustomEmoji = entities.EmojiSimple;
export type DriveFileView = entities.DriveFile;

/** What the composer needs to know about an account's server. */
export interface ServerInfoView {
  name: string | null;
  version: string | null;
  maxNoteTextLength: number;
  /** How many files one note may carry. */
  maxFilesPerNote: number;
  iconUrl: string | null;
}

/** A note being written, kept per account (and per note replied to or quoted) so it survives closing the composer and a crash. */
export interface DraftView {
  text: string;
  cw: string | null;
  visibility: 'public' | 'home' | 'followers' | 'specified';
  localOnly: boolean;
  replyId: string | null;
  renoteId: string | null;
  pollChoices: string[] | null;
  savedAt: string;
}

export const draftSlotKinds = ['reply', 'quote'] as const;

/** Which reply or quote a draft belongs to; a draft without a slot is the account's new note. */
export interface DraftSlot {
  kind: (typeof draftSlotKinds)[number];
  noteId: string;
}
