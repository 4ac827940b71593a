import type { ConnectionState } from '../../../shared/model/column';
import type { NoteUpdate } from '../../../shared/model/noteUpdate';
import type { Logger } from '../platform';
import type { BackoffOptions } from './backoff';
import { parseNoteUpdated } from './noteUpdated';
import { StreamConnection, type ChannelListener, type ChannelStateListener } from './streamConnection';

export interface HubAccount {
  accountId: string;
  origin: string;
  token: string;
}

export interface StreamingHubOptions {
  logger: Logger;
  backoff?: BackoffOptions;
  heartbeatMs?: number;
  ackTimeoutMs?: number;
  onState(accountId: string, state: ConnectionState, retryInMs?: number): void;
  onReconnected(accountId: string): void;
  onUnauthorized(accountId: string): void;
  onNoteUpdated(accountId: string, noteId: string, update: NoteUpdate): void;
}

interface SharedChannel {
  listeners: Set<ChannelListener>;
  states: Set<ChannelStateListener>;
  /** The last answer the server gave for this channel, told to listeners that join later. */
  acked: boolean | null;
  /** What the connection calls for this channel's frames; names the subscription in `sendOnChannel`. */
  relay: ChannelListener;
  unsubscribe: () => void;
}

interface AccountStream {
  connection: StreamConnection;
  channels: Map<string, SharedChannel>;
}

const channelKey = (channel: string, params: Record<string, unknown>) => `${channel}:${JSON.stringify(params, Object.keys(params).sort())}`;

/** One socket per account; columns asking for the same channel and params share one subscription. */
export class StreamingHub {
  private readonly streams = new Map<string, AccountStream>();
  private readonly topLevelListeners = new Set<(accountId: string, type: string, body: unknown) => void>();

  constructor(private readonly options: StreamingHubOptions) {}

  /** Top-level frames (not channel events) of every account's socket, e.g. the broadcast `announcementCreated`. */
  onTopLevel(listener: (accountId: string, type: string, body: unknown) => void): () => void {
    this.topLevelListeners.add(listener);
    return () => this.topLevelListeners.delete(listener);
  }

  subscribe(account: HubAccount, channel: string, params: Record<string, unknown>, listener: ChannelListener, state?: ChannelStateListener): () => void {
    const stream = this.streamFor(account);
    const key = channelKey(channel, params);
    let shared = stream.channels.get(key);
    if (!shared) {
      const created: SharedChannel = { listeners: new Set(), states: new Set(), acked: null, relay: () => undefined, unsubscribe: () => undefined };
      created.relay = (type, body) => {
        for (const each of created.listeners) each(type, body);
      };
      created.unsubscribe = stream.connection.subscribe(
        channel,
        params,
        created.relay,
        {
          onAck: () => {
            created.acked = true;
            for (const each of created.states) each.onAck();
          },
          onRefused: () => {
            created.acked = false;
            for (const each of created.states) each.onRefused();
          },
        },
      );
      shared = created;
      stream.channels.set(key, shared);
    }
    shared.listeners.add(listener);
    if (state) {
      shared.states.add(state);
      if (shared.acked === true) state.onAck();
      if (shared.acked === false) state.onRefused();
    }
    const current = shared;
    return () => {
      current.listeners.delete(listener);
      if (state) current.states.delete(state);
      if (current.listeners.size > 0) return;
      current.unsubscribe();
      stream.channels.delete(key);
      this.closeIfIdle(account.accountId);
    };
  }

  /** A `ch` message on a channel the account has subscribed (nothing if it has not). */
  sendOnChannel(accountId: string, channel: string, params: Record<string, unknown>, type: string, body: unknown): void {
    const stream = this.streams.get(accountId);
    const shared = stream?.channels.get(channelKey(channel, params));
    if (stream && shared) stream.connection.sendOnChannel(shared.relay, type, body);
  }

  /** The notes on screen for this account: their reactions, votes and deletions arrive as `noteUpdated`. */
  watchNotes(account: HubAccount, noteIds: ReadonlySet<string>): void {
    if (noteIds.size === 0 && !this.streams.has(account.accountId)) return;
    this.streamFor(account).connection.watchNotes(noteIds);
    if (noteIds.size === 0) this.closeIfIdle(account.accountId);
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

  private closeIfIdle(accountId: string): void {
    const stream = this.streams.get(accountId);
    if (stream && stream.channels.size === 0 && stream.connection.watchedNoteCount === 0) this.closeAccount(accountId);
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
      ...(this.options.ackTimeoutMs ? { ackTimeoutMs: this.options.ackTimeoutMs } : {}),
      onState: (state, retryInMs) => this.options.onState(accountId, state, retryInMs),
      onReconnected: () => this.options.onReconnected(accountId),
      onUnauthorized: () => this.options.onUnauthorized(accountId),
      onTopLevel: (type, body) => {
        if (type !== 'noteUpdated') {
          for (const listener of this.topLevelListeners) listener(accountId, type, body);
          return;
        }
        const parsed = parseNoteUpdated(body);
        if (parsed) this.options.onNoteUpdated(accountId, parsed.noteId, parsed.update);
      },
    });
    const stream: AccountStream = { connection, channels: new Map() };
    this.streams.set(accountId, stream);
    return stream;
  }
}
