import { describe, expect, it } from 'vitest';
import { scalePath } from './scalePath';

describe('scalePath', () => {
  it('scales coordinates of every command, absolute and relative', () => {
    expect(scalePath('M9 5 3 11l6 6v-4c5 0 8 1.5 10 5-1-5-4-9-10-10z', 2)).toBe('M18 10 6 22l12 12v-8c10 0 16 3 20 10 -2 -10 -8 -18 -20 -20z');
    expect(scalePath('M5 12h.01M12 12h.01', 0.5)).toBe('M2.5 6h0.005M6 6h0.005');
  });

  it('keeps an arc’s rotation and flags, scales its radii and end point', () => {
    expect(scalePath('M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18z', 2 / 3)).toBe('M8 14a6 6 0 1 1 0 -12 6 6 0 0 1 0 12z');
  });

  it('changes nothing at 1:1', () => {
    const d = 'M20 11.5 12 19.5a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L9.7 17.2';
    expect(scalePath(d, 1)).toBe('M20 11.5 12 19.5a5 5 0 0 1 -7 -7l8.5 -8.5a3.3 3.3 0 0 1 4.7 4.7L9.7 17.2');
  });
});
