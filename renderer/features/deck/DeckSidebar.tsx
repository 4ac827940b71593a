import { useTranslation } from 'react-i18next';
import { useState, type ReactNode } from 'react';
import { useAppState } from '../../store';
import { settingsUi } from '../settings/settingsUi';
import { AccountsDialog } from '../accounts/AccountsDialog';
import { SidebarAnnouncementsButton } from '../announcements/AnnouncementsButton';
import { AccountBadge } from './AccountBadge';
import { AddColumnDialog } from './AddColumnDialog';
import { draftsUiActions } from '../scheduled/draftsUi';
import { DeckSwitcher } from '../decks/DeckSwitcher';
import { SearchDialog } from '../decks/SearchDialog';

/** A side-bar icon: 24-unit outline drawings in the text colour (children inherit stroke and fill). */
function SidebarIcon({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.8">
      {children}
    </svg>
  );
}

const PeopleIcon = () => (
  <SidebarIcon>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6" />
    <circle cx="17" cy="9" r="2.6" strokeWidth="1.6" />
    <path d="M16.5 14.2c2.9.2 5 2.3 5 5.3" strokeWidth="1.6" />
  </SidebarIcon>
);

const ClockIcon = () => (
  <SidebarIcon>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M12 7.5V12l3 2" strokeLinecap="round" />
  </SidebarIcon>
);

const SearchIcon = () => (
  <SidebarIcon>
    <circle cx="10.5" cy="10.5" r="6" />
    <path d="M15 15l5.5 5.5" strokeLinecap="round" />
  </SidebarIcon>
);

const GearIcon = () => (
  <SidebarIcon>
    <circle cx="12" cy="12" r="3.2" />
    <path d="M12 2.8v2.6M12 18.6v2.6M2.8 12h2.6M18.6 12h2.6M5.5 5.5l1.8 1.8M16.7 16.7l1.8 1.8M5.5 18.5l1.8-1.8M16.7 7.3l1.8-1.8" strokeLinecap="round" />
  </SidebarIcon>
);

export function DeckSidebar({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { t } = useTranslation();
  const accounts = useAppState((s) => s.accounts);
  const showAddAccount = useAppState((s) => s.showAddAccount);
  const needReauth = accounts.filter((a) => a.needsReauth).length;
  const [addingColumn, setAddingColumn] = useState(false);
  const [accountsOpen, setAccountsOpen] = useState(false);
  const [searching, setSearching] = useState(false);
  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <div className="sidebar-logo" aria-hidden="true">
        M
      </div>
      <ul className="sidebar-accounts" aria-label={t('accounts.signedIn')}>
        {accounts.map((a) => (
          <AccountBadge key={a.id} account={a} />
        ))}
      </ul>
      <button
        type="button"
        className="sidebar-button"
        aria-label={t('accounts.title')}
        aria-haspopup="dialog"
        aria-description={needReauth > 0 ? t('accounts.needReauth', { count: needReauth }) : undefined}
        title={t('accounts.title')}
        data-attention={needReauth > 0 || undefined}
        onClick={() => setAccountsOpen(true)}
      >
        <PeopleIcon />
      </button>
      <button type="button" className="sidebar-button" aria-label={t('sidebar.addColumn')} aria-haspopup="dialog" title={t('sidebar.addColumn')} onClick={() => setAddingColumn(true)}>
        ▦
      </button>
      <button type="button" className="sidebar-button" aria-label={t('openInColumn.searchTitle')} aria-haspopup="dialog" title={t('openInColumn.searchTitle')} data-sidebar-search onClick={() => setSearching(true)}>
        <SearchIcon />
      </button>
      <button type="button" className="sidebar-button" aria-label={t('draftsClips.openList')} aria-haspopup="dialog" title={t('draftsClips.openList')} onClick={draftsUiActions.openList}>
        <ClockIcon />
      </button>
      <button type="button" className="sidebar-button" aria-label={t('sidebar.addAccount')} title={t('sidebar.addAccount')} onClick={showAddAccount}>
        +
      </button>
      <SidebarAnnouncementsButton />
      <DeckSwitcher />
      <button type="button" className="sidebar-button sidebar-settings" aria-label={t('sidebar.settings')} aria-haspopup="dialog" title={t('sidebar.settings')} onClick={settingsUi.openSettings}>
        <GearIcon />
      </button>
      <button
        type="button"
        className="sidebar-button sidebar-help"
        aria-label={t('sidebar.shortcuts')}
        aria-haspopup="dialog"
        title={t('sidebar.shortcutsKey')}
        onClick={onShowShortcuts}
      >
        ?
      </button>
      {addingColumn && <AddColumnDialog onClose={() => setAddingColumn(false)} />}
      {searching && <SearchDialog onClose={() => setSearching(false)} />}
      {accountsOpen && <AccountsDialog onClose={() => setAccountsOpen(false)} />}
    </nav>
  );
}
