import type { AccountsService } from '../accounts/accountsService';
import { listAnnouncements, readAnnouncement } from '../announcements/readAnnouncements';
import type { CommandHandlers } from './commandRouter';

export type AnnouncementCommandName = 'announcements.list' | 'announcements.read';

/** Server announcements: listed and marked read through the account's client. */
export function createAnnouncementHandlers(accounts: AccountsService): Pick<CommandHandlers, AnnouncementCommandName> {
  return {
    'announcements.list': ({ accountId, active, untilId }) => listAnnouncements(accounts.clientFor(accountId), active, untilId),
    'announcements.read': ({ accountId, announcementId }) => readAnnouncement(accounts.clientFor(accountId), announcementId),
  };
}
