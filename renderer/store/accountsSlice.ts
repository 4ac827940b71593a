import type { AccountView } from '../../shared/model/account';
import type { CommandError } from '../../shared/contract/result';
import type { SliceCreator } from './types';

export interface AccountsSlice {
  accounts: AccountView[];
  /** False until the first `accounts.list` answered. */
  accountsLoaded: boolean;
  accountsError: CommandError | null;
  loadAccounts(): Promise<void>;
  setAccounts(accounts: AccountView[]): void;
  removeAccount(accountId: string): Promise<void>;
}

export const createAccountsSlice: SliceCreator<AccountsSlice> = (api) => (set, get) => ({
  accounts: [],
  accountsLoaded: false,
  accountsError: null,
  async loadAccounts() {
    const result = await api.commands['accounts.list']({});
    if (result.ok) set({ accounts: result.value, accountsLoaded: true, accountsError: null });
    else set({ accountsError: result.error });
  },
  setAccounts(accounts) {
    set({ accounts, accountsLoaded: true });
    if (accounts.length === 0 && get().view === 'deck') set({ view: 'addAccount' });
  },
  async removeAccount(accountId) {
    const result = await api.commands['accounts.remove']({ accountId });
    if (result.ok) get().setAccounts(get().accounts.filter((a) => a.id !== accountId));
  },
});
