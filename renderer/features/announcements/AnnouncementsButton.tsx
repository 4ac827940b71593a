import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store';
import { unreadCount } from './announcementState';
import { announcementsUi, useAnnouncements } from './announcementsStore';

function MegaphoneIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M3.5 10v4h3l7 4.5v-13L6.5 10z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      <path d="M17 9.2a4 4 0 0 1 0 5.6M19.5 6.8a7.5 7.5 0 0 1 0 10.4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <path d="M7 14.5l1.4 5h2.4l-1-4.2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}

/** The side bar's way to the announcements list (of the first account with unread ones, else the default one). */
export function SidebarAnnouncementsButton() {
  const { t } = useTranslation();
  const accounts = useAppState((s) => s.accounts);
  const ids = accounts.filter((a) => !a.needsReauth).map((a) => a.id);
  const unread = useAnnouncements((s) => unreadCount(s, ids));
  const firstUnread = useAnnouncements((s) => ids.find((id) => unreadCount(s, [id]) > 0));
  const target = firstUnread ?? accounts.find((a) => a.isDefault && !a.needsReauth)?.id ?? ids[0];
  if (!target) return null;
  const label = unread > 0 ? t('announcements.openUnread', { count: unread }) : t('announcements.open');
  return (
    <button
      type="button"
      className="sidebar-button sidebar-announcements"
      aria-label={label}
      title={label}
      aria-haspopup="dialog"
      data-unread-announcements={unread > 0 ? (unread > 99 ? '99+' : unread) : undefined}
      onClick={() => announcementsUi.openList(target)}
    >
      <MegaphoneIcon />
    </button>
  );
}

/** An account's announcements, from its row in the Accounts dialog. */
export function AnnouncementsButton({ accountId, describedBy }: { accountId: string; describedBy: string }) {
  const { t } = useTranslation();
  const unread = useAnnouncements((s) => unreadCount(s, [accountId]));
  return (
    <button type="button" className="secondary-button small" aria-describedby={describedBy} onClick={() => announcementsUi.openList(accountId)}>
      {unread > 0 ? t('announcements.openUnread', { count: unread }) : t('announcements.open')}
    </button>
  );
}
