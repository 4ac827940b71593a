import type { AccountView } from '../../../shared/model/account';
import { accountAcct } from '../../lib/acct';
import { safeWebUrl } from '../../lib/safeUrl';
import { useAppState } from '../../store';
import { Avatar } from '../notes/Avatar';

const stateLabel = {
  connected: 'connected',
  connecting: 'connecting',
  reconnecting: 'reconnecting',
  offline: 'offline',
} as const;

/** An account's avatar in the side bar: its server's icon, a dot for its stream, a badge when it must sign in again. */
export function AccountBadge({ account }: { account: AccountView }) {
  const connection = useAppState((s) => s.accountConnections[account.id]);
  const state = account.needsReauth ? 'reauth' : (connection?.state ?? 'unknown');
  const label = account.needsReauth ? 'needs to sign in again' : connection ? stateLabel[connection.state] : 'status unknown';
  const acct = accountAcct(account);
  const serverIcon = safeWebUrl(account.serverIconUrl);
  return (
    <li className="account-badge" title={acct} data-account-id={account.id} data-needs-reauth={account.needsReauth || undefined}>
      <Avatar url={account.avatarUrl} size={36} />
      {serverIcon && (
        <img className="account-badge-server" src={serverIcon} alt="" width={16} height={16} referrerPolicy="no-referrer" />
      )}
      <span className="visually-hidden">
        {acct}
        {account.isDefault ? ', default' : ''}, {label}
      </span>
      {account.needsReauth && (
        <span className="reauth-badge" title={`${acct} needs to sign in again`} aria-hidden="true">
          !
        </span>
      )}
      <span className="connection-dot" data-connection-state={state} aria-hidden="true" />
    </li>
  );
}
