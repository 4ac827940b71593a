import { describe, expect, it } from 'vitest';
import { sameData } from './sameData';

describe('sameData', () => {
  it('compares nested objects and arrays by what they hold, whatever the key order', () => {
    const a = { id: 'n1', user: { id: 'u1', emojis: { blob: 'https://x/blob.png' } }, files: [{ id: 'f1' }], cw: null };
    const b = { cw: null, files: [{ id: 'f1' }], user: { emojis: { blob: 'https://x/blob.png' }, id: 'u1' }, id: 'n1' };
    expect(sameData(a, b)).toBe(true);
  });

  it('tells any difference: a value, a missing or extra key, an array order or length', () => {
    const base = { id: 'n1', reactions: { '👍': 1 }, files: ['a', 'b'] };
    expect(sameData(base, { ...base, reactions: { '👍': 2 } })).toBe(false);
    expect(sameData(base, { ...base, myReaction: '👍' })).toBe(false);
    expect(sameData({ ...base, myReaction: undefined }, base)).toBe(false);
    expect(sameData(base, { ...base, files: ['b', 'a'] })).toBe(false);
    expect(sameData(base, { ...base, files: ['a'] })).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(1, '1')).toBe(false);
  });

  it('does not look into objects that are not plain data', () => {
    expect(sameData(new Date(0), new Date(1))).toBe(false);
    expect(sameData(Object.assign(Object.create(null), { a: 1 }), { a: 1 })).toBe(true);
  });
});
