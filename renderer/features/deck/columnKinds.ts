import { columnKinds, notificationColumnKinds, sourceColumnKinds, type ColumnKind, type ColumnParams, type SourceColumnKind } from '../../../shared/model/column';

/** What each column kind is called in its header. One entry per kind, checked by the compiler. */
export const columnTitles: Record<ColumnKind, string> = {
  home: 'Home',
  local: 'Local',
  social: 'Social',
  global: 'Global',
  notifications: 'Notifications',
  mentions: 'Mentions',
  direct: 'Direct',
  list: 'List',
  antenna: 'Antenna',
  channel: 'Channel',
  role: 'Role',
  user: 'User',
  hashtag: 'Hashtag',
  search: 'Search',
  allNotifications: 'All notifications',
};

/** A glyph per kind for the header and the collapsed strip (decorative: the title says it in words). */
export const columnIcons: Record<ColumnKind, string> = {
  home: '⌂',
  local: '◎',
  social: '◈',
  global: '◍',
  notifications: '🔔',
  mentions: '@',
  direct: '✉',
  list: '☰',
  antenna: '📡',
  channel: '▤',
  role: '★',
  user: '👤',
  hashtag: '#',
  search: '⌕',
  allNotifications: '🔔',
};

/** What each kind offers in the add-column dialog, in the order shown. */
export const kindDescriptions: Record<ColumnKind, string> = {
  home: 'Notes of the people you follow',
  local: 'Everyone on your server',
  social: 'Home and Local together',
  global: 'Every server your server knows',
  notifications: "An account's notifications",
  mentions: 'Notes that mention you',
  direct: 'Direct notes to you',
  list: 'A list of yours',
  antenna: 'An antenna of yours',
  channel: 'A channel you follow or own',
  role: 'Notes of a role',
  user: "One user's notes",
  hashtag: 'Notes with a hashtag',
  search: 'Notes that match a search',
  allNotifications: "Every account's notifications in one column",
};

export const addableKinds: readonly ColumnKind[] = columnKinds;

export const isNotificationKind = (kind: ColumnKind): boolean => notificationColumnKinds.includes(kind);
export const isSourceKind = (kind: ColumnKind): kind is SourceColumnKind => (sourceColumnKinds as readonly string[]).includes(kind);

/** The parameter that holds a source column's chosen id. */
export const sourceParam: Record<SourceColumnKind, 'listId' | 'antennaId' | 'channelId' | 'roleId'> = {
  list: 'listId',
  antenna: 'antennaId',
  channel: 'channelId',
  role: 'roleId',
};

export type ColumnOption = 'withRenotes' | 'withReplies' | 'withFiles' | 'hideSensitive';

export const optionLabels: Record<ColumnOption, string> = {
  withRenotes: 'With renotes',
  withReplies: 'With replies',
  withFiles: 'Files only',
  hideSensitive: 'Hide sensitive media',
};

/** Defaults as core reads them: renotes shown, replies not, every note, sensitive media shown. */
export const optionDefaults: Record<ColumnOption, boolean> = {
  withRenotes: true,
  withReplies: false,
  withFiles: false,
  hideSensitive: false,
};

/** The options that mean something for a kind: replies only where the server's timeline takes it. */
export function columnOptions(kind: ColumnKind): ColumnOption[] {
  if (isNotificationKind(kind)) return [];
  const withReplies = kind === 'local' || kind === 'social' || kind === 'user';
  return withReplies ? ['withRenotes', 'withReplies', 'withFiles', 'hideSensitive'] : ['withRenotes', 'withFiles', 'hideSensitive'];
}

export const optionValue = (params: ColumnParams, option: ColumnOption): boolean =>
  typeof params[option] === 'boolean' ? (params[option] as boolean) : optionDefaults[option];

/** What the header shows after the title: the list's name, `#tag`, the search, the user. */
export function columnSourceName(kind: ColumnKind, params: ColumnParams): string | null {
  if (typeof params.sourceName === 'string' && params.sourceName !== '') return params.sourceName;
  if (kind === 'hashtag' && typeof params.tag === 'string') return `#${params.tag.replace(/^#/, '')}`;
  if (kind === 'search' && typeof params.query === 'string') return `“${params.query}”`;
  if (typeof params.name === 'string') return params.name;
  return null;
}

export const columnWidths = [
  { label: 'Narrow', width: 280 },
  { label: 'Normal', width: 340 },
  { label: 'Wide', width: 440 },
] as const;

export const defaultColumnWidth = 340;
export const columnWidth = (width: number): number =>
  Number.isFinite(width) && width >= 240 && width <= 720 ? width : defaultColumnWidth;

/** `@name` or `@name@host` (the leading @ optional): the parts `users.show` takes. */
export function parseAcct(input: string): { username: string; host: string | null } | null {
  const match = /^@?([A-Za-z0-9_.-]+)(?:@([A-Za-z0-9.-]+(?::\d+)?))?$/.exec(input.trim());
  if (!match) return null;
  return { username: match[1]!, host: match[2] ?? null };
}
