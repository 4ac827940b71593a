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

export const splitTwemoji = (text: string): EmojiSegment[] => splitEmoji(text, index);
