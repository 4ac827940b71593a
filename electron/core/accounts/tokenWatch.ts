import type { MisskeyClient } from '../misskey/misskeyClient';
import type { Logger } from '../platform';

export interface TokenWatchOptions {
  /** About how often each watched account's token is checked (default 60 s), ±10 % so accounts do not line up. */
  intervalMs?: number;
  /** The account's client; a 401 from it marks the account as needing sign-in (see AccountsService.clientFor). */
  clientFor(accountId: string): MisskeyClient;
  logger: Logger;
  random?: () => number;
}

const defaultIntervalMs = 60_000;

/**
 * Misskey keeps a streaming socket open after its token is revoked: an idle deck would not learn of
 * it until its next request. While an account's stream is up, a light `i` every minute or so finds
 * out; its 401 (AUTHENTICATION_FAILED) marks the account for sign-in through the client. Other
 * failures (offline, 5xx, rate limit) say nothing about the token and are only logged.
 */
export class TokenWatch {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: TokenWatchOptions) {}

  /** Check this account's token from now on (no-op when already watched). */
  watch(accountId: string): void {
    if (this.timers.has(accountId)) return;
    this.schedule(accountId);
  }

  unwatch(accountId: string): void {
    clearTimeout(this.timers.get(accountId));
    this.timers.delete(accountId);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(accountId: string): void {
    const base = this.options.intervalMs ?? defaultIntervalMs;
    const jitter = 0.9 + 0.2 * (this.options.random ?? Math.random)();
    const timer = setTimeout(() => void this.check(accountId), Math.round(base * jitter));
    timer.unref?.();
    this.timers.set(accountId, timer);
  }

  private async check(accountId: string): Promise<void> {
    if (!this.timers.has(accountId)) return;
    try {
      await this.options.clientFor(accountId).request('i', {});
    } catch (error) {
      // A refused token has already marked the account (and stopped its stream, so unwatch() ran).
      this.options.logger.info('token check did not succeed', { error: error instanceof Error ? error.message : String(error) });
    }
    if (this.timers.has(accountId)) this.schedule(accountId);
  }
}
