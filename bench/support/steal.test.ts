import { describe, expect, it } from 'vitest';
import { parseProcStat, stolenPercent } from './steal';

const stat = (all: number, cpu0: number, cpu1: number) =>
  [
    `cpu  5107751 135063 1017107 6841123 14529 0 18098 ${all} 0 0`,
    `cpu0 2835257 74064 522542 3132873 1653 0 5080 ${cpu0} 0 0`,
    `cpu1 2272494 60998 494565 3708249 12875 0 13017 ${cpu1} 0 0`,
    'intr 55673977 0 0 0',
    'ctxt 199780860',
  ].join('\n');

describe('hypervisor steal from /proc/stat', () => {
  it('reads the steal column of the total line and of each CPU, nothing from other lines', () => {
    const { steal } = parseProcStat(stat(46470, 21555, 24915));
    expect([...steal]).toEqual([
      ['all', 46470],
      [0, 21555],
      [1, 24915],
    ]);
  });

  it('gives the share of one core stolen over the run, on the CPUs asked for or the whole machine', () => {
    const before = parseProcStat(stat(1000, 400, 600));
    // 10 s later: 300 ticks (3 s) stolen on CPU 0, 100 on CPU 1.
    const after = parseProcStat(stat(1400, 700, 700));
    expect(stolenPercent(before, after, 10_000, [0])).toBe(30);
    expect(stolenPercent(before, after, 10_000, [1])).toBe(10);
    expect(stolenPercent(before, after, 10_000)).toBe(40);
  });

  it('counts 0 where the kernel has no steal column, and never a negative share', () => {
    const old = parseProcStat('cpu  1 2 3 4\ncpu0 1 2 3 4');
    expect(old.steal.get('all')).toBe(0);
    const before = parseProcStat(stat(500, 0, 0));
    const after = parseProcStat(stat(400, 0, 0));
    expect(stolenPercent(before, after, 1000)).toBe(0);
  });
});
