import { describe, expect, it } from 'vitest';
import { compareNewestFirst, mergeNoteIds } from './noteOrder';

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

  it('merges newer, older and in-between notes the same as a full sort would', () => {
    const at = (i: number) => n(`m${String(i).padStart(3, '0')}`, new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString());
    const all = Array.from({ length: 60 }, (_, i) => at(i));
    hold(...all);
    const sorted = (list: { id: string; createdAt: string }[]) => [...list].sort(compareNewestFirst).map((x) => x.id);
    const existing = sorted(all.slice(20, 40));
    // Newer than all held, older than all held, and interleaved (with a duplicate), each under a limit too.
    for (const incoming of [all.slice(40, 45), all.slice(10, 15), [all[25]!, all[5]!, all[50]!, all[33]!, all[21]!]]) {
      const expected = sorted([...all.slice(20, 40), ...incoming.filter((x) => !all.slice(20, 40).includes(x))]);
      expect(mergeNoteIds(existing, incoming, lookup, 100)).toEqual(expected);
      expect(mergeNoteIds(existing, incoming, lookup, 12)).toEqual(expected.slice(0, 12));
    }
  });

  it('drops held ids whose note is gone', () => {
    const a = n('g1', '2026-01-01T00:00:01Z');
    hold(a);
    expect(mergeNoteIds(['missing', 'g1'], [n('g2', '2026-01-01T00:00:02Z')], lookup)).toEqual(['g2', 'g1']);
  });

  it('sorts bad dates last without throwing', () => {
    expect([n('bad', 'nope'), n('ok', '2026-01-01T00:00:00Z')].sort(compareNewestFirst).map((x) => x.id)).toEqual([
      'ok',
      'bad',
    ]);
  });
});
