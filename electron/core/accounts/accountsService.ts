import { randomUUID } from 'node:crypto';
import type { AccountRemoval, AccountView } from '../../../shared/model/account';
import type { TokenStorageStatus } from '../../../shared/model/appStatus';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { CoreText } from '../../../shared/messages/coreText';
import { CommandFailure } from '../commands/commandFailure';
import { createMisskeyClient, type MisskeyClient } from '../misskey/misskeyClient';
import type { Platform } from '../platform';
import type { HubAccount } from '../streaming/streamingHub';
import { AccountStore, toAccountView, type StoredAccount } from './accountStore';
import type { ApprovedSignIn } from './miAuthFlow';
import { fetchServerInfo, type ServerInfo } from './serverInfo';
import { readSessionOnly, writeSessionOnly } from './tokenSettings';
import { TokenVault } from './tokenVault';

export interface AccountsServiceEvents {
  onChanged(accounts: AccountView[]): void;
  /** A new token is in place (first sign-in or sign-in again). */
  onSignedIn(account: StoredAccount, isNew: boolean): void;
  onSignedOut(accountId: string): void;
  /** Something the user should read: an unreadable saved token, a recovered document. */
  onProblem(problem: CoreText): void;
}

/** `@user@host`, as messages name an account. */
export const acctOf = (account: Pick<StoredAccount, 'username' | 'host'>): string => `@${account.username}@${account.host}`;

/** What an account keeps of its server's `meta`. */
const serverFields = (server: ServerInfo) => ({
  serverName: server.name,
  serverIconUrl: server.iconUrl,
  serverVersion: server.version,
  serverThemeColor: server.themeColor,
});
const sameServerFields = (account: StoredAccount, fields: ReturnType<typeof serverFields>) =>
  (Object.keys(fields) as (keyof typeof fields)[]).every((key) => account[key] === fields[key]);

/** Accounts, their tokens (kept in the vault, never in views) and one API client per account. */
export class AccountsService {
  private readonly store: AccountStore;
  private readonly vault: TokenVault;
  private sessionOnly = false;
  private disposed = false;

  constructor(
    private readonly platform: Platform,
    private readonly events: AccountsServiceEvents,
  ) {
    this.store = new AccountStore(platform.store, platform.logger, platform.now);
    this.vault = new TokenVault(platform.cipher);
  }

  load(): void {
    this.sessionOnly = readSessionOnly(this.platform.store);
    const { accounts, problems } = this.store.load();
    for (const problem of problems) this.events.onProblem(problem);
    for (const account of accounts) {
      if (account.sealedToken === null) {
        if (!account.needsReauth) this.store.update(account.id, { needsReauth: true });
      } else if (!this.vault.load(account.id, account.sealedToken)) {
        this.platform.logger.warn('a stored token could not be decrypted; the account needs sign-in', { accountId: account.id });
        this.store.update(account.id, { needsReauth: true });
        this.events.onProblem(coreMessage('tokenUnreadable', { acct: acctOf(account) }));
      }
    }
  }

  views(): AccountView[] {
    return this.store.all().map(toAccountView);
  }

  find(accountId: string): StoredAccount | undefined {
    return this.store.find(accountId);
  }

  tokenStorage(): TokenStorageStatus {
    return { description: this.platform.cipher.description, isStrong: this.platform.cipher.isStrong, sessionOnly: this.sessionOnly };
  }

  /** Session-only: every sealed token leaves the disk now; otherwise the tokens held are sealed and saved. */
  setSessionOnly(sessionOnly: boolean): void {
    this.sessionOnly = sessionOnly;
    writeSessionOnly(this.platform.store, sessionOnly);
    this.store.updateAll((account) => {
      if (sessionOnly) return { ...account, sealedToken: null };
      const token = this.vault.tokenOf(account.id);
      return token === undefined ? account : { ...account, sealedToken: this.vault.seal(token) };
    });
  }

