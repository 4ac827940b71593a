import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnService } from '../e2e/support/spawnService';
import type { BenchArgs } from './support/args';
import { buildHost } from './support/build';
import type { Cleanup } from './support/cleanup';
import { openDeck } from './support/deck';
import { log, percentile, round } from './support/stats';

const runs = 5;

/** True once every column the window shows (at least one, and all `expected` on the deck) holds a note. */
function visibleColumnsFilled(expected: number): boolean {
  const columns = [...document.querySelectorAll<HTMLElement>('[data-column-id]')];
  if (columns.length < expected) return false;
  const visible = columns.filter((column) => {
    const box = column.getBoundingClientRect();
    return box.width > 0 && box.right > 0 && box.left < window.innerWidth;
  });
  return visible.length > 0 && visible.every((column) => column.querySelector('article[data-note-id]') !== null);
}

/**
 * The deck of 3 accounts and 10 columns is made and used once; then, 5 times each, the host is
 * started again over its data folder and the page opened: `first_note` is the time from starting
 * the host's process to the first note on screen, `filled` to a note in every column in view. The
 * same again with the column cache deleted before each start (`nocache_`), for comparison.
 */
export async function coldstart(args: BenchArgs, cleanup: Cleanup): Promise<string> {
  const deck = await openDeck(args, cleanup, { columns: 'ten' });
  const hostEntry = await buildHost(args.skipBuild);
  const expected = deck.columns.length;
  const { page } = deck;
  let host = deck.host;
  cleanup.add('restarted host', () => host.stop());

  const once = async (withCache: boolean) => {
    await page.goto('about:blank');
    await host.stop();
    if (!withCache) rmSync(join(deck.dataDir, 'column-cache'), { recursive: true, force: true });
    const started = performance.now();
    host = await spawnService(hostEntry, ['--data-dir', deck.dataDir, '--renderer-dir', deck.rendererDir, '--callback', 'missdeck'], 'MISSDECK_URL');
    const hostReady = performance.now() - started;
    await page.goto(`${host.value}&bench=1`);
    await page.waitForFunction(() => document.querySelector('article[data-note-id]') !== null, undefined, { polling: 'raf', timeout: 60_000 });
    const firstNote = performance.now() - started;
    await page.waitForFunction(visibleColumnsFilled, expected, { polling: 'raf', timeout: 60_000 });
    const filled = performance.now() - started;
    const page_ = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return `page loaded ${Math.round(nav.loadEventEnd)} ms after navigating`;
    });
    log(`${withCache ? 'cache' : 'no cache'}: host ready ${round(hostReady)} ms, first note ${round(firstNote)} ms, visible columns filled ${round(filled)} ms (${page_})`);
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
  if (deck.pageErrors.length > 0) process.stdout.write(`page errors (${deck.pageErrors.length}):\n  ${deck.pageErrors.slice(0, 20).join('\n  ')}\n`);
  return `BENCH coldstart filled_p50=${p50(cached.map((r) => r.filled))}ms first_note_p50=${p50(cached.map((r) => r.firstNote))}ms nocache_filled_p50=${p50(uncached.map((r) => r.filled))}ms runs=${runs}`;
}
