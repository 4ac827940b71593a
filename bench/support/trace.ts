import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { round } from './stats';
import { cpuByThread, frameBreakdown, pipelinePhases, sumOutermostByLabel, type CpuTraceEvent } from './traceCpu';

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'cc'];

export async function startTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories });
}

/** Main-thread work by kind: what a CPU profile lumps together as "(program)". */
const kinds: Record<string, string> = {
  ...pipelinePhases,
  'ScrollableArea::UpdateAfterLayout': 'layout',
  UpdateLayer: 'layerize',
  Commit: 'commit',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  ResizeObserverCallback: 'script',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  ParseHTML: 'parse',
  HitTest: 'hittest',
  IntersectionObserverController: 'observers',
};

/** Stops tracing, writes the trace (open it in DevTools' Performance panel) and sums the renderer main thread's time by kind. */
export async function stopTrace(browser: Browser, file: string): Promise<string[]> {
  const buffer = await browser.stopTracing();
  writeFileSync(file, buffer);
  const events = (JSON.parse(buffer.toString()) as { traceEvents: CpuTraceEvent[] }).traceEvents;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return ['no renderer main thread in the trace'];
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts);
  if (own.length === 0) return ['no complete events on the main thread'];
  let start = Infinity;
  let end = -Infinity;
  for (const e of own) {
    start = Math.min(start, e.ts);
    end = Math.max(end, e.ts + e.dur!);
  }
  let tasks = 0;
  for (const e of own) if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') tasks += e.dur!;
  const byKind = sumOutermostByLabel(own, (e) => kinds[e.name], (e) => e.dur!);
  const wallMs = (end - start) / 1000;
  const lines = [`renderer main thread over ${round(wallMs)} ms: tasks (wall time) ${round(tasks / 1000)} ms (${round((tasks / 1000 / wallMs) * 100)}%)`];
  for (const [kind, us] of [...byKind].sort((a, b) => b[1] - a[1])) lines.push(`  ${kind.padEnd(10)} ${String(round(us / 1000)).padStart(8)} ms ${String(round((us / 1000 / wallMs) * 100)).padStart(5)}%`);
  return [...lines, ...frameBreakdown(own), ...cpuByThread(events, wallMs)];
}
