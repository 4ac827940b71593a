import { createStore, useStore } from 'zustand';
import type { Announcement } from '../../../shared/model/announcement';
import type { TimelineItem } from '../../../shared/contract/events';
import {
  addCreated,
  applyAnnouncementItems,
  emptyAnnouncementState,
  forgetAccount,
  markRead,
  putOff,
  setUnread,
  type AnnouncementState,
} from './announcementState';

interface AnnouncementsUi extends AnnouncementState {
  /** The list dialog, open on this account. */
  listFor: string | null;
}

const store = createStore<AnnouncementsUi>()(() => ({ ...emptyAnnouncementState, listFor: null }));
const update = (change: (state: AnnouncementState) => AnnouncementState) => store.setState((s) => change(s));

/** Announcements of every account: what is unread (to pop up once), and whether the list is open. */
export const announcementsUi = {
  setUnread: (accountId: string, list: readonly Announcement[]) => update((s) => setUnread(s, accountId, list)),
  created: (accountId: string, announcement: Announcement) => update((s) => addCreated(s, accountId, announcement)),
  read: (accountId: string, announcementId: string) => update((s) => markRead(s, accountId, announcementId)),
  later: (accountId: string, announcementId: string) => update((s) => putOff(s, accountId, announcementId)),
  forget: (accountId: string) => update((s) => forgetAccount(s, accountId)),
  apply: (items: readonly TimelineItem[]) => update((s) => applyAnnouncementItems(s, items)),
  openList: (accountId: string) => store.setState({ listFor: accountId }),
  closeList: () => store.setState({ listFor: null }),
  reset: () => store.setState({ ...emptyAnnouncementState, listFor: null }, true),
  getState: () => store.getState(),
};

export function useAnnouncements<T>(selector: (state: AnnouncementsUi) => T): T {
  return useStore(store, selector);
}
