import { describe, expect, it } from 'vitest';
import { formatDateTime, formatIsoDateTime, formatNumber, formatPercent } from './index';

describe('Intl formatters (made once per locale)', () => {
  const when = '2026-11-25T18:24:17.625Z';

  it('formats dates, numbers and percentages in the locale asked for', () => {
    expect(formatDateTime(new Date(when), 'en')).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(when)));
    expect(formatDateTime(new Date(when), 'ja')).toMatch(/^2026\/11\/2[56]/);
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatPercent(1.5, 'en')).toBe('150%');
    expect(formatPercent(0.25, 'ja')).toBe('25%');
  });

  it('remembers ISO dates per locale, and gives nothing for a bad date', () => {
    expect(formatIsoDateTime(when, 'en')).toBe(formatDateTime(new Date(when), 'en'));
    expect(formatIsoDateTime(when, 'ja')).toBe(formatDateTime(new Date(when), 'ja'));
    expect(formatIsoDateTime(when, 'ja')).not.toBe(formatIsoDateTime(when, 'en'));
    expect(formatIsoDateTime('not a date', 'en')).toBe('');
    for (let i = 0; i < 3000; i++) formatIsoDateTime(new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), 'en');
    expect(formatIsoDateTime(when, 'en')).toBe(formatDateTime(new Date(when), 'en'));
  });
});
