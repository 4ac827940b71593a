import { describe, expect, it } from 'vitest';
import { linesOf, textToWordList, wordListToText } from './wordListText';

describe('word list text', () => {
  it('reads lines as Misskey does: keywords split on spaces, /…/flags kept as a regular expression', () => {
    expect(textToWordList('apple\n banana  cherry \n\n/regex\\d+/i')).toEqual([['apple'], ['banana', 'cherry'], '/regex\\d+/i']);
  });

  it('writes what it reads', () => {
    const words = [['apple'], ['banana', 'cherry'], '/regex\\d+/i'];
    expect(textToWordList(wordListToText(words))).toEqual(words);
  });

  it('keeps one of each line', () => {
    expect(linesOf(' a.example \n\na.example\nb.example')).toEqual(['a.example', 'b.example']);
  });
});
