import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relativeTime';

const now = Date.parse('2026-11-25T12:00:00Z');
const ago = (s: number) => new Date(now - s * 1000).toISOString();

describe('formatRelativeTime', () => {
  it('says now for the last few seconds (and small clock skew)', () => {
    expect(formatRelativeTime(ago(10), now, 'en')).toBe('now');
    expect(formatRelativeTime(ago(-5), now, 'en')).toBe('now');
  });
  // ICU versions differ in narrow forms ("5m ago" / "5 min. ago"), so match loosely.
  it('counts minutes, hours, days', () => {
    expect(formatRelativeTime(ago(5 * 60), now, 'en')).toMatch(/^5\s?m(in\.?)? ago$/);
    expect(formatRelativeTime(ago(3 * 3600), now, 'en')).toMatch(/^3\s?h(r\.?)? ago$/);
    expect(formatRelativeTime(ago(24 * 3600), now, 'en')).toBe('yesterday');
  });
  it('speaks the locale', () => {
    expect(formatRelativeTime(ago(5 * 60), now, 'ja')).toMatch(/^5\s?分前$/);
  });
  it('gives nothing for a bad date', () => {
    expect(formatRelativeTime('not a date', now, 'en')).toBe('');
  });
});
