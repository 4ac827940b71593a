import { useLocale } from '../../i18n/LocaleProvider';
import type { AccountView } from '../../../shared/model/account';
import { accountAcct } from '../../lib/acct';
import { safeWebUrl } from '../../lib/safeUrl';
import { useAppState } from '../../store';
import { Avatar } from '../notes/Avatar';
import { liveLabel, liveView } from './liveState';

/** An account's avatar in the side bar: its server's icon, a dot for its stream, unread notifications, a badge when it must sign in again. */
export function AccountBadge({ account }: { account: AccountView }) {
  // Re-rendered on every unread count a flood of mentions brings: the cached `t`, not i18next's.
  const { t } = useLocale();
  const connection = useAppState((s) => s.accountConnections[account.id]);
  const unread = useAppState((s) => s.unreadNotifications[account.id] ?? 0);
  const state = account.needsReauth ? 'reauth' : (connection?.state ?? 'unknown');
  const live = liveView(connection, undefined);
  const label = account.needsReauth ? t('sidebar.badge.reauth') : connection ? liveLabel({ ...live, retryAt: undefined }, 0) : t('sidebar.badge.unknown');
  const acct = accountAcct(account);
  const serverIcon = safeWebUrl(account.serverIconUrl);
  return (
    <li
      className="account-badge"
      title={t('sidebar.badge.title', { acct, state: label }) + (unread > 0 ? t('sidebar.badge.unread', { count: unread }) : '')}
      data-account-id={account.id}
      data-needs-reauth={account.needsReauth || undefined}
      data-live-state={account.needsReauth ? 'reauth' : live.state}
      data-unread={unread}
    >
      <Avatar url={account.avatarUrl} size={36} />
      {serverIcon && (
        <img className="account-badge-server" src={serverIcon} alt="" width={16} height={16} referrerPolicy="no-referrer" />
      )}
      <span className="visually-hidden">
        {acct}
        {account.isDefault ? t('sidebar.badge.default') : ''}
        {t('sidebar.badge.state', { state: label })}
        {unread > 0 ? t('sidebar.badge.unread', { count: unread }) : ''}
      </span>
      {account.needsReauth && (
        <span className="reauth-badge" title={t('sidebar.badge.reauthTitle', { acct })} aria-hidden="true">
          !
        </span>
      )}
      {!account.needsReauth && unread > 0 && (
        <span className="unread-badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
      <span className="connection-dot" data-connection-state={state} aria-hidden="true" />
    </li>
  );
}
