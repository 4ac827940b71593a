import type { EmojiUrls } from './customEmoji';
import { Mfm } from './Mfm';

/** A display name or other short text: unicode and custom emoji only. */
export function MfmPlain({ text, emojis, host }: { text: string; emojis?: EmojiUrls; host: string | null }) {
  return <Mfm plain text={text} emojis={emojis} host={host} />;
}

/** A user's name as shown: their `name` with its custom emoji, else their username. */
export function UserDisplayName({ user }: { user: { name?: string | null; username: string; host: string | null; emojis?: EmojiUrls } }) {
  const name = user.name?.trim() ? user.name : user.username;
  return <MfmPlain text={name} emojis={user.emojis} host={user.host} />;
}
