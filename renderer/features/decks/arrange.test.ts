import { describe, expect, it } from 'vitest';
import type { ColumnView } from '../../../shared/model/column';
import { resizedShares, slotsOf } from '../deck/slots';
import { dropSide } from '../deck/columnDrag';
import { newArrivals, type AlertState } from './columnAlerts';

const column = (id: string, extra: Partial<ColumnView> = {}): ColumnView => ({ id, accountId: 'a', kind: 'home', params: {}, width: 340, collapsed: false, ...extra });

describe('slots', () => {
  it('groups a stacked column with the column before it', () => {
    const slots = slotsOf([column('a'), column('b', { stacked: true }), column('c'), column('d', { stacked: true }), column('e', { stacked: true })]);
    expect(slots.map((s) => [s.firstIndex, s.columns.map((c) => c.id)])).toEqual([
      [0, ['a', 'b']],
      [2, ['c', 'd', 'e']],
    ]);
  });

  it('lets the first column head its slot even if it says it is stacked', () => {
    expect(slotsOf([column('a', { stacked: true }), column('b')]).map((s) => s.columns.length)).toEqual([1, 1]);
  });

  it('moves the split between two shares, keeping each at least a tenth', () => {
    expect(resizedShares(1, 1, 0.25)).toEqual([1.5, 0.5]);
    expect(resizedShares(1, 1, -5)).toEqual([0.2, 1.8]);
    expect(resizedShares(1, 1, 5)).toEqual([1.8, 0.2]);
  });

  it('stacks a drop on the lower quarter of an expanded column, else drops beside it', () => {
    const box = { left: 0, top: 0, width: 300, height: 800 };
    expect(dropSide(box, 100, 700, false)).toBe('stack');
    expect(dropSide(box, 100, 100, false)).toBe('before');
    expect(dropSide(box, 200, 100, false)).toBe('after');
    expect(dropSide(box, 100, 700, true)).toBe('before');
  });
});

describe('column alerts', () => {
  const state = (columns: ColumnView[], noteIds: Record<string, string[]>, status = 'loaded'): AlertState => ({
    columns,
    columnNoteIds: noteIds,
    columnNotifications: {},
    columnLoads: Object.fromEntries(columns.map((c) => [c.id, { status }])),
  });

  it('counts the items a column that asked for alerts gained at its head', () => {
    const columns = [column('a', { sound: true }), column('b')];
    const before = state(columns, { a: ['3', '2'], b: ['9'] });
    const after = state(columns, { a: ['5', '4', '3', '2'], b: ['10', '9'] });
    expect(newArrivals(before, after).map((a) => [a.column.id, a.count])).toEqual([['a', 2]]);
  });

  it('stays quiet for a first page, older pages, and columns that did not ask', () => {
    const columns = [column('a', { notify: true })];
    expect(newArrivals(state(columns, { a: [] }, 'loading'), state(columns, { a: ['2', '1'] }))).toEqual([]);
    expect(newArrivals(state(columns, { a: ['3'] }), state(columns, { a: ['3', '2', '1'] }))).toEqual([]);
    expect(newArrivals(state([column('a')], { a: ['1'] }), state([column('a')], { a: ['2', '1'] }))).toEqual([]);
  });
});
