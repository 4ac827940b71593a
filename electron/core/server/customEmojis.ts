import type { CustomEmoji } from '../../../shared/model/content';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { CommandFailure } from '../commands/commandFailure';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { OriginCache } from './originCache';

const cacheMs = 10 * 60_000;

/** A server's custom emojis (`emojis`), asked at most once per server every 10 minutes. */
export class CustomEmojiCache {
  private readonly cache: OriginCache<CustomEmoji[]>;

  constructor(now?: () => number) {
    this.cache = new OriginCache(cacheMs, now);
  }

  get(client: MisskeyClient): Promise<CustomEmoji[]> {
    return this.cache.get(client.origin, async () => {
      const answer: unknown = await client.request('emojis', {});
      const emojis = typeof answer === 'object' && answer !== null ? (answer as { emojis?: unknown }).emojis : undefined;
      if (!Array.isArray(emojis)) throw new CommandFailure('MALFORMED_RESPONSE', coreMessage('emojisUnreadable'));
      return emojis as CustomEmoji[];
    });
  }
}
