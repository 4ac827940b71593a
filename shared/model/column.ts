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
] as const;
export type ColumnKind = (typeof columnKinds)[number];

export interface ColumnView {
  id: string;
  accountId: string;
  kind: ColumnKind;
  /** Kind-specific options: list id, antenna id, hashtag, query, with/without renotes... */
  params: Record<string, string | number | boolean>;
  width: number;
}

export const connectionStates = ['connecting', 'connected', 'reconnecting', 'offline'] as const;
export type ConnectionState = (typeof connectionStates)[number];
