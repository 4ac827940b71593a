import { useState } from 'react';
import { useAppState } from '../../store';
import { AccountsDialog } from '../accounts/AccountsDialog';
import { AccountBadge } from './AccountBadge';
import { AddColumnDialog } from './AddColumnDialog';

function PeopleIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="9" cy="8" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="17" cy="9" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M16.5 14.2c2.9.2 5 2.3 5 5.3" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

export function DeckSidebar({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const accounts = useAppState((s) => s.accounts);
  const showAddAccount = useAppState((s) => s.showAddAccount);
  const needReauth = accounts.filter((a) => a.needsReauth).length;
  const [addingColumn, setAddingColumn] = useState(false);
  const [accountsOpen, setAccountsOpen] = useState(false);
  return (
    <nav className="sidebar" aria-label="Accounts and deck">
      <div className="sidebar-logo" aria-hidden="true">
        M
      </div>
      <ul className="sidebar-accounts" aria-label="Signed-in accounts">
        {accounts.map((a) => (
          <AccountBadge key={a.id} account={a} />
        ))}
      </ul>
      <button
        type="button"
        className="sidebar-button"
        aria-label="Accounts"
        aria-haspopup="dialog"
        aria-description={needReauth > 0 ? `${needReauth} need${needReauth === 1 ? 's' : ''} to sign in again` : undefined}
        title="Accounts"
        data-attention={needReauth > 0 || undefined}
        onClick={() => setAccountsOpen(true)}
      >
        <PeopleIcon />
      </button>
      <button type="button" className="sidebar-button" aria-label="Add column" aria-haspopup="dialog" title="Add column" onClick={() => setAddingColumn(true)}>
        ▦
      </button>
      <button type="button" className="sidebar-button" aria-label="Add account" title="Add account" onClick={showAddAccount}>
        +
      </button>
      <button
        type="button"
        className="sidebar-button sidebar-help"
        aria-label="Keyboard shortcuts"
        aria-haspopup="dialog"
        title="Keyboard shortcuts (?)"
        onClick={onShowShortcuts}
      >
        ?
      </button>
      {addingColumn && <AddColumnDialog onClose={() => setAddingColumn(false)} />}
      {accountsOpen && <AccountsDialog onClose={() => setAccountsOpen(false)} />}
    </nav>
  );
}
