import type { AccountView } from '../../../shared/model/account';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';

/** Above a column's notes: its account must sign in again. The notes it has stay. */
export function ReauthNotice({ account }: { account: AccountView }) {
  const signInAgain = useAppState((s) => s.signInAgain);
  return (
    <div className="column-notice column-notice-warn">
      <p data-column-notice="reauth">{accountAcct(account)} needs to sign in again.</p>
      <button type="button" className="secondary-button small" onClick={() => void signInAgain(account.id)}>
        Sign in again
      </button>
    </div>
  );
}

/** In place of a column's feed: the account it read from was removed (and its columns kept). */
export function AccountGoneNotice({ columnId }: { columnId: string }) {
  const removeColumn = useAppState((s) => s.removeColumn);
  return (
    <div className="column-notice">
      <p data-column-notice="account-gone">This column's account was removed.</p>
      <button type="button" className="secondary-button small" onClick={() => void removeColumn(columnId)}>
        Remove column
      </button>
    </div>
  );
}
