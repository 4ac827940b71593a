import { describe, expect, it } from 'vitest';
import { compareNewestFirst, mergeNoteIds, unreferencedIds } from './noteOrder';

const n = (id: string, createdAt: string) => ({ id, createdAt });

describe('mergeNoteIds', () => {
  const held = new Map<string, { id: string; createdAt: string }>();
  const lookup = (id: string) => held.get(id);
  const hold = (...notes: { id: string; createdAt: string }[]) => notes.forEach((x) => held.set(x.id, x));

  it('orders newest first by createdAt, then id', () => {
    const a = n('a', '2026-01-01T00:00:01Z');
    const b = n('b', '2026-01-01T00:00:03Z');
    const c1 = n('c1', '2026-01-01T00:00:02Z');
    const c2 = n('c2', '2026-01-01T00:00:02Z');
    expect(mergeNoteIds([], [a, b, c1, c2], lookup)).toEqual(['b', 'c2', 'c1', 'a']);
  });

  it('never duplicates a note that arrives twice', () => {
    const a = n('a', '2026-01-01T00:00:01Z');
    const b = n('b', '2026-01-01T00:00:02Z');
    hold(a, b);
    expect(mergeNoteIds(['b', 'a'], [b, a, b], lookup)).toEqual(['b', 'a']);
  });

  it('puts a backfilled note between the ones held', () => {
    const a = n('x1', '2026-01-01T00:00:01Z');
    const c = n('x3', '2026-01-01T00:00:03Z');
    hold(a, c);
    expect(mergeNoteIds(['x3', 'x1'], [n('x2', '2026-01-01T00:00:02Z')], lookup)).toEqual(['x3', 'x2', 'x1']);
  });

  it('keeps only the newest `limit` ids', () => {
    const notes = Array.from({ length: 10 }, (_, i) => n(`k${i}`, new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()));
    expect(mergeNoteIds([], notes, lookup, 3)).toEqual(['k9', 'k8', 'k7']);
  });

  it('sorts bad dates last without throwing', () => {
    expect([n('bad', 'nope'), n('ok', '2026-01-01T00:00:00Z')].sort(compareNewestFirst).map((x) => x.id)).toEqual([
      'ok',
      'bad',
    ]);
  });
});

describe('unreferencedIds', () => {
  it('keeps ids another column still shows', () => {
    expect(unreferencedIds(['a', 'b', 'c'], { c1: ['a'], c2: ['c'] })).toEqual(['b']);
  });
});
