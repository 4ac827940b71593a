import { randomUUID } from 'node:crypto';
import type { AccountView } from '../../../shared/model/account';
import { CommandFailure } from '../commands/commandFailure';
import { createMisskeyClient, type MisskeyClient } from '../misskey/misskeyClient';
import type { Platform } from '../platform';
import { AccountStore, toAccountView, type StoredAccount } from './accountStore';
import type { ApprovedSignIn } from './miAuthFlow';
import { TokenVault } from './tokenVault';

export interface AccountsServiceEvents {
  onChanged(accounts: AccountView[]): void;
  /** A new token is in place (first sign-in or sign-in again). */
  onSignedIn(account: StoredAccount, isNew: boolean): void;
  onSignedOut(accountId: string): void;
}

/** Accounts, their tokens (kept in the vault, never in views) and one API client per account. */
export class AccountsService {
  private readonly store: AccountStore;
  private readonly vault: TokenVault;

  constructor(
    private readonly platform: Platform,
    private readonly events: AccountsServiceEvents,
  ) {
    this.store = new AccountStore(platform.store, platform.logger);
    this.vault = new TokenVault(platform.cipher);
  }

  load(): void {
    for (const account of this.store.load()) {
      if (!this.vault.load(account.id, account.sealedToken)) {
        this.platform.logger.warn('a stored token could not be decrypted; the account needs sign-in', { accountId: account.id });
        this.store.update(account.id, { needsReauth: true });
      }
    }
  }

  views(): AccountView[] {
    return this.store.all().map(toAccountView);
  }

  find(accountId: string): StoredAccount | undefined {
    return this.store.find(accountId);
  }

  /** The account's origin and token, for requests and streams; fails if it cannot be used now. */
  credentials(accountId: string): { origin: string; token: string } {
    const account = this.store.find(accountId);
    if (!account) throw new CommandFailure('NOT_FOUND', 'That account is no longer signed in.');
    const token = this.vault.tokenOf(accountId);
    if (!token || account.needsReauth) {
      throw new CommandFailure('UNAUTHORIZED', `@${account.username}@${account.host} needs to sign in again.`);
    }
    return { origin: account.server, token };
  }

  isUsable(accountId: string): boolean {
    const account = this.store.find(accountId);
    return !!account && !account.needsReauth && this.vault.tokenOf(accountId) !== undefined;
  }

  clientFor(accountId: string): MisskeyClient {
    const { origin, token } = this.credentials(accountId);
    return createMisskeyClient({
      origin,
      token,
      ...(this.platform.fetch ? { fetch: this.platform.fetch } : {}),
      onUnauthorized: () => this.markNeedsReauth(accountId),
    });
  }

  /** Stores a MiAuth approval; the same user on the same server updates the existing account. */
  approve({ server, token, user, permissions }: ApprovedSignIn): StoredAccount {
    const existing = this.store.findByUser(server.origin, user.id);
    const account: StoredAccount = {
      id: existing?.id ?? randomUUID(),
      server: server.origin,
      host: server.host,
      userId: user.id,
      username: user.username,
      name: user.name,
      avatarUrl: user.avatarUrl,
      serverName: server.name,
      serverIconUrl: server.iconUrl,
      permissions: [...permissions],
      sealedToken: this.vault.seal(token),
      needsReauth: false,
    };
    this.store.upsert(account);
    this.vault.remember(account.id, token);
    this.events.onChanged(this.views());
    this.events.onSignedIn(account, !existing);
    return account;
  }

  markNeedsReauth(accountId: string): void {
    const account = this.store.find(accountId);
    if (!account || account.needsReauth) return;
    this.store.update(accountId, { needsReauth: true });
    this.events.onSignedOut(accountId);
    this.events.onChanged(this.views());
  }

  remove(accountId: string): void {
    if (!this.store.find(accountId)) throw new CommandFailure('NOT_FOUND', 'That account is no longer signed in.');
    this.store.remove(accountId);
    this.vault.forget(accountId);
    this.events.onSignedOut(accountId);
    this.events.onChanged(this.views());
  }

  /** Every token in memory, so tests can check that none reaches the renderer. */
  tokensForLeakChecks(): string[] {
    return this.vault.allTokens();
  }
}
