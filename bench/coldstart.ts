import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnService } from '../e2e/support/spawnService';
import type { BenchArgs } from './support/args';
import { buildHost } from './support/build';
import type { Cleanup } from './support/cleanup';
import { coldStartWatch, type ColdStartTimes } from './support/coldStartWatch';
import { openDeck } from './support/deck';
import { log, percentile, round } from './support/stats';

const runs = 5;

/**
 * The deck of 3 accounts and 10 columns is made and used once; then, 5 times each, the host is
 * started again over its data folder and the page opened: `first_note` is the time from starting
 * the host's process to the first frame showing a note, `filled` to the first showing a note in
 * every column in view. The same again with the column cache deleted before each start
 * (`nocache_`), for comparison. With `--profile <file>`, the third start is traced (Chrome trace
 * with JS samples; open it in DevTools' Performance panel).
 */
export async function coldstart(args: BenchArgs, cleanup: Cleanup): Promise<string> {
  const deck = await openDeck(args, cleanup, { columns: 'ten' });
  const hostEntry = await buildHost(args.skipBuild);
  const expected = deck.columns.length;
  const { page } = deck;
  let host = deck.host;
  cleanup.add('restarted host', () => host.stop());
  await page.addInitScript({ content: coldStartWatch(expected) });

  let starts = 0;
  const once = async (withCache: boolean) => {
    starts++;
    const tracing = args.profile !== undefined && starts === 3;
    await page.goto('about:blank');
    await host.stop();
    if (!withCache) rmSync(join(deck.dataDir, 'column-cache'), { recursive: true, force: true });
    const started = performance.now();
    host = await spawnService(hostEntry, ['--data-dir', deck.dataDir, '--renderer-dir', deck.rendererDir, '--callback', 'missdeck'], 'MISSDECK_URL');
    const hostReady = performance.now() - started;
    if (tracing) await deck.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] });
    await page.goto(`${host.value}&bench=1`);
    await page.waitForFunction(() => (window as unknown as { __coldStart?: ColdStartTimes }).__coldStart?.filledAt !== undefined, undefined, { polling: 'raf', timeout: 60_000 });
    const noticed = performance.now() - started;
    if (args.screenshot && withCache && starts === runs + 1) await page.screenshot({ path: args.screenshot });
    if (tracing) writeFileSync(args.profile!, await deck.browser.stopTracing());
    const page_ = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const script = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.js'));
      const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('missdeck:'));
      return {
        timeOrigin: performance.timeOrigin,
        times: (window as unknown as { __coldStart: Required<ColdStartTimes> }).__coldStart,
        steps: [
          `html ${Math.round(nav.responseEnd)}`,
          `script ${Math.round(script ? (script as PerformanceResourceTiming).responseEnd : 0)}`,
          ...marks.map((m) => `${m.name.slice('missdeck:'.length)} ${Math.round(m.startTime)}`),
          `load event ${Math.round(nav.loadEventEnd)}`,
        ],
      };
    });
    // Both clocks count from the Unix epoch: where the page's clock starts on the bench's.
    const pageStart = page_.timeOrigin - (performance.timeOrigin + started);
    const firstNote = pageStart + page_.times.firstNoteAt;
    const filled = pageStart + page_.times.filledAt;
    const hostSteps = host.stderr().split('\n').filter((l) => l.startsWith('HOSTTIME ')).map((l) => l.slice('HOSTTIME '.length));
    log(
      `${withCache ? 'cache' : 'no cache'}: host ready ${round(hostReady)} ms (${hostSteps.join(', ')} after its process started), page navigated ${round(pageStart)} ms, ` +
        `first note ${round(firstNote)} ms, visible columns filled ${round(filled)} ms (Playwright noticed at ${round(noticed)} ms); ` +
        `page clock: ${page_.steps.join(', ')}, first note ${Math.round(page_.times.firstNoteAt)}, filled ${Math.round(page_.times.filledAt)}`,
    );
    return { hostReady, firstNote, filled };
  };

  // One start to write the cache of the deck as used, then the measured ones.
  await once(true);
  const cached = [];
  for (let run = 0; run < runs; run++) cached.push(await once(true));
  const uncached = [];
  for (let run = 0; run < runs; run++) uncached.push(await once(false));

  const p50 = (values: number[]) => round(percentile(values, 50));
  const line = (label: string, list: { hostReady: number; firstNote: number; filled: number }[]) =>
    `${label}: host_ready_p50=${p50(list.map((r) => r.hostReady))} ms first_note_p50=${p50(list.map((r) => r.firstNote))} ms filled_p50=${p50(list.map((r) => r.filled))} ms (filled: ${list.map((r) => round(r.filled)).join(', ')})\n`;
  process.stdout.write(`coldstart: 3 accounts, ${expected} columns, ${runs} runs each; from starting the host process (bundled, plain Node) to notes on screen\n`);
  process.stdout.write(line('with cache', cached));
  process.stdout.write(line('without cache', uncached));
  if (args.profile) process.stdout.write(`trace of the third start written to ${args.profile}\n`);
  if (deck.pageErrors.length > 0) process.stdout.write(`page errors (${deck.pageErrors.length}):\n  ${deck.pageErrors.slice(0, 20).join('\n  ')}\n`);
  return `BENCH coldstart filled_p50=${p50(cached.map((r) => r.filled))}ms first_note_p50=${p50(cached.map((r) => r.firstNote))}ms nocache_filled_p50=${p50(uncached.map((r) => r.filled))}ms runs=${runs}`;
}
