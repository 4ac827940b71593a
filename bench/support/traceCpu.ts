import { round } from './stats';

/** A trace event as Chromium writes it; `tdur` is the thread's own CPU time (µs), `dur` the wall time. */
export interface CpuTraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const threadKey = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;

/** The rendering pipeline's main-thread phases, by event name. */
export const pipelinePhases: Readonly<Record<string, string>> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'prepaint',
  Paint: 'paint',
  Layerize: 'layerize',
};

/**
 * `measure` summed by label over the events `labelOf` names, counting only the outermost event of
 * each label: Chromium nests events of one kind (a Paint inside a Paint). `sorted`: one thread's
 * complete events in time order.
 */
export function sumOutermostByLabel(sorted: readonly CpuTraceEvent[], labelOf: (e: CpuTraceEvent) => string | undefined, measure: (e: CpuTraceEvent) => number): Map<string, number> {
  const sums = new Map<string, number>();
  const openUntil = new Map<string, number>();
  for (const e of sorted) {
    const label = labelOf(e);
    if (!label || (openUntil.get(label) ?? -1) > e.ts) continue;
    openUntil.set(label, e.ts + e.dur!);
    sums.set(label, (sums.get(label) ?? 0) + measure(e));
  }
  return sums;
}

/**
 * CPU time (thread time, not wall time: on one core a task's wall time also counts the other
 * threads that ran meanwhile) of the threads that did most, named by process and thread. Raster,
 * compositor and the GPU process's compositing are the work a GPU would take off the CPU.
 */
export function cpuByThread(events: readonly CpuTraceEvent[], wallMs: number, top = 6): string[] {
  const threadNames = new Map<string, string>();
  const processNames = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name' && e.args?.name) threadNames.set(threadKey(e), e.args.name);
    if (e.name === 'process_name' && e.args?.name) processNames.set(e.pid, e.args.name);
  }
  const byThread = new Map<string, CpuTraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number' || typeof e.tdur !== 'number') continue;
    const list = byThread.get(threadKey(e));
    if (list) list.push(e);
    else byThread.set(threadKey(e), [e]);
  }
  // Thread pools have many threads of one name: they are summed under it.
  const byName = new Map<string, number>();
  for (const [key, list] of byThread) {
    const pid = Number(key.split(':')[0]);
    const name = `${processNames.get(pid) ?? `pid ${pid}`} ${threadNames.get(key) ?? key}`;
    const cpu = sumOutermostByLabel(list.sort((a, b) => a.ts - b.ts), () => 'cpu', (e) => e.tdur! / 1000).get('cpu') ?? 0;
    byName.set(name, (byName.get(name) ?? 0) + cpu);
  }
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  const lines = [`CPU by thread (thread time over ${round(wallMs)} ms; % of one core): all traced ${round((total / wallMs) * 100)}%`];
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`  ${name.padEnd(48)} ${String(round(ms)).padStart(8)} ms ${String(round((ms / wallMs) * 100)).padStart(5)}%`);
  }
  return lines;
}

/** The renderer main thread's phases inside one frame, in CPU ms. */
const framePhases: Record<string, string> = {
  ...pipelinePhases,
  FireAnimationFrame: 'script (rAF)',
  'EventHandler::handleMouseMoveEvent': 'hover (mouse over moved content)',
};

/** A frame whose animation-frame callbacks took this much CPU applied live notes (the bench's own callback takes far less). */
const appliedNotesMs = 1;

/**
 * The main thread's frames (`ProxyMain::BeginMainFrame`) split into those that applied live notes
 * and the others, with the average CPU of each phase: where a frame's time goes. `sorted`: the main
 * thread's complete events in time order.
 */
export function frameBreakdown(sorted: readonly CpuTraceEvent[]): string[] {
  const frames = sorted.filter((e) => e.name === 'ProxyMain::BeginMainFrame');
  type Sum = { n: number; cpu: number; phases: Map<string, number> };
  const groups = { applied: { n: 0, cpu: 0, phases: new Map() } as Sum, other: { n: 0, cpu: 0, phases: new Map() } as Sum };
  let cursor = 0;
  for (const frame of frames) {
    const end = frame.ts + frame.dur!;
    while (cursor < sorted.length && sorted[cursor]!.ts < frame.ts) cursor++;
    let stop = cursor;
    while (stop < sorted.length && sorted[stop]!.ts <= end) stop++;
    const phases = sumOutermostByLabel(sorted.slice(cursor, stop), (e) => framePhases[e.name], (e) => (e.tdur ?? e.dur!) / 1000);
    const group = (phases.get(framePhases.FireAnimationFrame!) ?? 0) >= appliedNotesMs ? groups.applied : groups.other;
    group.n++;
    group.cpu += (frame.tdur ?? frame.dur!) / 1000;
    for (const [phase, ms] of phases) group.phases.set(phase, (group.phases.get(phase) ?? 0) + ms);
  }
  const describe = (label: string, g: Sum) =>
    g.n === 0
      ? `  ${label}: none`
      : `  ${label}: ${g.n}, ${round(g.cpu / g.n)} ms CPU each on the main thread (${[...g.phases].sort((a, b) => b[1] - a[1]).map(([phase, ms]) => `${phase} ${round(ms / g.n)}`).join(', ')})`;
  return [`main-thread frames: ${frames.length}`, describe('that applied live notes', groups.applied), describe('others', groups.other)];
}
