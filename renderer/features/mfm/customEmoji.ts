import { safeWebUrl } from '../../lib/safeUrl';

/** Emoji name → image URL, as Misskey sends them (`note.emojis`, `reactionEmojis`, `/api/emojis`). */
export type EmojiUrls = Readonly<Record<string, string>>;

/**
 * The image for `:name:` in a text by a user on `host` (null: our own server). The note's own
 * `emojis` map answers first; our server's emoji list only for a local author, since a remote
 * author's `:name:` names an emoji of their server, not ours. Only http(s) URLs are returned.
 */
export function customEmojiUrl(name: string, emojis: EmojiUrls | undefined, host: string | null, serverEmojis?: EmojiUrls): string | null {
  const own = lookup(emojis, name) ?? (host ? lookup(emojis, `${name}@${host}`) : undefined);
  if (own) return safeWebUrl(own);
  if (host == null) {
    const local = lookup(serverEmojis, name);
    if (local) return safeWebUrl(local);
  }
  return null;
}

const lookup = (map: EmojiUrls | undefined, key: string): string | undefined =>
  map && Object.hasOwn(map, key) ? map[key] : undefined;

/** A reaction: unicode text, or a custom emoji `:name:`, `:name@host:` or `:name@.:` (local). */
export type ParsedReaction = { kind: 'unicode'; text: string } | { kind: 'custom'; name: string; host: string | null };

export function parseReaction(reaction: string): ParsedReaction {
  const m = /^:([\w+-]+)(?:@([\w.:-]+))?:$/.exec(reaction);
  if (!m) return { kind: 'unicode', text: reaction };
  const host = m[2] == null || m[2] === '.' ? null : m[2];
  return { kind: 'custom', name: m[1]!, host };
}

/** The key the server keeps a reaction under: our own custom emoji `:name:` as `:name@.:` (as its stream reports it). */
export function serverReactionKey(reaction: string): string {
  const parsed = parseReaction(reaction);
  return parsed.kind === 'custom' && parsed.host === null ? `:${parsed.name}@.:` : reaction;
}

/**
 * The image for a reaction. `reactionEmojis` (from the note) is keyed `name@host` for remote
 * emoji; local ones (`:name@.:`) come from our server's list.
 */
export function reactionEmojiUrl(reaction: ParsedReaction & { kind: 'custom' }, reactionEmojis: EmojiUrls | undefined, serverEmojis?: EmojiUrls): string | null {
  if (reaction.host) {
    const url = lookup(reactionEmojis, `${reaction.name}@${reaction.host}`);
    return url ? safeWebUrl(url) : null;
  }
  const url = lookup(serverEmojis, reaction.name) ?? lookup(reactionEmojis, reaction.name);
  return url ? safeWebUrl(url) : null;
}
