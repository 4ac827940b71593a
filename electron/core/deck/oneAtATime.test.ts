import { describe, expect, it } from 'vitest';
import { oneAtATime } from './oneAtATime';

describe('oneAtATime', () => {
  it('gives a call made while the task runs that same run, and runs again once it has finished', async () => {
    let runs = 0;
    let finish: () => void = () => undefined;
    const run = oneAtATime(() => {
      runs += 1;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    const first = run();
    const second = run();
    expect(second).toBe(first);
    expect(runs).toBe(1);
    finish();
    await first;
    void run();
    expect(runs).toBe(2);
  });

  it('runs again after a run that failed', async () => {
    let runs = 0;
    const run = oneAtATime(() => {
      runs += 1;
      return Promise.reject(new Error('offline'));
    });
    await expect(run()).rejects.toThrow('offline');
    await expect(run()).rejects.toThrow('offline');
    expect(runs).toBe(2);
  });
});
