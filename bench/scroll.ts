import { control } from '../e2e/support/standinControl';
import type { BenchArgs } from './support/args';
import type { Cleanup } from './support/cleanup';
import { openDeck } from './support/deck';
import { startPageMeasurement, stopPageMeasurement } from './support/pageMeasure';
import { log, round, sleep, summarise, timerPrecision } from './support/stats';

/**
 * One column (alice@A's home) over `notes` seeded notes (default 5,000, posted by the stand-in's
 * flood before the page opens), scrolled from the top towards the oldest at `speed` px/s (default
 * 3,000, a brisk wheel) in animation-frame steps, while the column loads older pages (`untilId`) as it
 * goes. Stops at the end of the timeline, when the column says its window is full, or after `seconds`
 * (default 600) as a safety limit.
 */
export async function scroll(args: BenchArgs, cleanup: Cleanup): Promise<string> {
  const notes = args.notes ?? 5000;
  const speed = args.speed ?? 3000;
  const limitS = args.seconds ?? 600;
  const deck = await openDeck(args, cleanup, {
    columns: 'homes',
    beforeOpen: async (servers) => {
      log(`seeding ${notes} notes on server A (alice follows the authors)…`);
      const { floodId } = await control<{ floodId: string }>(servers.A, 'flood', {
        rate: 2000,
        durationMs: (notes / 2000) * 1000,
        channels: ['home'],
        followers: ['alice'],
      });
      for (;;) {
        const status = await control<{ running: boolean; sent: number }>(servers.A, 'floodStatus', { floodId });
        if (!status.running) {
          log(`seeded ${status.sent} notes`);
          break;
        }
        await sleep(200);
      }
    },
  });
  const column = deck.columns.find((c) => c.kind === 'home' && c.account === 'alice@A')!;
  await sleep(2_000);
  await startPageMeasurement(deck.page);
  log(`scrolling ${column.kind}(${column.account}) at ${speed} px/s…`);
  const run = (await deck.page.evaluate(scrollScript(column.id, speed, limitS * 1000))) as ScrollRun;
  const measured = await stopPageMeasurement(deck.page);
  const frames = summarise(measured.frames);
  const longTaskShare = round((measured.longTaskMs / measured.wallMs) * 100);

  const out = process.stdout;
  out.write(
    `scroll: ${run.seconds} s at ${speed} px/s over ${run.px} px; column holds ${run.held} of ${notes} seeded; stopped because: ${run.reason}; ${run.stalls} frames waited for an older page (${round(run.stallMs)} ms)\n`,
  );
  out.write(`distinct notes rendered while scrolling: ${measured.insertedNotes}\n`);
  out.write(`frames: n=${frames.n} p50=${frames.p50}ms p95=${frames.p95}ms p99=${frames.p99}ms max=${frames.max}ms; long tasks ${measured.longTasks} (${longTaskShare}%); ${timerPrecision(measured)}\n`);
  if (deck.pageErrors.length > 0) out.write(`page errors (${deck.pageErrors.length}):\n  ${deck.pageErrors.slice(0, 20).join('\n  ')}\n`);
  return [
    'BENCH scroll',
    `notes=${run.held}`,
    `seeded=${notes}`,
    `window_full=${run.reason === 'window-full' ? 1 : 0}`,
    `frame_p50=${frames.p50}ms`,
    `frame_p95=${frames.p95}ms`,
    `frame_max=${frames.max}ms`,
    `longtask_share=${longTaskShare}%`,
    `seconds=${run.seconds}`,
    `speed=${speed}px/s`,
  ].join(' ');
}

interface ScrollRun {
  reason: string;
  held: number;
  px: number;
  seconds: number;
  stalls: number;
  stallMs: number;
}

/** In-page: scroll the column's scroll container down every frame until there is nothing more. */
function scrollScript(columnId: string, speed: number, limitMs: number): string {
  return String.raw`new Promise((resolve) => {
    const probe = window.__missdeckBench;
    const columnId = ${JSON.stringify(columnId)};
    const speed = ${speed};
    const limitMs = ${limitMs};
    const column = document.querySelector('[data-column-id="' + columnId + '"]');
    const scroller = [...column.querySelectorAll('*')].find((e) => {
      const o = getComputedStyle(e).overflowY;
      return (o === 'auto' || o === 'scroll') && e.scrollHeight > e.clientHeight;
    });
    if (!scroller) return resolve({ reason: 'no scroll container', held: 0, px: 0, seconds: 0, stalls: 0, stallMs: 0 });
    const start = performance.now();
    let last = start;
    let px = 0;
    let stalls = 0;
    let stallMs = 0;
    let atBottomSince = -1;
    const finish = (reason) => resolve({ reason, held: probe.columnNoteIds(columnId).length, px: Math.round(px), seconds: Math.round((performance.now() - start) / 100) / 10, stalls, stallMs });
    const step = (t) => {
      const dt = Math.min(100, t - last);
      last = t;
      const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      const load = probe.columnLoad(columnId) || {};
      if (atBottom) {
        if (atBottomSince < 0) atBottomSince = t;
        if (!load.loadingOlder && load.windowFull) return finish('window-full');
        if (!load.loadingOlder && load.reachedEnd) return finish('end of timeline');
        if (t - atBottomSince > 10000) return finish('stuck at the bottom for 10 s (no older page came)');
        stalls++;
        stallMs += dt;
      } else {
        atBottomSince = -1;
        const before = scroller.scrollTop;
        scroller.scrollTop = before + (speed * dt) / 1000;
        px += scroller.scrollTop - before;
      }
      if (t - start > limitMs) return finish('time limit');
      requestAnimationFrame(step);
    };
    requestAnimationFrame((t) => { last = t; requestAnimationFrame(step); });
  })`;
}
