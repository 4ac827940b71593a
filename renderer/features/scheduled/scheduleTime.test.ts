import { describe, expect, it } from 'vitest';
import { defaultScheduleTime, fromLocalInput, toLocalInput } from './scheduleTime';

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
});
