import * as mfm from 'mfm-js';
import { describe, expect, it } from 'vitest';
import { chunkText } from './chunkText';
import { mfmLimits } from './limits';
import { textParseCost } from './parseCost';
import { parseMfm, parseMfmSimple } from './parseMfm';

const time = (f: () => void) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

describe('chunkText', () => {
  it('keeps short texts whole and gives back long ones exactly', () => {
    expect(chunkText('abc', 10)).toEqual(['abc']);
    const text = Array.from({ length: 400 }, (_, i) => `line ${i} ${'x'.repeat(i % 37)}${i % 9 === 0 ? '\n' : ''}`).join('\n');
    const pieces = chunkText(text, 500);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(500);
  });
  it('prefers blank lines outside code fences', () => {
    const code = '```\nA\n\nB\n```\n';
    const text = `${'p'.repeat(30)}\n\n${code}${'q'.repeat(10)}`;
    const pieces = chunkText(text, 50);
    expect(pieces[0]).toBe(`${'p'.repeat(30)}\n\n`);
    expect(pieces.join('')).toBe(text);
  });
  it('never splits a surrogate pair', () => {
    const pieces = chunkText('😀'.repeat(100), 51);
    for (const p of pieces) expect(p).toBe('😀'.repeat(p.length / 2));
  });
});

describe('parseMfm', () => {
  it('parses ordinary notes whole, as mfm-js does', () => {
    const text = '$[x2 **Big**] @bob #tag\n```js\nx\n\ny\n```';
    expect(parseMfm(text)).toEqual({ nodes: mfm.parse(text, { nestLimit: mfmLimits.parserNestLimit }), rest: '', degraded: false });
  });
  it('caps parsing at maxParseChars and hands back the rest', () => {
    const text = 'a'.repeat(mfmLimits.maxParseChars + 10);
    const r = parseMfm(text);
    expect(r.rest).toBe('a'.repeat(10));
    expect(mfm.toString(r.nodes)).toBe('a'.repeat(mfmLimits.maxParseChars));
  });
  it('uses mfm-js nestLimit on a deep $[x2 nest', () => {
    const text = `${'$[x2 '.repeat(400)}x${']'.repeat(400)}`;
    let depth = 0;
    let node: mfm.MfmNode | undefined = parseMfm(text).nodes[0];
    while (node?.type === 'fn') {
      depth++;
      node = node.children[0];
    }
    expect(depth).toBe(mfmLimits.parserNestLimit);
    expect(mfm.toString(parseMfm(text).nodes)).toBe(text);
  });
  it('parses a 3,000-deep $[x2 nest fast, as text past the limits', () => {
    const text = `${'$[x2 '.repeat(3000)}x${']'.repeat(3000)}`;
    parseMfm(text);
    let r: ReturnType<typeof parseMfm> | undefined;
    expect(time(() => (r = parseMfm(text)))).toBeLessThan(50);
    expect(mfm.toString(r!.nodes) + r!.rest).toBe(text);
  });
  it('prices backtracking openers', () => {
    expect(textParseCost('hello')).toBe(5);
    expect(textParseCost('[[[[')).toBe(4 * 5);
    expect(textParseCost('$[x2 $[x2 a]]')).toBe(13);
    expect(textParseCost('[\\(')).toBe(3 * 2 * 2);
    expect(textParseCost('<center>a\nb')).toBeGreaterThan(textParseCost('a\nb'));
  });
  it('parses hostile bracket storms line by line, keeping costly lines as text, fast', () => {
    const hostile = [
      '['.repeat(5000),
      '?[\\('.repeat(1500),
      '[xxxxxxxxx'.repeat(1200),
      '<center>\n'.repeat(1300),
      '<plain>'.repeat(1700),
      '\\[ a\n'.repeat(2000),
      '<http://'.repeat(1500),
      `ok **fine**\n${'[a'.repeat(3000)}\nstill **parsed**`,
    ];
    for (const text of hostile) {
      let r: ReturnType<typeof parseMfm> | undefined;
      const ms = time(() => (r = parseMfm(text)));
      expect(ms, text.slice(0, 20)).toBeLessThan(300); // raw mfm.parse takes seconds on each of these
      expect(r!.degraded, text.slice(0, 20)).toBe(true);
    }
    const mixed = parseMfm(`ok **fine**\n${'[a'.repeat(3000)}\nstill **parsed**`).nodes;
    expect(mixed.filter((n) => n.type === 'bold')).toHaveLength(2);
  });
  it('parses 100 KB of ordinary MFM quickly', () => {
    const text = '**bold** @user #tag https://ex.com/a?b=1 :emoji: $[x2 hi] text <i>it</i>\n'.repeat(1400);
    parseMfm(text);
    expect(time(() => parseMfm(text))).toBeLessThan(250);
  });
});

describe('parseMfmSimple', () => {
  it('keeps names to text and emoji', () => {
    expect(parseMfmSimple('Alice :cat: 🐈 **no**').map((n) => n.type)).toEqual(['text', 'emojiCode', 'text', 'unicodeEmoji', 'text']);
  });
});
