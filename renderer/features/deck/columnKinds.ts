import type { ColumnKind } from '../../../shared/model/column';

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
};

/** Kinds that need no parameter, so the add-column form can offer them directly. */
export const simpleColumnKinds = ['home', 'local', 'social', 'global', 'mentions', 'direct'] as const satisfies readonly ColumnKind[];

export const defaultColumnWidth = 340;
export const columnWidth = (width: number): number =>
  Number.isFinite(width) && width >= 240 && width <= 720 ? width : defaultColumnWidth;
