import type { AccountView } from '../../../shared/model/account';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { Avatar } from '../notes/Avatar';

const stateLabel = {
  connected: 'connected',
  connecting: 'connecting',
  reconnecting: 'reconnecting',
  offline: 'offline',
} as const;

/** An account's avatar in the side bar, with a dot for its streaming connection. */
export function AccountBadge({ account }: { account: AccountView }) {
  const connection = useAppState((s) => s.accountConnections[account.id]);
  const state = account.needsReauth ? 'reauth' : (connection?.state ?? 'unknown');
  const label = account.needsReauth ? 'needs sign-in again' : connection ? stateLabel[connection.state] : 'status unknown';
  const acct = accountAcct(account);
  return (
    <li className="account-badge" title={acct} data-account-id={account.id}>
      <Avatar url={account.avatarUrl} size={36} />
      <span className="visually-hidden">
        {acct}, {label}
      </span>
      <span className="connection-dot" data-connection-state={state} aria-hidden="true" />
    </li>
  );
}
