import { useEffect } from 'react';
import type { ColumnView } from '../../../shared/model/column';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { columnAccountState } from '../../store/accountSelectors';
import { AccountGoneNotice, ReauthNotice } from './ColumnAccountNotice';
import { ColumnStatus } from './ColumnStatus';
import { columnTitles, columnWidth } from './columnKinds';
import { NoteList } from './NoteList';

/** The shell every column kind shares: header, status line, then the kind's body. */
export function Column({ column }: { column: ColumnView }) {
  const account = useAppState((s) => s.accounts.find((a) => a.id === column.accountId));
  const accountState = useAppState((s) => columnAccountState(s.accounts, column));
  const status = useAppState((s) => s.columnLoads[column.id]?.status ?? 'idle');
  const loadColumn = useAppState((s) => s.loadColumn);
  const removeColumn = useAppState((s) => s.removeColumn);

  // Only a signed-in account can feed a column; the others keep what they show.
  useEffect(() => {
    if (status === 'idle' && accountState === 'ok') void loadColumn(column.id);
  }, [status, accountState, column.id, loadColumn]);

  const title = columnTitles[column.kind];
  const detail = typeof column.params.name === 'string' ? column.params.name : null;
  const acct = account ? accountAcct(account) : accountState === 'gone' ? 'removed account' : 'all accounts';
  return (
    <section
      className="column"
      role="feed"
      aria-label={`${title} — ${acct}`}
      aria-busy={status === 'loading'}
      data-column-id={column.id}
      data-column-kind={column.kind}
      data-account-state={accountState}
      style={{ width: columnWidth(column.width) }}
    >
      <header className="column-header">
        <div className="column-title">
          <h2>
            {title}
            {detail && <span className="column-detail"> {detail}</span>}
          </h2>
          <span className="column-account">{acct}</span>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove column ${title} — ${acct}`}
          title="Remove column"
          onClick={() => void removeColumn(column.id)}
        >
          ×
        </button>
      </header>
      {accountState === 'needsReauth' && account && <ReauthNotice account={account} />}
      {accountState === 'gone' && <AccountGoneNotice columnId={column.id} />}
      {accountState === 'ok' && <ColumnStatus columnId={column.id} accountId={column.accountId} />}
      <NoteList columnId={column.id} />
    </section>
  );
}
