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
  /** The server can translate notes (`meta.translatorAvailable`); the account's role may still refuse. */
  translatorAvailable: boolean;
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
  /** Who a direct (`specified`) note is for, with what the composer shows of them; empty otherwise. */
  recipients: DraftRecipient[];
  savedAt: string;
}

/** A direct note's recipient as a draft keeps them: enough to show the chip again without asking the server. */
export interface DraftRecipient {
  id: string;
  username: string;
  host: string | null;
  name: string | null;
  avatarUrl: string | null;
}

export const draftSlotKinds = ['reply', 'quote'] as const;

/** Which reply or quote a draft belongs to; a draft without a slot is the account's new note. */
export interface DraftSlot {
  kind: (typeof draftSlotKinds)[number];
  noteId: string;
}
