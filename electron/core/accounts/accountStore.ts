import { z } from 'zod';
import type { AccountView } from '../../../shared/model/account';
import type { KeyValueStore, Logger } from '../platform';

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
  permissions: z.array(z.string()),
  sealedToken: z.string().min(1),
  needsReauth: z.boolean().default(false),
});
export type StoredAccount = z.infer<typeof storedAccountSchema>;

const storeKey = 'accounts';
const currentVersion = 1;

export const toAccountView = ({ sealedToken: _sealed, permissions: _permissions, ...view }: StoredAccount): AccountView => view;

/** The accounts document: versioned, and every entry that still parses is kept when others are broken. */
export class AccountStore {
  private accounts: StoredAccount[] = [];

  constructor(
    private readonly store: KeyValueStore,
    private readonly logger: Logger,
  ) {}

  load(): StoredAccount[] {
    const raw = this.store.get(storeKey);
    if (raw === undefined) return (this.accounts = []);
    const doc = z.object({ version: z.number(), accounts: z.array(z.unknown()) }).safeParse(raw);
    if (!doc.success) {
      this.logger.warn('accounts document unreadable; starting with no accounts', { issues: doc.error.issues.length });
      return (this.accounts = []);
    }
    this.accounts = doc.data.accounts.flatMap((entry, index) => {
      const parsed = storedAccountSchema.safeParse(entry);
      if (parsed.success) return [parsed.data];
      this.logger.warn('dropped an unreadable account entry', { index });
      return [];
    });
    return this.accounts;
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
    this.save();
  }

  update(accountId: string, change: Partial<StoredAccount>): StoredAccount | undefined {
    const existing = this.find(accountId);
    if (!existing) return undefined;
    const updated = { ...existing, ...change, id: existing.id };
    this.upsert(updated);
    return updated;
  }

  remove(accountId: string): void {
    this.accounts = this.accounts.filter((account) => account.id !== accountId);
    this.save();
  }

  private save(): void {
    this.store.set(storeKey, { version: currentVersion, accounts: this.accounts });
  }
}
