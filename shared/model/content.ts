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

/** A note being written, kept per account so it survives closing the composer and a crash. */
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
