import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/model/account';
import type { Announcement } from '../../../shared/model/announcement';
import { getBridge } from '../../bridge';
import { ModalDialog } from '../../components/ModalDialog';
import { coreText } from '../../i18n/coreText';
import { useAppState } from '../../store';
import { AccountSelect } from '../accounts/AccountSelect';
import { AnnouncementBody } from './AnnouncementBody';
import { announcementsUi, useAnnouncements } from './announcementsStore';
import { ReadStep } from './ReadConfirm';
import { useReadAnnouncement } from './useReadAnnouncement';
import { ModalHeader } from '../../components/ModalHeader';

type Page = { status: 'loading' } | { status: 'error'; reason: string } | { status: 'loaded'; items: Announcement[]; more: boolean };
type Keyed = Page & { key: string };
const pageSize = 100;

/** An account's announcements, current or past (read personal ones move there), read ones included. */
export function AnnouncementsDialog() {
  const { t } = useTranslation();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const accounts = useAppState((s) => s.accounts);
  const accountId = useAnnouncements((s) => s.listFor);
  const [active, setActive] = useState(true);
  const [keyed, setPage] = useState<Keyed>({ status: 'loading', key: '' });
  const account = accounts.find((a) => a.id === accountId);
  // The page shown belongs to one account and tab; until theirs arrives it reads as loading.
  const key = `${accountId}/${active}`;
  const page: Page = keyed.key === key ? keyed : { status: 'loading' };

  const fetchPage = useCallback(
    (untilId?: string) =>
      getBridge()
        .commands['announcements.list']({ accountId: accountId ?? '', active, ...(untilId ? { untilId } : {}) })
        .then((result) => {
          if (!result.ok) return setPage({ status: 'error', reason: coreText(result.error), key });
          setPage((before) => ({
            status: 'loaded',
            key,
            items: untilId && before.status === 'loaded' && before.key === key ? [...before.items, ...result.value] : result.value,
            more: result.value.length >= pageSize,
          }));
        }),
    [accountId, active, key],
  );
  useEffect(() => {
    if (accountId) void fetchPage();
  }, [accountId, fetchPage]);
  const load = (untilId?: string) => void fetchPage(untilId);

  if (!account) return null;
  const markedRead = (id: string) =>
    setPage((before) => (before.status === 'loaded' ? { ...before, items: before.items.map((a) => (a.id === id ? { ...a, isRead: true } : a)) } : before));
  return (
    <ModalDialog labelledBy={titleId} onClose={announcementsUi.closeList} className="announcements-list-dialog" fallbackFocus={headingRef}>
      <ModalHeader titleId={titleId} onClose={announcementsUi.closeList} headingRef={headingRef}>
        {t('announcements.title')}
      </ModalHeader>
      <div className="announcements-controls">
        {accounts.length > 1 && (
          <label>
            <span className="visually-hidden">{t('announcements.account')}</span>
            <AccountSelect accounts={accounts} value={account.id} onChange={announcementsUi.openList} />
          </label>
        )}
        <div className="announcements-tabs" role="group" aria-label={t('announcements.title')}>
          <button type="button" className="secondary-button" aria-pressed={active} onClick={() => setActive(true)}>
            {t('announcements.current')}
          </button>
          <button type="button" className="secondary-button" aria-pressed={!active} onClick={() => setActive(false)}>
            {t('announcements.past')}
          </button>
        </div>
      </div>
      {page.status === 'loading' && <p className="announcements-empty">{t('announcements.loading')}</p>}
      {page.status === 'error' && (
        <p className="announcement-error" role="alert">
          {t('announcements.loadFailed', { reason: page.reason })}{' '}
          <button type="button" className="secondary-button" onClick={() => { setPage({ status: 'loading', key }); void load(); }}>
            {t('common.retry')}
          </button>
        </p>
      )}
      {page.status === 'loaded' && page.items.length === 0 && <p className="announcements-empty">{active ? t('announcements.empty') : t('announcements.emptyPast')}</p>}
      {page.status === 'loaded' && page.items.length > 0 && (
        <ul className="announcements-items" aria-labelledby={titleId}>
          {page.items.map((announcement) => (
            <AnnouncementItem key={announcement.id} account={account} announcement={announcement} onRead={() => markedRead(announcement.id)} />
          ))}
          {page.more && (
            <li>
              <button type="button" className="secondary-button" onClick={() => void load(page.items.at(-1)?.id)}>
                {t('announcements.more')}
              </button>
            </li>
          )}
        </ul>
      )}
    </ModalDialog>
  );
}

function AnnouncementItem({ account, announcement, onRead }: { account: AccountView; announcement: Announcement; onRead(): void }) {
  const { t } = useTranslation();
  const reading = useReadAnnouncement(account.id, announcement, onRead);
  return (
    <li className="announcements-item" data-announcement-id={announcement.id} data-read={announcement.isRead}>
      <AnnouncementBody announcement={announcement} server={account.server} />
      <ReadStep title={announcement.title} reading={reading}>
        <div className="announcements-item-footer">
          {announcement.isRead ? (
            <span>{t('announcements.read')}</span>
          ) : (
            <button type="button" className="secondary-button" onClick={reading.request} disabled={reading.busy}>
              {t('announcements.markRead')}
            </button>
          )}
        </div>
      </ReadStep>
    </li>
  );
}
