import { describe, expect, it } from 'vitest';
import { compileWordMatcher, fallbackInputLimit } from './wordMatcher';

describe('compileWordMatcher (Misskey word-mute semantics)', () => {
  it('matches a one-keyword array as a substring, case-sensitive', () => {
    const matcher = compileWordMatcher([['apple']]);
    expect(matcher.matches('I like pineapple')).toEqual(['apple']);
    expect(matcher.matches('APPLE pie')).toEqual([]);
  });

  it('needs every keyword of an array (AND), and names them joined by a space', () => {
    const matcher = compileWordMatcher([['banana', 'cherry']]);
    expect(matcher.matches('banana split')).toEqual([]);
    expect(matcher.matches('cherry and banana')).toEqual(['banana cherry']);
  });

  it('ignores empty keywords, and an array of only empty keywords matches nothing', () => {
    expect(compileWordMatcher([['', 'kiwi']]).matches('kiwi')).toEqual(['kiwi']);
    const empty = compileWordMatcher([[''], []]);
    expect(empty.isEmpty).toBe(true);
    expect(empty.matches('anything')).toEqual([]);
  });

  it('reads /pattern/flags as a regular expression, with its flags', () => {
    const matcher = compileWordMatcher(['/regex\\d+/i']);
    expect(matcher.matches('see REGEX42 here')).toEqual(['REGEX42']);
    expect(matcher.matches('regex without digits')).toEqual([]);
    expect(compileWordMatcher(['/regex\\d+/']).matches('REGEX42')).toEqual([]);
  });

  it('honours the m and s flags', () => {
    expect(compileWordMatcher(['/^second/m']).matches('first\nsecond')).toEqual(['second']);
    expect(compileWordMatcher(['/^second/']).matches('first\nsecond')).toEqual([]);
    expect(compileWordMatcher(['/a.b/s']).matches('a\nb')).toEqual(['a\nb']);
    expect(compileWordMatcher(['/a.b/']).matches('a\nb')).toEqual([]);
  });

  it('reads a plain string (not /…/) as one keyword', () => {
    expect(compileWordMatcher(['durian']).matches('durian smell')).toEqual(['durian']);
  });

  it('lists every matching entry once', () => {
    const matcher = compileWordMatcher([['apple'], ['apple'], '/pie/']);
    expect(matcher.matches('apple pie')).toEqual(['apple', 'pie']);
  });

  it('skips a regular expression that does not compile, and the others still work', () => {
    const matcher = compileWordMatcher(['/([a-z/', '/ok/', '/x/zz']);
    expect(matcher.skipped).toEqual([
      { entry: '/([a-z/', reason: 'invalid' },
      { entry: '/x/zz', reason: 'invalid' },
    ]);
    expect(matcher.matches('ok then')).toEqual(['ok']);
  });

  it('runs a catastrophic pattern in linear time (RE2), without freezing', () => {
    const matcher = compileWordMatcher(['/(a+)+$/', '/^(\\w+\\s?)*$/']);
    expect(matcher.skipped).toEqual([]);
    const hostile = `${'a'.repeat(50_000)}!`;
    const started = performance.now();
    expect(matcher.matches(hostile)).toEqual([]);
    expect(matcher.matches(`${'word '.repeat(5_000)}!`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('runs look-ahead and back-references on the browser engine only when the pattern is safe, on bounded text', () => {
    const matcher = compileWordMatcher(['/foo(?=bar)/', '/(ab)\\1/']);
    expect(matcher.skipped).toEqual([]);
    expect(matcher.matches('foobar')).toEqual(['foo']);
    expect(matcher.matches('xxabab')).toEqual(['abab']);
    expect(matcher.matches(`${'x'.repeat(fallbackInputLimit)}foobar`)).toEqual([]);
  });

  it('skips a pattern RE2 cannot run and that could backtrack catastrophically', () => {
    const matcher = compileWordMatcher(['/(a+)+(?=b)/']);
    expect(matcher.skipped).toEqual([{ entry: '/(a+)+(?=b)/', reason: 'unsafe' }]);
    const started = performance.now();
    expect(matcher.matches(`${'a'.repeat(40)}c`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('treats a missing or malformed list as no mutes', () => {
    expect(compileWordMatcher(undefined).isEmpty).toBe(true);
    expect(compileWordMatcher([42 as unknown as string, null as unknown as string]).matches('42')).toEqual([]);
  });
});
