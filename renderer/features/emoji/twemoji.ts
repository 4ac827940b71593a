import fileNames from 'virtual:twemoji-files';
import { createTwemojiIndex, splitEmoji, type EmojiSegment } from './twemojiIndex';

/** The bundled set (build/twemojiAssets.ts), served from the app's own origin. */
const index = createTwemojiIndex(fileNames.split(' '));

/** The bundled image's URL for an emoji, or null when the set has none. */
export function twemojiSrc(emoji: string): string | null {
  const file = index.fileFor(emoji);
  return file ? twemojiFileSrc(file) : null;
}

export const twemojiFileSrc = (file: string): string => `${import.meta.env.BASE_URL}twemoji/${file}.svg`;

/** Split texts, by text: a row mounts with the same few reactions and icons as the rows before it, and parsing is not free. */
const splits = new Map<string, readonly EmojiSegment[]>();
const splitsLimit = 2_048;

export function splitTwemoji(text: string): readonly EmojiSegment[] {
  let segments = splits.get(text);
  if (segments === undefined) {
    segments = splitEmoji(text, index);
    if (splits.size >= splitsLimit) splits.clear();
    splits.set(text, segments);
  }
  return segments;
}
