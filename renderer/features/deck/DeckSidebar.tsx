import { useState } from 'react';
import { useAppState } from '../../store';
import { AccountBadge } from './AccountBadge';
import { AddColumnForm } from './AddColumnForm';

export function DeckSidebar() {
  const accounts = useAppState((s) => s.accounts);
  const showAddAccount = useAppState((s) => s.showAddAccount);
  const [addingColumn, setAddingColumn] = useState(false);
  return (
    <nav className="sidebar" aria-label="Accounts and deck">
      <div className="sidebar-logo" aria-hidden="true">
        M
      </div>
      <ul className="sidebar-accounts" aria-label="Accounts">
        {accounts.map((a) => (
          <AccountBadge key={a.id} account={a} />
        ))}
      </ul>
      <button
        type="button"
        className="sidebar-button"
        aria-label="Add column"
        title="Add column"
        aria-expanded={addingColumn}
        onClick={() => setAddingColumn((v) => !v)}
      >
        ▦
      </button>
      <button type="button" className="sidebar-button" aria-label="Add account" title="Add account" onClick={showAddAccount}>
        +
      </button>
      {addingColumn && (
        <div className="sidebar-popover">
          <AddColumnForm onDone={() => setAddingColumn(false)} />
        </div>
      )}
    </nav>
  );
}