  /** The account's origin and token, for requests and streams; fails if it cannot be used now. */
  credentials(accountId: string): { origin: string; token: string } {
    const account = this.store.find(accountId);
    if (!account) throw new CommandFailure('NOT_FOUND', coreMessage('accountGone'));
    const token = this.vault.tokenOf(accountId);
    if (!token || account.needsReauth) {
      throw new CommandFailure('UNAUTHORIZED', coreMessage('needsSignIn', { acct: acctOf(account) }));
    }
    return { origin: account.server, token };
  }

  /** The account as the streaming hub names it; fails as `credentials` does. */
  hubAccount(accountId: string): HubAccount {
    return { accountId, ...this.credentials(accountId) };
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
      ...serverFields(server),
      isDefault: existing?.isDefault ?? this.store.all().length === 0,
      permissions: [...permissions],
      sealedToken: this.sessionOnly ? null : this.vault.seal(token),
      needsReauth: false,
    };
    // The previous token of this account, if any, is replaced and forgotten here.
    this.store.upsert(account);
    this.vault.remember(account.id, token);
    this.events.onChanged(this.views());
    this.events.onSignedIn(account, !existing);
    return account;
  }

  /**
   * Asks each account's server for its `meta` again and keeps what changed (name, icon, version,
   * theme colour), so a server's new colour shows after a restart. A server that does not answer,
   * or not as Misskey, keeps what was known; nothing is kept once the service is disposed.
   */
  async refreshServers(): Promise<void> {
    const servers = new Map(this.store.all().map((account) => [account.server, account.host]));
    const refreshed = await Promise.all(
      [...servers].map(([origin, host]) =>
        fetchServerInfo(origin, host, this.platform.fetch).then(
          (info) => !this.disposed && this.keepServerInfo(info),
          (error: unknown) => {
            this.platform.logger.info('could not refresh a server description', { host, error: String(error) });
            return false;
          },
        ),
      ),
    );
    if (refreshed.some(Boolean)) this.events.onChanged(this.views());
  }

  private keepServerInfo(info: ServerInfo): boolean {
    const fields = serverFields(info);
    const outdated = this.store.all().filter((account) => account.server === info.origin && !sameServerFields(account, fields));
    for (const account of outdated) this.store.update(account.id, fields);
    return outdated.length > 0;
  }

  /** Stops late answers (a refresh still under way) from changing the accounts. */
  dispose(): void {
    this.disposed = true;
  }

  markNeedsReauth(accountId: string): void {
    const account = this.store.find(accountId);
    if (!account || account.needsReauth) return;
    this.store.update(accountId, { needsReauth: true });
    this.events.onSignedOut(accountId);
    this.events.onChanged(this.views());
  }

  /** Asks the server to revoke the token where it allows it, then forgets the account here. */
  async remove(accountId: string): Promise<AccountRemoval> {
    const account = this.store.find(accountId);
    if (!account) throw new CommandFailure('NOT_FOUND', coreMessage('accountGone'));
    const token = this.vault.tokenOf(accountId);
    let revokedOnServer = false;
    if (token && !account.needsReauth) {
      const client = createMisskeyClient({ origin: account.server, token, ...(this.platform.fetch ? { fetch: this.platform.fetch } : {}) });
      revokedOnServer = await client.requestUntyped('i/revoke-token', { token }).then(
        () => true,
        () => false,
      );
    }
    this.store.remove(accountId);
    this.vault.forget(accountId);
    this.events.onSignedOut(accountId);
    this.events.onChanged(this.views());
    return {
      revokedOnServer,
      ...coreMessage(revokedOnServer ? 'accountRemovedRevoked' : 'accountRemoved', { acct: acctOf(account), host: account.host }),
    };
  }

  reorder(accountIds: readonly string[]): AccountView[] {
    if (!this.store.reorder(accountIds)) throw new CommandFailure('INVALID_INPUT', coreMessage('accountOrderInvalid'));
    this.events.onChanged(this.views());
    return this.views();
  }

  setDefault(accountId: string): AccountView[] {
    if (!this.store.setDefault(accountId)) throw new CommandFailure('NOT_FOUND', coreMessage('accountGone'));
    this.events.onChanged(this.views());
    return this.views();
  }

  /** Every token in memory, so tests can check that none reaches the renderer. */
  tokensForLeakChecks(): string[] {
    return this.vault.allTokens();
  }
}
