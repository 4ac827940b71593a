import { describe, expect, it } from 'vitest';
import { defaultScheduleTime, formatScheduled, fromLocalInput, toLocalInput } from './scheduleTime';

describe('schedule time', () => {
  it('reads back what it writes for the datetime-local input (local time, minutes)', () => {
    const at = new Date(2026, 11, 7, 9, 5).getTime();
    expect(toLocalInput(at)).toBe('2026-12-07T09:05');
    expect(fromLocalInput('2026-12-07T09:05')).toBe(at);
  });

  it('refuses what is not a time', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
  });

  it('suggests an hour ahead on the next five minutes', () => {
    const now = new Date(2026, 0, 1, 10, 2, 30).getTime();
    expect(defaultScheduleTime(now)).toBe(new Date(2026, 0, 1, 11, 5).getTime());
  });

  it('names a scheduled time as a medium date and a short time in the given locale', () => {
    const at = new Date(2026, 11, 7, 9, 5).getTime();
    for (const locale of ['en', 'ja']) expect(formatScheduled(locale, at)).toBe(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at));
  });
});
