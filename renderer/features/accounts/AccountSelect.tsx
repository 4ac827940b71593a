import type { AccountView } from '../../../shared/model/account';
import { accountAcct } from '../../lib/acct';

interface AccountSelectProps {
  accounts: readonly AccountView[];
  value: string;
  onChange(accountId: string): void;
  disabled?: boolean;
}

/** A choice of signed-in account, shown as `@user@host`. */
export function AccountSelect({ accounts, value, onChange, disabled }: AccountSelectProps) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
      {accounts.map((a) => (
        <option key={a.id} value={a.id}>
          {accountAcct(a)}
        </option>
      ))}
    </select>
  );
}
