import { localizedRecord, t } from '../../i18n';
import { columnKinds, notificationColumnKinds, sourceColumnKinds, type ColumnKind, type ColumnParams, type SourceColumnKind } from '../../../shared/model/column';

/** What each column kind is called in its header. One entry per kind, checked by the compiler. */
export const columnTitles: Readonly<Record<ColumnKind, string>> = localizedRecord(columnKinds, (kind) => t(`columns.kind.${kind}`));

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
  clip: '📎',
  favorites: '☆',
  chat: '💬',
  thread: '🧵',
};

/** What each kind offers in the add-column dialog, in the order shown. */
export const kindDescriptions: Readonly<Record<ColumnKind, string>> = localizedRecord(columnKinds, (kind) => t(`columns.description.${kind}`));

/** A thread column is opened from its note, never added empty. */
export const addableKinds: readonly ColumnKind[] = columnKinds.filter((kind) => kind !== 'thread');

export const isChatKind = (kind: ColumnKind): boolean => kind === 'chat';

export const isNotificationKind = (kind: ColumnKind): boolean => notificationColumnKinds.includes(kind);
export const isSourceKind = (kind: ColumnKind): kind is SourceColumnKind => (sourceColumnKinds as readonly string[]).includes(kind);

/** The parameter that holds a source column's chosen id. */
export const sourceParam: Record<SourceColumnKind, 'listId' | 'antennaId' | 'channelId' | 'roleId' | 'clipId'> = {
  list: 'listId',
  antenna: 'antennaId',
  channel: 'channelId',
  role: 'roleId',
  clip: 'clipId',
};

export type ColumnOption = 'withRenotes' | 'withReplies' | 'withFiles' | 'hideSensitive';

export const optionLabels: Readonly<Record<ColumnOption, string>> = localizedRecord(
  ['withRenotes', 'withReplies', 'withFiles', 'hideSensitive'],
  (option) => t(`columnOptions.${option}`),
);

/** Defaults as core reads them: renotes shown, replies not, every note, sensitive media shown. */
export const optionDefaults: Record<ColumnOption, boolean> = {
  withRenotes: true,
  withReplies: false,
  withFiles: false,
  hideSensitive: false,
};

/** The options that mean something for a kind: replies only where the server's timeline takes it. */
export function columnOptions(kind: ColumnKind): ColumnOption[] {
  if (isNotificationKind(kind) || isChatKind(kind)) return [];
  if (kind === 'thread') return ['withFiles', 'hideSensitive'];
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
  { id: 'narrow', width: 280 },
  { id: 'normal', width: 340 },
  { id: 'wide', width: 440 },
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

/** The id of a column's <section>, which names its feed (`aria-labelledby`). */
export const columnSectionId = (columnId: string): string => `column-${columnId}`;
