import type { ChatEvent, ChatMessage, ChatTarget } from '../../../shared/model/chat';
import { oneAtATime } from '../deck/oneAtATime';
import { RecentIds } from '../deck/recentIds';
import type { MisskeyClient } from '../misskey/misskeyClient';
import type { Logger } from '../platform';
import type { HubAccount, StreamingHub } from '../streaming/streamingHub';
import { parseChatMessage, parseChatMessages, parseReactionFrame } from './chatParse';

const backfillPageSize = 100;
const backfillMaxPages = 10;

export const channelOf = (target: ChatTarget): { channel: string; params: Record<string, unknown> } =>
  target.kind === 'user' ? { channel: 'chatUser', params: { otherId: target.id } } : { channel: 'chatRoom', params: { roomId: target.id } };

/** A page of a conversation's REST timeline, and where to page on from even past unreadable messages. */
export interface ConversationPage {
  /** The readable messages (malformed ones are dropped). */
  messages: ChatMessage[];
  /** The server's page was full, so there may be more beyond it. */
  more: boolean;
  /** The id of the page's last entry with one, as the server sent it (oldest for `untilId`, newest for `sinceId`), readable or not. */
  lastId: string | null;
}

/** The REST timeline of a conversation: `untilId` newest first, `sinceId` alone OLDEST first (as notes). */
export async function conversationPage(client: MisskeyClient, target: ChatTarget, page: { limit: number; untilId?: string; sinceId?: string }): Promise<ConversationPage> {
  const answer: unknown = target.kind === 'user'
    ? await client.requestUntyped('chat/messages/user-timeline', { userId: target.id, ...page })
    : await client.requestUntyped('chat/messages/room-timeline', { roomId: target.id, ...page });
  const raw: unknown[] = Array.isArray(answer) ? answer : [];
  const idOf = (entry: unknown) => (typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id : null);
  const lastId = raw.reduce<string | null>((found, entry) => idOf(entry) ?? found, null);
  return { messages: parseChatMessages(raw), more: raw.length >= page.limit && lastId !== null, lastId };
}

export interface ConversationFeedOptions {
  target: ChatTarget;
  account: HubAccount;
  client: MisskeyClient;
  hub: StreamingHub;
  logger: Logger;
  emit(event: ChatEvent): void;
}

/**
 * One open conversation: live through its chatUser/chatRoom channel (shared through the hub), and
 * after a reconnect filled forward from the newest message held, so nothing is lost or doubled.
 */
export class ConversationFeed {
  private newestId: string | null = null;
  private readonly delivered = new RecentIds(5_000);
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly options: ConversationFeedOptions) {}

  start(): void {
    const { hub, account, target, emit } = this.options;
    const { channel, params } = channelOf(target);
    this.unsubscribe = hub.subscribe(
      account,
      channel,
      params,
      (type, body) => this.onFrame(type, body),
      { onAck: () => emit({ kind: 'state', target, state: 'live' }), onRefused: () => emit({ kind: 'state', target, state: 'refused' }) },
    );
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Messages the renderer loaded itself (a page): not delivered again, and the newest is where a backfill starts. */
  noteHeld(messages: readonly ChatMessage[]): void {
    for (const message of messages) {
      this.delivered.add(message.id);
      this.noteNewest(message.id);
    }
  }

  /** Tells the server the conversation is read (Misskey ignores the message id but wants one). */
  markRead(): void {
    const { hub, account, target } = this.options;
    const { channel, params } = channelOf(target);
    hub.sendOnChannel(account.accountId, channel, params, 'read', { id: this.newestId ?? '' });
  }

  readonly backfill = oneAtATime(() => this.fillGap().catch((error: unknown) => this.options.logger.warn('chat backfill failed', { error: String(error) })));

  private async fillGap(): Promise<void> {
    let sinceId = this.newestId;
    if (!sinceId) return;
    for (let n = 0; n < backfillMaxPages; n++) {
      const page = await conversationPage(this.options.client, this.options.target, { sinceId, limit: backfillPageSize });
      this.deliver(page.messages);
      if (!page.more || page.lastId === null || page.lastId <= sinceId) return;
      sinceId = page.lastId;
    }
  }

  private onFrame(type: string, body: unknown): void {
    const { target, emit } = this.options;
    if (type === 'message') {
      const message = parseChatMessage(body);
      if (message) this.deliver([message]);
    } else if (type === 'react' || type === 'unreact') {
      const frame = parseReactionFrame(body);
      if (frame) emit({ kind: 'reaction', target, ...frame, added: type === 'react' });
    } else if (type === 'deleted' && typeof body === 'string') {
      emit({ kind: 'deleted', target, messageId: body });
    }
  }

  private deliver(messages: readonly ChatMessage[]): void {
    const fresh = messages.filter((message) => this.delivered.add(message.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const message of fresh) this.noteNewest(message.id);
    if (fresh.length > 0) this.options.emit({ kind: 'messages', target: this.options.target, messages: fresh });
  }

  private noteNewest(id: string): void {
    if (this.newestId === null || id > this.newestId) this.newestId = id;
  }
}
