import type { BenchArgs } from './support/args';
import type { Cleanup } from './support/cleanup';
import { checkColumns, waitForColumnsToCatchUp } from './support/columns';
import { openDeck, startFloods, waitForFloods } from './support/deck';
import { log, round, sleep } from './support/stats';

interface HeapSample {
  atS: number;
  usedMB: number;
  nodes: number;
  listeners: number;
}

/**
 * 10 columns over 3 accounts, `rate` notes/s in total (default 20, half per server) for `seconds`
 * (default 600). Every 10 s: a full GC (CDP HeapProfiler.collectGarbage, then window.gc()), then
 * `performance.memory.usedJSHeapSize` (precise with --enable-precise-memory-info) and the DOM counters.
 * Growth is measured from the 1-minute sample (or the middle of a run shorter than 2 minutes).
 */
export async function soak(args: BenchArgs, cleanup: Cleanup): Promise<string> {
  const seconds = args.seconds ?? 600;
  const rate = args.rate ?? 20;
  const intervalS = Math.min(10, seconds / 6);
  const baselineS = Math.min(60, seconds / 2);
  const deck = await openDeck(args, cleanup, { columns: 'ten' });
  await sleep(2_000);

  const sampleHeap = async (atS: number): Promise<HeapSample> => {
    await deck.cdp.send('HeapProfiler.collectGarbage');
    const usedBytes = (await deck.page.evaluate(
      '(() => { if (typeof window.gc === "function") window.gc(); return performance.memory.usedJSHeapSize; })()',
    )) as number;
    const counters = await deck.cdp.send('Memory.getDOMCounters');
    return { atS: round(atS), usedMB: round(usedBytes / 2 ** 20, 2), nodes: counters.nodes, listeners: counters.jsEventListeners };
  };

  log(`soak: ${rate} notes/s (${rate / 2}/s per server) for ${seconds} s, heap every ${round(intervalS)} s…`);
  const durationMs = seconds * 1000;
  const floods = await startFloods(deck, rate, durationMs);
  const start = performance.now();
  const samples: HeapSample[] = [await sampleHeap(0)];
  for (let k = 1; k * intervalS <= seconds; k++) {
    const due = start + k * intervalS * 1000;
    await sleep(Math.max(0, due - performance.now()));
    const sample = await sampleHeap((performance.now() - start) / 1000);
    samples.push(sample);
    log(`t=${sample.atS}s heap=${sample.usedMB}MB nodes=${sample.nodes} listeners=${sample.listeners}`);
  }
  const results = await waitForFloods(deck, floods, 'soak');
  await sleep(2_000);
  const catchUp = await waitForColumnsToCatchUp(deck, results);
  const check = await checkColumns(deck, results, false);

  const baseline = samples.reduce((best, s) => (Math.abs(s.atS - baselineS) < Math.abs(best.atS - baselineS) ? s : best));
  const end = samples.at(-1)!;
  const growth = round(((end.usedMB - baseline.usedMB) / baseline.usedMB) * 100);
  const peak = samples.reduce((a, s) => Math.max(a, s.usedMB), 0);

  const out = process.stdout;
  out.write(`soak: ${seconds} s at ${rate} notes/s; sent ${results.map((r) => `${r.server} ${r.sent} (${r.achievedRate}/s)`).join(', ')}\n`);
  out.write(`heap after GC (MB) / DOM nodes / listeners, by time:\n`);
  for (const s of samples) out.write(`  ${String(s.atS).padStart(6)} s  ${s.usedMB.toFixed(2).padStart(8)} MB  ${String(s.nodes).padStart(7)} nodes  ${s.listeners} listeners\n`);
  out.write(`baseline at ${baseline.atS} s: ${baseline.usedMB} MB; end: ${end.usedMB} MB; peak ${peak} MB; growth ${growth}%\n`);
  out.write(`columns at the end: lost=${check.lost} doubled=${check.doubled} (window check, ${round(catchUp.ms / 1000)} s after the settle)\n`);
  for (const line of check.lines) out.write(`${line}\n`);
  if (deck.pageErrors.length > 0) out.write(`page errors (${deck.pageErrors.length}):\n  ${deck.pageErrors.slice(0, 20).join('\n  ')}\n`);
  return [
    'BENCH soak',
    `heap_1min=${baseline.usedMB}MB`,
    `heap_end=${end.usedMB}MB`,
    `growth=${growth}%`,
    `heap_peak=${peak}MB`,
    `dom_nodes_1min=${baseline.nodes}`,
    `dom_nodes_end=${end.nodes}`,
    `lost=${check.lost}`,
    `doubled=${check.doubled}`,
    `baseline_at=${baseline.atS}s`,
    `seconds=${seconds}`,
    `rate=${rate}`,
  ].join(' ');
}
