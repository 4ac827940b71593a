import { t } from '../i18n';
import type { AccountView, ColumnsOnRemoval } from '../../shared/model/account';
import type { CommandError } from '../../shared/contract/result';
import { coreText } from '../i18n/coreText';
import { accountAcct } from '../lib/acct';
import type { SliceCreator } from './types';

/** The outcome of the last account action, as a sentence for the Accounts dialog. */
export interface AccountsNotice {
  kind: 'done' | 'error';
  message: string;
}

export interface AccountsSlice {
  /** In the user's order; core keeps it. */
  accounts: AccountView[];
  /** False until the first `accounts.list` answered. */
  accountsLoaded: boolean;
  accountsError: CommandError | null;
  /** What the last remove/reorder/make-default did or why it failed; kept past the Accounts dialog. */
  accountsNotice: AccountsNotice | null;
  loadAccounts(): Promise<void>;
  setAccounts(accounts: AccountView[]): void;
  /** Forget an account (core revokes its token where the server allows); its columns go or stay. */
  removeAccount(accountId: string, columns: ColumnsOnRemoval): Promise<AccountsNotice>;
  reorderAccounts(accountIds: readonly string[]): Promise<CommandError | null>;
  setDefaultAccount(accountId: string): Promise<CommandError | null>;
  /** MiAuth again on the account's server, following it on the add-account screen. */
  signInAgain(accountId: string): Promise<void>;
  clearAccountsNotice(): void;
}

/** `accounts` in the order of `ids`; any account `ids` misses keeps its place at the end. */
function inOrder(accounts: readonly AccountView[], ids: readonly string[]): AccountView[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  return [...accounts].sort((a, b) => (rank.get(a.id) ?? ids.length) - (rank.get(b.id) ?? ids.length));
}

export const createAccountsSlice: SliceCreator<AccountsSlice> = (api) => (set, get) => {
  const fail = (error: CommandError): CommandError => {
    set({ accountsNotice: { kind: 'error', message: coreText(error) } });
    return error;
  };

  return {
    accounts: [],
    accountsLoaded: false,
    accountsError: null,
    accountsNotice: null,
    async loadAccounts() {
      const result = await api.commands['accounts.list']({});
      if (result.ok) get().setAccounts(result.value);
      else set({ accountsError: result.error });
    },
    setAccounts(accounts) {
      const before = new Map(get().accounts.map((a) => [a.id, a]));
      set({ accounts, accountsLoaded: true, accountsError: null });
      if (accounts.length === 0 && get().view === 'deck') set({ view: 'addAccount' });
      // Signed in again: columns that were showing catch up on what they missed.
      const back = new Set(accounts.filter((a) => !a.needsReauth && before.get(a.id)?.needsReauth).map((a) => a.id));
      if (back.size === 0) return;
      const { columns, columnLoads, loadColumn } = get();
      for (const column of columns) {
        if (back.has(column.accountId) && columnLoads[column.id]) void loadColumn(column.id);
      }
    },
    async removeAccount(accountId, columns) {
      const result = await api.commands['accounts.remove']({ accountId, columns });
      if (!result.ok) return { kind: 'error', message: coreText(fail(result.error)) };
      const notice: AccountsNotice = { kind: 'done', message: coreText(result.value) };
      set({ accountsNotice: notice });
      // `accounts.changed` and `deck.changed` follow; show the outcome now.
      if (columns === 'remove') get().setColumns(get().columns.filter((c) => c.accountId !== accountId));
      get().setAccounts(get().accounts.filter((a) => a.id !== accountId));
      return notice;
    },
    async reorderAccounts(accountIds) {
      const previous = get().accounts;
      set({ accounts: inOrder(previous, accountIds), accountsNotice: null });
      const result = await api.commands['accounts.reorder']({ accountIds: [...accountIds] });
      if (result.ok) {
        get().setAccounts(result.value);
        return null;
      }
      // Core refused this order (an account came or went meanwhile): show what it holds.
      await get().loadAccounts();
      return fail(result.error);
    },
    async setDefaultAccount(accountId) {
      set((s) => ({ accounts: s.accounts.map((a) => ({ ...a, isDefault: a.id === accountId })), accountsNotice: null }));
      const result = await api.commands['accounts.setDefault']({ accountId });
      if (result.ok) {
        get().setAccounts(result.value);
        const account = result.value.find((a) => a.id === accountId);
        if (account) set({ accountsNotice: { kind: 'done', message: t('accounts.nowDefault', { acct: accountAcct(account) }) } });
        return null;
      }
      await get().loadAccounts();
      return fail(result.error);
    },
    async signInAgain(accountId) {
      const account = get().accounts.find((a) => a.id === accountId);
      if (!account) return;
      get().showAddAccount();
      set({ reauthAccountId: account.id });
      await get().startSignIn(account.server);
    },
    clearAccountsNotice() {
      set({ accountsNotice: null });
    },
  };
};
