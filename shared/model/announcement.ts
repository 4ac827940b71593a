/**
 * A server announcement as `announcements` packs it (reading/announcements.json). `isRead` is absent in the
 * streamed `announcementCreated` (a new one is unread); `forYou` is true for one addressed to this account.
 */
export interface Announcement {
  id: string;
  createdAt: string;
  updatedAt: string | null;
  title: string;
  /** MFM. */
  text: string;
  imageUrl: string | null;
  /** info | warning | error | success */
  icon: string;
  /** normal | banner | dialog */
  display: string;
  forYou: boolean;
  needConfirmationToRead: boolean;
  /** Not popped up and not counted as unread by Misskey's web client. */
  silence: boolean;
  isRead: boolean;
}
