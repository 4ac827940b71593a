import { describe, expect, it } from 'vitest';
import * as mfm from 'mfm-js';
import fileNames from 'virtual:twemoji-files';
import { unicodeGroups } from '../notes/emojiCatalog';
import { createTwemojiIndex, segmentsText, splitEmoji, twemojiKey, type TwemojiIndex } from './twemojiIndex';

// The bundled set's names, as the renderer gets them (build/twemojiAssets.ts).
const names = fileNames.split(' ');
const index: TwemojiIndex = createTwemojiIndex(names);

const emojiOf = (text: string) => splitEmoji(text, index).filter((s) => typeof s !== 'string');

describe('twemoji file names', () => {
  it('finds the file of each kind of emoji, whatever FE0F it is written with', () => {
    expect(index.fileFor('👍')).toBe('1f44d');
    expect(index.fileFor('👍🏽')).toBe('1f44d-1f3fd');
    expect(index.fileFor('👨‍👩‍👧')).toBe('1f468-200d-1f469-200d-1f467');
    expect(index.fileFor('🇯🇵')).toBe('1f1ef-1f1f5');
    expect(index.fileFor('1️⃣')).toBe('31-20e3');
    expect(index.fileFor('#️⃣')).toBe('23-20e3');
    expect(index.fileFor('❤️')).toBe('2764');
    expect(index.fileFor('❤')).toBe('2764');
    // ZWJ sequences: the set keeps FE0F in some names and not in others.
    expect(index.fileFor('❤️‍🔥')).toBe('2764-fe0f-200d-1f525');
    expect(index.fileFor('❤‍🔥')).toBe('2764-fe0f-200d-1f525');
    expect(index.fileFor('👁️‍🗨️')).toBe('1f441-200d-1f5e8');
    expect(index.fileFor('🏳️‍🌈')).toBe('1f3f3-fe0f-200d-1f308');
  });

  it('has no image for what is not an emoji or is newer than the set', () => {
    expect(index.fileFor('a')).toBeNull();
    expect(index.fileFor('\uFE0F')).toBeNull();
    expect(index.fileFor('')).toBeNull();
    expect(index.fileFor('🫩')).toBeNull(); // Unicode 16: not in Twemoji 15
  });

  it('keys each file uniquely when FE0F is left out', () => {
    expect(names.length).toBeGreaterThan(3500);
    const keys = new Set(names.map((n) => twemojiKey(String.fromCodePoint(...n.split('-').map((h) => parseInt(h, 16))))));
    expect(keys.size).toBe(names.length);
  });

  it('has an image for every emoji of the reaction picker', () => {
    const chars = unicodeGroups.flatMap((g) => g.emojis.map((e) => e.char));
    expect(chars.filter((c) => index.fileFor(c) === null)).toEqual([]);
  });

  it('has an image for every unicode emoji mfm-js finds in text', () => {
    const text = '👍👍🏽👨‍👩‍👧🇯🇵1️⃣❤️❤🏳️‍🌈🏋🏻☺️✌️🧑🏾‍💻👩‍❤️‍💋‍👨🏴󠁧󠁢󠁳󠁣󠁴󠁿';
    const emoji = mfm.parseSimple(text).flatMap((n) => (n.type === 'unicodeEmoji' ? [n.props.emoji] : []));
    expect(emoji.length).toBeGreaterThanOrEqual(14);
    expect(emoji.filter((e) => index.fileFor(e) === null)).toEqual([]);
  });
});

describe('splitEmoji', () => {
  it('cuts ZWJ sequences, skin tones, flags, keycaps and FE0F variants whole', () => {
    const segments = splitEmoji('a👨‍👩‍👧b👍🏽🇯🇵 1️⃣❤️❤!', index);
    expect(segments).toEqual([
      'a',
      { emoji: '👨‍👩‍👧', file: '1f468-200d-1f469-200d-1f467' },
      'b',
      { emoji: '👍🏽', file: '1f44d-1f3fd' },
      { emoji: '🇯🇵', file: '1f1ef-1f1f5' },
      ' ',
      { emoji: '1️⃣', file: '31-20e3' },
      { emoji: '❤️', file: '2764' },
      { emoji: '❤', file: '2764' },
      '!',
    ]);
  });

  it('leaves plain digits, © and text-style symbols as text', () => {
    expect(splitEmoji('1 # © ™ ↩ ⟳', index)).toEqual(['1 # © ™ ↩ ⟳']);
    expect(emojiOf('')).toEqual([]);
  });

  it('keeps emoji the set has no image for as text', () => {
    expect(splitEmoji('x🫩y', index)).toEqual(['x🫩y']);
  });

  it('never loses, adds or reorders a character', () => {
    const pieces = ['a', ' ', 'あ', '👍', '🏽', '\u200D', '\uFE0F', '👨‍👩‍👧', '🇯', '🇵', '1', '⃣', '❤', '🏋', '\uD83D', '\uDC4D', '🫩', '#', '️', 'é', '\u0301', '🏴󠁧󠁢󠁥󠁮󠁧󠁿'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: 1 + (round % 24) }, () => pieces[next()]).join('');
      const segments = splitEmoji(text, index);
      expect(segmentsText(segments)).toBe(text);
      for (const s of segments) {
        if (typeof s === 'string') expect(s).not.toBe('');
        else expect(index.fileFor(s.emoji)).toBe(s.file);
      }
    }
  });
});
