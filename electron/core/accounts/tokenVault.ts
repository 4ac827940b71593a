import type { SecretCipher } from '../platform';

/**
 * Tokens live in memory as plain strings and on disk only as the cipher's output.
 * `open` answers null when a sealed token cannot be read back (e.g. after an OS keyring change).
 */
export class TokenVault {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly cipher: SecretCipher) {}

  seal(token: string): string {
    return this.cipher.encrypt(token);
  }

  /** Decrypts a stored token into memory; false if it cannot be decrypted. */
  load(accountId: string, sealed: string): boolean {
    try {
      this.tokens.set(accountId, this.cipher.decrypt(sealed));
      return true;
    } catch {
      return false;
    }
  }

  remember(accountId: string, token: string): void {
    this.tokens.set(accountId, token);
  }

  tokenOf(accountId: string): string | undefined {
    return this.tokens.get(accountId);
  }

  forget(accountId: string): void {
    this.tokens.delete(accountId);
  }

  /** Every token held, so outgoing traffic to the renderer can be checked for leaks. */
  allTokens(): string[] {
    return [...this.tokens.values()];
  }
}
