import { z } from 'zod';
import type { AccountView } from '../../../shared/model/account';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { CoreText } from '../../../shared/messages/coreText';
import type { KeyValueStore, Logger } from '../platform';
import { currentAccountsVersion, migrateAccountsDocument } from './accountMigrations';
import { themeColorPattern } from './themeColor';

const storedAccountSchema = z.object({
  id: z.string().min(1),
  server: z.string().url(),
  host: z.string().min(1),
  userId: z.string().min(1),
  username: z.string().min(1),
  name: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  serverName: z.string().nullable(),
  serverIconUrl: z.string().nullable(),
  serverVersion: z.string().nullable(),
  /** A colour that is not plain hex is forgotten, not a reason to drop the account. */
  serverThemeColor: z.string().regex(themeColorPattern).nullable().catch(null),
  isDefault: z.boolean(),
  permissions: z.array(z.string()),
  /** The cipher's output; null when tokens are kept for the session only. */
  sealedToken: z.string().min(1).nullable(),
  needsReauth: z.boolean().default(false),
});
export type StoredAccount = z.infer<typeof storedAccountSchema>;

const storeKey = 'accounts';

export const toAccountView = ({ sealedToken: _sealed, permissions: _permissions, ...view }: StoredAccount): AccountView => view;

export interface AccountsLoad {
  accounts: StoredAccount[];
  /** Sentences for the user about what could not be read, if anything. */
  problems: CoreText[];
}

/** The accounts document: versioned, migrated, and every entry that still parses is kept. */
export class AccountStore {
  private accounts: StoredAccount[] = [];

  constructor(
    private readonly store: KeyValueStore,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  load(): AccountsLoad {
    const raw = this.store.get(storeKey);
    if (raw === undefined) return { accounts: (this.accounts = []), problems: [] };
    const outcome = migrateAccountsDocument(raw);
    const problems: CoreText[] = [];
    if (outcome.kind === 'unreadable' || outcome.kind === 'newer') {
      const backupKey = `${storeKey}.backup-${this.now()}`;
      this.store.set(backupKey, raw);
      problems.push(outcome.kind === 'newer' ? coreMessage('accountsNewer', { format: outcome.from, backupKey }) : coreMessage('accountsUnreadable', { backupKey }));
      this.logger.warn('accounts document needed recovery', { kind: outcome.kind, backupKey });
    }
    const entries = outcome.kind === 'unreadable' ? [] : outcome.entries;
    let dropped = 0;
    this.accounts = entries.flatMap((entry, index) => {
      const parsed = storedAccountSchema.safeParse(entry);
      if (parsed.success) return [parsed.data];
      dropped++;
      this.logger.warn('dropped an unreadable account entry', { index });
      return [];
    });
    if (dropped > 0) problems.push(coreMessage('accountsDropped', { count: dropped }));
    this.ensureOneDefault();
    if (outcome.kind === 'migrated') {
      this.logger.info('accounts document migrated', { from: outcome.from, to: currentAccountsVersion });
      this.save();
    }
    return { accounts: this.accounts, problems };
  }

  all(): readonly StoredAccount[] {
    return this.accounts;
  }

  find(accountId: string): StoredAccount | undefined {
    return this.accounts.find((account) => account.id === accountId);
  }

  findByUser(server: string, userId: string): StoredAccount | undefined {
    return this.accounts.find((account) => account.server === server && account.userId === userId);
  }

  /** Adds the account, or replaces the one with the same id in place (keeping its position). */
  upsert(account: StoredAccount): void {
    const index = this.accounts.findIndex((existing) => existing.id === account.id);
    this.accounts = index === -1 ? [...this.accounts, account] : this.accounts.with(index, account);
    this.ensureOneDefault();
    this.save();
  }

  update(accountId: string, change: Partial<StoredAccount>): StoredAccount | undefined {
    const existing = this.find(accountId);
    if (!existing) return undefined;
    const updated = { ...existing, ...change, id: existing.id };
    this.upsert(updated);
    return updated;
  }

  updateAll(change: (account: StoredAccount) => StoredAccount): void {
    this.accounts = this.accounts.map(change);
    this.save();
  }

  remove(accountId: string): void {
    this.accounts = this.accounts.filter((account) => account.id !== accountId);
    this.ensureOneDefault();
    this.save();
  }

  /** Puts the accounts in the given order; the ids must be exactly the accounts held. */
  reorder(accountIds: readonly string[]): boolean {
    const byId = new Map(this.accounts.map((account) => [account.id, account]));
    if (accountIds.length !== byId.size || new Set(accountIds).size !== byId.size || !accountIds.every((id) => byId.has(id))) return false;
    this.accounts = accountIds.map((id) => byId.get(id)!);
    this.save();
    return true;
  }

  setDefault(accountId: string): boolean {
    if (!this.find(accountId)) return false;
    this.accounts = this.accounts.map((account) => ({ ...account, isDefault: account.id === accountId }));
    this.save();
    return true;
  }

  private ensureOneDefault(): void {
    const defaults = this.accounts.filter((account) => account.isDefault);
    if (defaults.length === 1 || this.accounts.length === 0) return;
    const chosen = defaults[0] ?? this.accounts[0]!;
    this.accounts = this.accounts.map((account) => ({ ...account, isDefault: account === chosen }));
  }

  private save(): void {
    this.store.set(storeKey, { version: currentAccountsVersion, accounts: this.accounts });
  }
}
