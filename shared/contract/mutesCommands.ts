import { z } from 'zod';
import { userRelationKinds, type AccountMutes, type UserRelationEntry } from '../model/mutes';

const returns = <T>(): T => undefined as T;
const id = z.string().min(1).max(64);
const keyword = z.string().max(1_000);
/** Misskey's `mutedWords` / `hardMutedWords` entry: keywords that must all appear, or `/regex/flags`. */
const mutedWord = z.union([z.array(keyword).max(100), keyword]);
const wordList = z.array(mutedWord).max(1_000);

/** Mutes, blocks and reports: the account's own lists (on its server), and acting on a user. */
export const mutesCommands = {
  /** What the account has muted; the core follows changes (`meUpdated`) and pushes `mutes.changed`. */
  'mutes.get': { input: z.object({ accountId: id }).strict(), output: returns<AccountMutes>() },
  /** Writes the word lists to the server (`i/update`), so Misskey's own client sees the same. */
  'mutes.setWords': {
    input: z.object({ accountId: id, mutedWords: wordList, hardMutedWords: wordList }).strict(),
    output: returns<AccountMutes>(),
  },
  'mutes.setInstances': {
    input: z.object({ accountId: id, hosts: z.array(z.string().min(1).max(256)).max(1_000) }).strict(),
    output: returns<AccountMutes>(),
  },
  /** Reactions hidden from this account's reaction bars (kept by MissDeck, as Misskey's web client keeps its own). */
  'mutes.setReactions': {
    input: z.object({ accountId: id, reactions: z.array(z.string().min(1).max(256)).max(500) }).strict(),
    output: returns<AccountMutes>(),
  },
  /** One page of the account's mutes, renote mutes or blocks, newest first. */
  'mutes.list': {
    input: z.object({ accountId: id, kind: z.enum(userRelationKinds), untilId: id.optional() }).strict(),
    output: returns<UserRelationEntry[]>(),
  },
  /** Mute (until `expiresAt`, epoch ms, or for good) or unmute a user. */
  'users.mute': {
    input: z.object({ accountId: id, userId: id, mute: z.boolean(), expiresAt: z.number().int().positive().nullable().optional() }).strict(),
    output: returns<AccountMutes>(),
  },
  'users.renoteMute': { input: z.object({ accountId: id, userId: id, mute: z.boolean() }).strict(), output: returns<AccountMutes>() },
  'users.block': { input: z.object({ accountId: id, userId: id, block: z.boolean() }).strict(), output: returns<AccountMutes>() },
  /** Reports a user to the server's moderators. */
  'users.report': {
    input: z.object({ accountId: id, userId: id, comment: z.string().trim().min(1).max(2_048) }).strict(),
    output: returns<null>(),
  },
} as const;
