import { parse } from '@twemoji/parser';

const variationSelector16 = 'fe0f';

/**
 * The emoji's code points in hex without U+FE0F. Misskey names the file by its code points, dropping
 * FE0F except in ZWJ sequences (`char2twemojiFilePath`), and the set's own names do not always agree
 * (👁️‍🗨️ is `1f441-200d-1f5e8`, ❤️‍🔥 `2764-fe0f-200d-1f525`); with FE0F left out of both sides every
 * spelling of an emoji (❤ / ❤️) finds its one file. No two files of the set differ only by FE0F.
 */
export function twemojiKey(emoji: string): string {
  const codes: string[] = [];
  for (const ch of emoji) {
    const hex = ch.codePointAt(0)!.toString(16);
    if (hex !== variationSelector16) codes.push(hex);
  }
  return codes.join('-');
}

export interface TwemojiIndex {
  /** The set's file name (without `.svg`) for an emoji, or null when the set has no image for it. */
  fileFor(emoji: string): string | null;
}

/** An index over the set's file names; lookups are cached (the deck shows the same few emoji often). */
export function createTwemojiIndex(fileNames: Iterable<string>): TwemojiIndex {
  const byKey = new Map<string, string>();
  for (const name of fileNames) byKey.set(name.split('-').filter((c) => c !== variationSelector16).join('-'), name);
  const cache = new Map<string, string | null>();
  return {
    fileFor(emoji) {
      let file = cache.get(emoji);
      if (file !== undefined) return file;
      file = byKey.get(twemojiKey(emoji)) ?? null;
      if (cache.size > 4096) cache.clear();
      cache.set(emoji, file);
      return file;
    },
  };
}

/** A piece of text: plain characters, or one emoji with its image file. */
export type EmojiSegment = string | { emoji: string; file: string };

/**
 * Splits text into plain runs and emoji that have an image (found by @twemoji/parser). Nothing is
 * lost or reordered: the segments' texts joined are the input. An emoji without an image stays text.
 */
export function splitEmoji(text: string, index: TwemojiIndex): EmojiSegment[] {
  const out: EmojiSegment[] = [];
  let at = 0;
  for (const { indices: [start, end] } of parse(text)) {
    const emoji = text.slice(start, end);
    const file = index.fileFor(emoji);
    if (!file || start < at) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push({ emoji, file });
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** The text of segments, as copied or read aloud. */
export const segmentsText = (segments: readonly EmojiSegment[]): string =>
  segments.map((s) => (typeof s === 'string' ? s : s.emoji)).join('');
