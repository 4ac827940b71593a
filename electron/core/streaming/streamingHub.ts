import type { ConnectionState } from '../../../shared/model/column';
import type { Logger } from '../platform';
import type { BackoffOptions } from './backoff';
import { StreamConnection, type ChannelListener } from './streamConnection';

export interface HubAccount {
  accountId: string;
  origin: string;
  token: string;
}

export interface StreamingHubOptions {
  logger: Logger;
  backoff?: BackoffOptions;
  heartbeatMs?: number;
  onState(accountId: string, state: ConnectionState, retryInMs?: number): void;
  onReconnected(accountId: string): void;
  onUnauthorized(accountId: string): void;
}

interface SharedChannel {
  listeners: Set<ChannelListener>;
  unsubscribe: () => void;
}

interface AccountStream {
  connection: StreamConnection;
  channels: Map<string, SharedChannel>;
}

/** One socket per account; columns asking for the same channel and params share one subscription. */
export class StreamingHub {
  private readonly streams = new Map<string, AccountStream>();

  constructor(private readonly options: StreamingHubOptions) {}

  subscribe(account: HubAccount, channel: string, params: Record<string, unknown>, listener: ChannelListener): () => void {
    const stream = this.streamFor(account);
    const key = `${channel}:${JSON.stringify(params, Object.keys(params).sort())}`;
    let shared = stream.channels.get(key);
    if (!shared) {
      const listeners = new Set<ChannelListener>();
      const unsubscribe = stream.connection.subscribe(channel, params, (type, body) => {
        for (const each of listeners) each(type, body);
      });
      shared = { listeners, unsubscribe };
      stream.channels.set(key, shared);
    }
    shared.listeners.add(listener);
    const current = shared;
    return () => {
      current.listeners.delete(listener);
      if (current.listeners.size > 0) return;
      current.unsubscribe();
      stream.channels.delete(key);
      if (stream.channels.size === 0) this.closeAccount(account.accountId);
    };
  }

  closeAccount(accountId: string): void {
    const stream = this.streams.get(accountId);
    if (!stream) return;
    this.streams.delete(accountId);
    stream.connection.close();
  }

  closeAll(): void {
    for (const accountId of [...this.streams.keys()]) this.closeAccount(accountId);
  }

  /** Drops every socket as a network failure would (tests and benchmarks). */
  dropAllForTest(): void {
    for (const stream of this.streams.values()) stream.connection.dropForTest();
  }

  private streamFor(account: HubAccount): AccountStream {
    const existing = this.streams.get(account.accountId);
    if (existing) return existing;
    const { accountId } = account;
    const connection = new StreamConnection({
      origin: account.origin,
      token: account.token,
      logger: this.options.logger,
      ...(this.options.backoff ? { backoff: this.options.backoff } : {}),
      ...(this.options.heartbeatMs ? { heartbeatMs: this.options.heartbeatMs } : {}),
      onState: (state, retryInMs) => this.options.onState(accountId, state, retryInMs),
      onReconnected: () => this.options.onReconnected(accountId),
      onUnauthorized: () => this.options.onUnauthorized(accountId),
    });
    const stream: AccountStream = { connection, channels: new Map() };
    this.streams.set(accountId, stream);
    return stream;
  }
}
