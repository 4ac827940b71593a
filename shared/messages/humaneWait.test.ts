import { describe, expect, it } from 'vitest';
import { coreMessage } from './coreMessage';
import { humaneWait, waitUnit } from './humaneWait';

describe('humaneWait', () => {
  it("reads a real server's 3,596 s Retry-After as about an hour, in the UI language", () => {
    expect(humaneWait(3596, 'en')).toBe('in about an hour');
    expect(humaneWait(3596, 'ja')).toBe('約 1 時間後');
  });

  it('says "about" only when the wait was rounded', () => {
    expect(humaneWait(3600, 'en')).toBe('in 1 hour');
    expect(humaneWait(3600, 'ja')).toBe('1 時間後');
    expect(humaneWait(61, 'en')).toBe('in about a minute');
    expect(humaneWait(19_200, 'en')).toBe('in about 5 hours');
    expect(humaneWait(86_390, 'en')).toBe('in about a day');
    expect(humaneWait(2 * 86_400 + 5, 'ja')).toBe('約 2 日後');
    // A language the app does not speak gets Intl's own words, unqualified.
    expect(humaneWait(3596, 'de')).toBe('in 1 Stunde');
  });

  it('rounds to the largest unit that fits', () => {
    expect(waitUnit(0)).toEqual([1, 'second']);
    expect(waitUnit(0.2)).toEqual([1, 'second']);
    expect(waitUnit(59)).toEqual([59, 'second']);
    expect(waitUnit(60)).toEqual([1, 'minute']);
    expect(waitUnit(90)).toEqual([2, 'minute']);
    expect(waitUnit(3569)).toEqual([59, 'minute']);
    expect(waitUnit(3570)).toEqual([1, 'hour']);
    expect(waitUnit(5 * 3600 + 1200)).toEqual([5, 'hour']);
    expect(waitUnit(2 * 86_400)).toEqual([2, 'day']);
    expect(waitUnit(Number.NaN)).toEqual([1, 'second']);
    expect(humaneWait(40, 'en')).toBe('in 40 seconds');
    expect(humaneWait(40, 'ja')).toBe('40 秒後');
    expect(humaneWait(90, 'en')).toBe('in about 2 minutes');
  });

  it('words the rate limit message the core sends', () => {
    expect(coreMessage('rateLimitedFor', { host: 'misskey.test', seconds: 3596 }).message).toBe('misskey.test is rate limiting requests; try again in about an hour.');
  });
});
