import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/model/account';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';

/** Above a column's notes: its account must sign in again. The notes it has stay. */
export function ReauthNotice({ account }: { account: AccountView }) {
  const { t } = useTranslation();
  const signInAgain = useAppState((s) => s.signInAgain);
  return (
    <div className="column-notice column-notice-warn">
      <p data-column-notice="reauth">{t('columns.reauth', { acct: accountAcct(account) })}</p>
      <button type="button" className="secondary-button small" onClick={() => void signInAgain(account.id)}>
        {t('accounts.signInAgain')}
      </button>
    </div>
  );
}

/** In place of a column's feed: the account it read from was removed (and its columns kept). */
export function AccountGoneNotice({ columnId }: { columnId: string }) {
  const { t } = useTranslation();
  const removeColumn = useAppState((s) => s.removeColumn);
  return (
    <div className="column-notice">
      <p data-column-notice="account-gone">{t('columns.accountGone')}</p>
      <button type="button" className="secondary-button small" onClick={() => void removeColumn(columnId)}>
        {t('columns.menu.remove')}
      </button>
    </div>
  );
}
