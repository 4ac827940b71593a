import type { CoreText } from '../messages/coreText';
import type { Note } from './note';

/** A draft kept by the server (`notes/drafts/*`); a scheduled note is one with `isActuallyScheduled`. */
export interface ServerDraftView {
  id: string;
  createdAt: string;
  /** Epoch milliseconds (as Misskey sends it), or null for a plain draft. */
  scheduledAt: number | null;
  isActuallyScheduled: boolean;
  text: string | null;
  cw: string | null;
  visibility: 'public' | 'home' | 'followers' | 'specified';
  localOnly: boolean;
  replyId: string | null;
  renoteId: string | null;
  visibleUserIds: string[];
  fileIds: string[];
  pollChoices: string[] | null;
  pollMultiple: boolean;
  /** The note replied to or quoted, when the server still has it. */
  reply: Note | null;
  renote: Note | null;
}

/** Whether the account's server keeps drafts, and how many of its role's allowance are used. */
export interface NoteDraftsStatus {
  /** The server has the drafts API and MissDeck may use it with this sign-in. */
  available: boolean;
  /** Why not, when not (e.g. "sign in again to use server drafts"). */
  reason: CoreText | null;
  draftLimit: number | null;
  scheduledLimit: number | null;
  drafts: number;
  scheduled: number;
}

export interface ClipView {
  id: string;
  name: string;
  description: string | null;
  isPublic: boolean;
  notesCount: number;
  lastClippedAt: string | null;
}
