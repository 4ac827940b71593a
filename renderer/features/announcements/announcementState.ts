import type { TimelineItem } from '../../../shared/contract/events';
import type { Announcement } from '../../../shared/model/announcement';

/** Per account, the unread announcements the server has for it, newest first. */
export interface AnnouncementState {
  unread: Record<string, Announcement[]>;
  /** `accountId/announcementId` put off with "Later" in this session: not popped up again until restart. */
  later: ReadonlySet<string>;
}

export const emptyAnnouncementState: AnnouncementState = { unread: {}, later: new Set() };

const newestFirst = (a: Announcement, b: Announcement) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1);

const withUnread = (state: AnnouncementState, accountId: string, list: Announcement[]): AnnouncementState => ({
  ...state,
  unread: { ...state.unread, [accountId]: list },
});

/** The server's unread list for an account (at start, after a reconnect): replaces what we held. */
export function setUnread(state: AnnouncementState, accountId: string, list: readonly Announcement[]): AnnouncementState {
  return withUnread(state, accountId, list.filter((a) => !a.isRead).sort(newestFirst));
}

/** A new one streamed in: unread, once (the same id twice is one announcement). */
export function addCreated(state: AnnouncementState, accountId: string, announcement: Announcement): AnnouncementState {
  const held = state.unread[accountId] ?? [];
  const others = held.filter((a) => a.id !== announcement.id);
  return withUnread(state, accountId, [{ ...announcement, isRead: false }, ...others].sort(newestFirst));
}

/** Read here (or elsewhere: `readAllAnnouncements` clears them all). */
export function markRead(state: AnnouncementState, accountId: string, announcementId?: string): AnnouncementState {
  const held = state.unread[accountId];
  if (!held) return state;
  return withUnread(state, accountId, announcementId === undefined ? [] : held.filter((a) => a.id !== announcementId));
}

export function putOff(state: AnnouncementState, accountId: string, announcementId: string): AnnouncementState {
  return { ...state, later: new Set([...state.later, `${accountId}/${announcementId}`]) };
}

export function forgetAccount(state: AnnouncementState, accountId: string): AnnouncementState {
  if (!(accountId in state.unread)) return state;
  const { [accountId]: _gone, ...unread } = state.unread;
  return { ...state, unread };
}

/** Applies the core's `announcements` items of one timeline batch. */
export function applyAnnouncementItems(state: AnnouncementState, items: readonly TimelineItem[]): AnnouncementState {
  let next = state;
  for (const item of items) {
    if (item.type !== 'announcements') continue;
    if (item.unread) next = setUnread(next, item.accountId, item.unread);
    if (item.created) next = addCreated(next, item.accountId, item.created);
    if (item.allRead) next = markRead(next, item.accountId);
  }
  return next;
}

/**
 * The next one to pop up, in account order then oldest first (as they were announced): unread, not silent
 * (Misskey never pops those up), not put off until later.
 */
export function nextToShow(state: AnnouncementState, accountIds: readonly string[]): { accountId: string; announcement: Announcement } | null {
  for (const accountId of accountIds) {
    const list = state.unread[accountId] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const announcement = list[i]!;
      if (!announcement.silence && !state.later.has(`${accountId}/${announcement.id}`)) return { accountId, announcement };
    }
  }
  return null;
}

/** Unread and not silent: what the side bar counts. */
export const unreadCount = (state: AnnouncementState, accountIds: readonly string[]): number =>
  accountIds.reduce((sum, id) => sum + (state.unread[id] ?? []).filter((a) => !a.silence).length, 0);
