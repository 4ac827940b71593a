import { chatTargetKey, type ChatEvent, type ChatMessage, type ChatTarget } from '../../../shared/model/chat';
import type { AccountsService } from '../accounts/accountsService';
import type { Logger } from '../platform';
import type { StreamingHub } from '../streaming/streamingHub';
import { parseChatMessage } from './chatParse';
import { ConversationFeed } from './conversationFeed';

export interface ChatWatchEntry {
  accountId: string;
  target: ChatTarget | null;
}

/**
 * The conversations on screen and the accounts whose chat is shown: one feed per (account, conversation),
 * and each such account's `main` for `newChatMessage`. The renderer sends the whole set each time.
 */
export class ChatWatcher {
  private readonly feeds = new Map<string, { accountId: string; feed: ConversationFeed }>();
  private readonly mains = new Map<string, () => void>();

  constructor(
    private readonly accounts: AccountsService,
    private readonly hub: StreamingHub,
    private readonly logger: Logger,
    private readonly emit: (accountId: string, event: ChatEvent) => void,
  ) {}

  watch(entries: readonly ChatWatchEntry[]): void {
    const usable = entries.filter((entry) => this.accounts.isUsable(entry.accountId));
    const wantedMains = new Set(usable.map((entry) => entry.accountId));
    const wantedFeeds = new Map(usable.flatMap((entry) => (entry.target ? [[feedKey(entry.accountId, entry.target), entry] as const] : [])));
    for (const [accountId, stop] of this.mains) {
      if (wantedMains.has(accountId)) continue;
      stop();
      this.mains.delete(accountId);
    }
    for (const [key, { feed }] of this.feeds) {
      if (wantedFeeds.has(key)) continue;
      feed.stop();
      this.feeds.delete(key);
    }
    for (const accountId of wantedMains) if (!this.mains.has(accountId)) this.startMain(accountId);
    for (const [key, entry] of wantedFeeds) if (!this.feeds.has(key) && entry.target) this.startFeed(key, entry.accountId, entry.target);
  }

  feed(accountId: string, target: ChatTarget): ConversationFeed | undefined {
    return this.feeds.get(feedKey(accountId, target))?.feed;
  }

  backfill(accountId: string): void {
    for (const each of this.feeds.values()) if (each.accountId === accountId) void each.feed.backfill();
  }

  stopAccount(accountId: string): void {
    this.mains.get(accountId)?.();
    this.mains.delete(accountId);
    for (const [key, each] of this.feeds) {
      if (each.accountId !== accountId) continue;
      each.feed.stop();
      this.feeds.delete(key);
    }
  }

  dispose(): void {
    for (const accountId of new Set([...this.mains.keys(), ...[...this.feeds.values()].map((each) => each.accountId)])) this.stopAccount(accountId);
  }

  private startMain(accountId: string): void {
    this.mains.set(
      accountId,
      this.hub.subscribe(this.accounts.hubAccount(accountId), 'main', {}, (type, body) => {
        if (type !== 'newChatMessage') return;
        const message: ChatMessage | null = parseChatMessage(body);
        if (message) this.emit(accountId, { kind: 'unread', message });
      }),
    );
  }

  private startFeed(key: string, accountId: string, target: ChatTarget): void {
    const feed = new ConversationFeed({
      target,
      account: this.accounts.hubAccount(accountId),
      client: this.accounts.clientFor(accountId),
      hub: this.hub,
      logger: this.logger,
      emit: (event) => this.emit(accountId, event),
    });
    this.feeds.set(key, { accountId, feed });
    feed.start();
  }
}

const feedKey = (accountId: string, target: ChatTarget) => `${accountId}|${chatTargetKey(target)}`;
