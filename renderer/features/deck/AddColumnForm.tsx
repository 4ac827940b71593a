import type { FormEvent } from 'react';
import { useState } from 'react';
import type { ColumnKind } from '../../../shared/model/column';
import { AccountSelect } from '../accounts/AccountSelect';
import { useAppState } from '../../store';
import { defaultPostingAccount } from '../../store/accountSelectors';
import { columnTitles, simpleColumnKinds } from './columnKinds';

/** Pick an account and a timeline, add it as a column at the right end of the deck. */
export function AddColumnForm({ onDone }: { onDone: () => void }) {
  const accounts = useAppState((s) => s.accounts);
  const addColumn = useAppState((s) => s.addColumn);
  const [accountId, setAccountId] = useState(() => (defaultPostingAccount(accounts) ?? accounts[0])?.id ?? '');
  const [kind, setKind] = useState<ColumnKind>('home');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failure = await addColumn({ accountId, kind });
    setBusy(false);
    if (failure) setError(failure.message);
    else onDone();
  };

  return (
    <form className="add-column-form" aria-label="Add column" onSubmit={(e) => void submit(e)}>
      <label>
        Account
        <AccountSelect accounts={accounts} value={accountId} onChange={setAccountId} />
      </label>
      <label>
        Timeline
        <select value={kind} onChange={(e) => setKind(e.target.value as ColumnKind)}>
          {simpleColumnKinds.map((k) => (
            <option key={k} value={k}>
              {columnTitles[k]}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={busy || !accountId}>
          Add
        </button>
        <button type="button" className="secondary-button" onClick={onDone}>
          Close
        </button>
      </div>
    </form>
  );
}
