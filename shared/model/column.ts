/** Every column kind the deck knows, declared once. */
export const columnKinds = [
  'home',
  'local',
  'social',
  'global',
  'notifications',
  'mentions',
  'direct',
  'list',
  'antenna',
  'channel',
  'role',
  'user',
  'hashtag',
  'search',
  'allNotifications',
  'clip',
  'favorites',
  'chat',
  'thread',
] as const;
export type ColumnKind = (typeof columnKinds)[number];

/** Kinds with neither notes nor notifications: the chat column keeps its own conversations. */
export const chatColumnKind = 'chat' satisfies ColumnKind;

/** Kinds whose items are notifications rather than notes. */
export const notificationColumnKinds: readonly ColumnKind[] = ['notifications', 'allNotifications'];
/** Note columns: every kind but notifications and chat (whose conversations have no note feed). */
export const hasNoteFeed = (kind: ColumnKind): boolean => !notificationColumnKinds.includes(kind) && kind !== chatColumnKind;
/** Kinds that need a source chosen from the account's server when added. */
export const sourceColumnKinds = ['list', 'antenna', 'channel', 'role', 'clip'] as const;
export type SourceColumnKind = (typeof sourceColumnKinds)[number];

/** The `accountId` of a column that gathers every account (all-accounts notifications). */
export const everyAccount = '*';

/**
 * Kind-specific parameters: `listId`, `antennaId`, `channelId`, `roleId`, `clipId`, `userId`, `tag`, `query`, `noteId` (a thread),
 * a display `sourceName`, and the filters `withRenotes`, `withReplies`, `withFiles`, `hideSensitive`.
 */
export type ColumnParams = Record<string, string | number | boolean>;

export interface ColumnView {
  id: string;
  accountId: string;
  kind: ColumnKind;
  params: ColumnParams;
  width: number;
  collapsed: boolean;
  /** Shown under the column before it, in the same slot (the slot takes that column's width). */
  stacked?: boolean;
  /** Its share of the slot's height when stacked (flex weight; 1 when absent). */
  stackShare?: number;
  /** A desktop notification for each new item. */
  notify?: boolean;
  /** A short sound for new items. */
  sound?: boolean;
  /** `@user@host` of an imported column's account that is not signed in here (its `accountId` is a placeholder). */
  missingAccount?: string;
}

/** Something a source column can follow: a list, antenna, channel or role on the server. */
export interface ColumnSource {
  id: string;
  name: string;
}

export const connectionStates = ['connecting', 'connected', 'reconnecting', 'offline'] as const;
export type ConnectionState = (typeof connectionStates)[number];
