import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/model/account';
import { accountAcct } from '../../lib/acct';

interface AccountSelectProps {
  accounts: readonly AccountView[];
  value: string;
  onChange(accountId: string): void;
  disabled?: boolean;
  /** Accounts that must sign in again are listed but cannot be chosen (e.g. for posting). */
  onlyUsable?: boolean;
}

/** A choice of signed-in account, shown as `@user@host`. */
export function AccountSelect({ accounts, value, onChange, disabled, onlyUsable }: AccountSelectProps) {
  const { t } = useTranslation();
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
      {accounts.map((a) => (
        <option key={a.id} value={a.id} disabled={onlyUsable && a.needsReauth}>
          {accountAcct(a)}
          {a.needsReauth ? t('accounts.needsSignInSuffix') : ''}
        </option>
      ))}
    </select>
  );
}
