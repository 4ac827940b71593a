import { describe, expect, it } from 'vitest';
import { capCombiningMarks, maxCombiningMarksInARow } from './combiningMarks';

const acute = '\u0301';

describe('capCombiningMarks', () => {
  it('leaves ordinary text alone, accents and all (the same string)', () => {
    for (const text of ['plain', 'Tiếng Việt', 'שָׁלוֹם', 'नमस्ते', '👩🏽‍💻', `a${acute.repeat(maxCombiningMarksInARow)}`]) expect(capCombiningMarks(text)).toBe(text);
  });
  it('cuts every run of more than 30 marks to 30, keeping the letters around them', () => {
    expect(capCombiningMarks(`a${acute.repeat(10_000)}b${acute.repeat(31)}c`)).toBe(`a${acute.repeat(30)}b${acute.repeat(30)}c`);
  });
  it('counts marks outside the BMP as one each', () => {
    const astral = '\u{1D167}'; // musical symbol combining tremolo-1
    expect(capCombiningMarks(`x${astral.repeat(40)}`)).toBe(`x${astral.repeat(30)}`);
  });
});
