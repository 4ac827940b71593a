import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/model/account';
import type { Announcement } from '../../../shared/model/announcement';
import { ModalDialog } from '../../components/ModalDialog';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { Avatar } from '../notes/Avatar';
import { AnnouncementBody } from './AnnouncementBody';
import { nextToShow } from './announcementState';
import { announcementsUi, useAnnouncements } from './announcementsStore';
import { ReadStep } from './ReadConfirm';
import { useReadAnnouncement } from './useReadAnnouncement';

/** Pops up each unread announcement once, one at a time, as Misskey's web client does (silent ones never). */
export function AnnouncementPopup() {
  const accounts = useAppState((s) => s.accounts);
  const listOpen = useAnnouncements((s) => s.listFor !== null);
  const unread = useAnnouncements((s) => s.unread);
  const later = useAnnouncements((s) => s.later);
  const next = useMemo(() => nextToShow({ unread, later }, accounts.map((a) => a.id)), [unread, later, accounts]);
  const account = next ? accounts.find((a) => a.id === next.accountId) : undefined;
  if (!next || !account || listOpen) return null;
  return <AnnouncementDialog key={`${account.id}/${next.announcement.id}`} account={account} announcement={next.announcement} />;
}

function AnnouncementDialog({ account, announcement }: { account: AccountView; announcement: Announcement }) {
  const { t } = useTranslation();
  const titleId = useId();
  const okRef = useRef<HTMLButtonElement>(null);
  const reading = useReadAnnouncement(account.id, announcement);
  const later = () => announcementsUi.later(account.id, announcement.id);
  return (
    <ModalDialog labelledBy={titleId} onClose={later} className="announcement-dialog" initialFocus={okRef}>
      <p className="announcement-account" data-account-id={account.id}>
        <Avatar url={account.avatarUrl} size={20} />
        {t('announcements.from', { server: account.host, acct: accountAcct(account) })}
      </p>
      <AnnouncementBody announcement={announcement} server={account.server} titleId={titleId} />
      <ReadStep title={announcement.title} reading={reading}>
        <div className="announcement-actions">
          <button type="button" className="secondary-button" onClick={later}>
            {t('announcements.later')}
          </button>
          <button ref={okRef} type="button" className="primary-button" onClick={reading.request} disabled={reading.busy}>
            {t('announcements.ok')}
          </button>
        </div>
      </ReadStep>
    </ModalDialog>
  );
}
