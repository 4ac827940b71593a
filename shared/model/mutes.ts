import type { UserLite } from './content';

/**
 * One entry of Misskey's `mutedWords` / `hardMutedWords`: an array of keywords that must all appear,
 * or a string. Misskey stores a string only as `/pattern/flags` (a regular expression); a string in
 * any other form is read here as one keyword.
 */
export type MutedWord = string | string[];

/** What an account has muted, as its server keeps it (words, instances, users) plus the reactions muted here. */
export interface AccountMutes {
  accountId: string;
  /** The note is folded to a one-line "muted" row. */
  mutedWords: MutedWord[];
  /** The note is not shown at all. */
  hardMutedWords: MutedWord[];
  /** Hosts whose notes are not shown. */
  mutedInstances: string[];
  mutedUserIds: string[];
  renoteMutedUserIds: string[];
  blockedUserIds: string[];
  /** Reactions hidden from reaction bars (`👍`, `:name@host:`); kept by MissDeck, as the web client keeps its own. */
  mutedReactions: string[];
  /** False until the server has answered once. */
  loaded: boolean;
}

export const userRelationKinds = ['mute', 'renoteMute', 'block'] as const;
export type UserRelationKind = (typeof userRelationKinds)[number];

/** One row of an account's list of mutes, renote mutes or blocks. */
export interface UserRelationEntry {
  /** The server's id of the mute/block itself: the cursor for the next page. */
  id: string;
  user: UserLite;
  /** ISO time a timed mute ends; null when it does not. */
  expiresAt: string | null;
}
