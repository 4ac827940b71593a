import type { Page } from 'playwright-core';

// In-page measurement, installed as a plain script (a string, so no transpiler helper can leak
// into the page): frame times from a requestAnimationFrame loop, long tasks, and server→DOM latency
// of every note row inserted for the first time. Note ids are Misskey `aidx` ids, whose first 8
// base36 characters are ms since 2000-01-01 — the note's createdAt on the stand-in.
const script = String.raw`(() => {
  if (window.__benchMeasure) window.__benchMeasure.stop();
  const T2000 = 946684800000;
  const since = Date.now();
  const started = performance.now();
  const frames = [];
  const latencies = [];
  const inserted = new Set();
  let longTaskMs = 0;
  let longTasks = 0;
  let running = true;
  let last = -1;
  const loop = (t) => {
    if (!running) return;
    if (last >= 0) frames.push(t - last);
    last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const po = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { longTaskMs += e.duration; longTasks++; }
  });
  try { po.observe({ type: 'longtask' }); } catch (e) { /* no longtask support */ }
  const visit = (el, now) => {
    const id = el.getAttribute('data-note-id');
    if (!id || inserted.has(id)) return;
    inserted.add(id);
    const created = parseInt(id.slice(0, 8), 36) + T2000;
    if (Number.isFinite(created) && created >= since) latencies.push(now - created);
  };
  const mo = new MutationObserver((records) => {
    const now = Date.now();
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1) continue;
      if (n.matches('[data-note-id]')) visit(n, now);
      for (const el of n.querySelectorAll('[data-note-id]')) visit(el, now);
    }
  });
  // Notes already on screen are not new.
  for (const el of document.querySelectorAll('[data-note-id]')) inserted.add(el.getAttribute('data-note-id'));
  mo.observe(document.body, { childList: true, subtree: true });
  window.__benchMeasure = {
    stop() {
      running = false;
      po.disconnect();
      mo.disconnect();
      return { frames, latencies, longTaskMs, longTasks, wallMs: performance.now() - started, insertedNotes: inserted.size, preciseTimers: self.crossOriginIsolated === true };
    },
    peek() {
      return { frames: frames.length, longTaskMs, longTasks, wallMs: performance.now() - started };
    },
  };
})()`;

export interface PageMeasurement {
  frames: number[];
  latencies: number[];
  longTaskMs: number;
  longTasks: number;
  wallMs: number;
  insertedNotes: number;
  /** Cross-origin isolated: frame timestamps to 5 µs, not 100 µs with jitter. */
  preciseTimers: boolean;
}

export async function startPageMeasurement(page: Page): Promise<void> {
  await page.evaluate(script);
}

export async function stopPageMeasurement(page: Page): Promise<PageMeasurement> {
  return (await page.evaluate('window.__benchMeasure.stop()')) as PageMeasurement;
}

export interface PageMeasurePeek {
  frames: number;
  longTaskMs: number;
  longTasks: number;
  wallMs: number;
}

/** Where the measurement stands now (to cut frame and long-task figures at the end of a load phase). */
export async function peekPageMeasurement(page: Page): Promise<PageMeasurePeek> {
  return (await page.evaluate('window.__benchMeasure.peek()')) as PageMeasurePeek;
}
