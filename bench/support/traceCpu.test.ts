import { describe, expect, it } from 'vitest';
import { cpuByThread, frameBreakdown, type CpuTraceEvent } from './traceCpu';

const meta = (pid: number, tid: number, kind: 'thread_name' | 'process_name', name: string): CpuTraceEvent => ({ name: kind, ph: 'M', pid, tid, ts: 0, args: { name } });
const task = (pid: number, tid: number, name: string, ts: number, dur: number, tdur: number): CpuTraceEvent => ({ name, ph: 'X', pid, tid, ts, dur, tdur });

describe('trace CPU by thread', () => {
  it('counts thread time of outermost events, sums a pool under its name, and ranks the threads', () => {
    const events = [
      meta(1, 10, 'process_name', 'Renderer'),
      meta(1, 10, 'thread_name', 'CrRendererMain'),
      meta(1, 11, 'thread_name', 'ThreadPoolForegroundWorker'),
      meta(1, 12, 'thread_name', 'ThreadPoolForegroundWorker'),
      // 8 ms of wall time, of which 3 ms ran on the CPU; the nested event is inside it.
      task(1, 10, 'RunTask', 0, 8000, 3000),
      task(1, 10, 'Paint', 1000, 2000, 1000),
      task(1, 10, 'RunTask', 10_000, 1000, 1000),
      task(1, 11, 'RasterTask', 0, 5000, 2500),
      task(1, 12, 'RasterTask', 0, 5000, 2500),
    ];
    const lines = cpuByThread(events, 100);
    expect(lines[0]).toContain('all traced 9%');
    expect(lines[1]).toMatch(/^ {2}Renderer ThreadPoolForegroundWorker +5 ms +5%$/);
    expect(lines[2]).toMatch(/^ {2}Renderer CrRendererMain +4 ms +4%$/);
    expect(lines).toHaveLength(3);
  });
});

describe('trace frame breakdown', () => {
  it('splits frames by whether their animation-frame callbacks applied notes, averaging each phase once (nested events not again)', () => {
    const main = [
      task(1, 10, 'ProxyMain::BeginMainFrame', 0, 20_000, 12_000),
      task(1, 10, 'FireAnimationFrame', 100, 5000, 4000),
      task(1, 10, 'Paint', 6000, 3000, 2000),
      // Nested in the Paint above: already counted in it.
      task(1, 10, 'Paint', 6500, 1000, 700),
      task(1, 10, 'ProxyMain::BeginMainFrame', 30_000, 2000, 1000),
      task(1, 10, 'FireAnimationFrame', 30_100, 300, 200),
      task(1, 10, 'ProxyMain::BeginMainFrame', 40_000, 2000, 2000),
      task(1, 10, 'FireAnimationFrame', 40_100, 300, 400),
    ];
    const [total, applied, others] = frameBreakdown(main);
    expect(total).toBe('main-thread frames: 3');
    expect(applied).toBe('  that applied live notes: 1, 12 ms CPU each on the main thread (script (rAF) 4, paint 2)');
    expect(others).toBe('  others: 2, 1.5 ms CPU each on the main thread (script (rAF) 0.3)');
  });
});
