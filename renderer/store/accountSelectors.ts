import type { AccountView } from '../../shared/model/account';
import { everyAccount, type ColumnView } from '../../shared/model/column';
import type { AppState } from './types';

/** An account that can post and stream: its token is good. */
export const isUsable = (account: AccountView): boolean => !account.needsReauth;

/** The account a new note comes from: the default one, else the first that can post. */
export function defaultPostingAccount(accounts: readonly AccountView[]): AccountView | undefined {
  return accounts.find((a) => a.isDefault && isUsable(a)) ?? accounts.find(isUsable);
}

/** The posting account: the one chosen if it can still post, else the default. */
export function postingAccount(accounts: readonly AccountView[], chosenId: string | null): AccountView | undefined {
  const chosen = chosenId ? accounts.find((a) => a.id === chosenId) : undefined;
  return chosen && isUsable(chosen) ? chosen : defaultPostingAccount(accounts);
}

export type ColumnAccountState = 'ok' | 'needsReauth' | 'gone';

/** Whether a column's account can feed it, must sign in again, or was removed (its columns kept). */
export function columnAccountState(accounts: readonly AccountView[], column: Pick<ColumnView, 'accountId'>): ColumnAccountState {
  // A column of every account (all-accounts notifications) never loses its account.
  if (column.accountId === everyAccount) return 'ok';
  const account = accounts.find((a) => a.id === column.accountId);
  if (!account) return 'gone';
  return account.needsReauth ? 'needsReauth' : 'ok';
}

/** A column may ask core for notes only while its account is signed in. */
export const columnCanLoad = (state: Pick<AppState, 'accounts'>, column: Pick<ColumnView, 'accountId'>): boolean =>
  columnAccountState(state.accounts, column) === 'ok';

