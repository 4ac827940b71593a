import { readdirSync, readFileSync } from 'node:fs';

// CPU time from /proc (Linux): utime + stime of processes, in seconds.

export const ticksPerSecond = 100; // USER_HZ; 100 on every mainstream Linux

interface ProcInfo {
  pid: number;
  ppid: number;
  cpuSeconds: number;
}

function readStat(pid: number): ProcInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is state (field 3); ppid is field 4, utime 14, stime 15.
    return { pid, ppid: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond };
  } catch {
    return null;
  }
}

export function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function allProcesses(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readStat(Number(entry));
    if (info) out.push(info);
  }
  return out;
}

/** The process and all its descendants. */
export function processTree(rootPid: number): number[] {
  const procs = allProcesses();
  const children = new Map<number, number[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** CPU seconds used so far by each of the given processes (ones that have exited are left out). */
export function cpuSeconds(pids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    const info = readStat(pid);
    if (info) out.set(pid, info.cpuSeconds);
  }
  return out;
}

/** CPU seconds used between two samples, summed over processes present in both. */
export function cpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, end] of after) {
    const start = before.get(pid);
    if (start !== undefined) total += end - start;
  }
  return total;
}

export interface CpuGroups {
  /** The host (the core in Node) and its children. */
  core: number[];
  /** Chromium renderer processes. */
  renderer: number[];
  /** Every Chromium process (browser, GPU, utility, renderers). */
  chromium: number[];
  /** The Misskey stand-ins. */
  standins: number[];
}

/** The processes of a bench run, grouped. Chromium is a child of this process (playwright-core launches it). */
export function cpuGroups(hostPid: number, standinPids: readonly number[]): CpuGroups {
  const core = processTree(hostPid);
  const standins = standinPids.flatMap((pid) => processTree(pid));
  const others = new Set([...core, ...standins]);
  const chromium = processTree(process.pid).filter((pid) => !others.has(pid) && /chrom/i.test(cmdline(pid)));
  return { core, standins, chromium, renderer: chromium.filter((pid) => cmdline(pid).includes('--type=renderer')) };
}

export interface CpuSample {
  at: number;
  groups: CpuGroups;
  seconds: Record<keyof CpuGroups, Map<number, number>>;
}

export function sampleCpu(groups: CpuGroups): CpuSample {
  return {
    at: performance.now(),
    groups,
    seconds: {
      core: cpuSeconds(groups.core),
      renderer: cpuSeconds(groups.renderer),
      chromium: cpuSeconds(groups.chromium),
      standins: cpuSeconds(groups.standins),
    },
  };
}

/** Percent of one core used by each group between two samples. */
export function cpuPercent(before: CpuSample, after: CpuSample): Record<keyof CpuGroups, number> {
  const wall = (after.at - before.at) / 1000;
  const pct = (key: keyof CpuGroups) => Math.round((cpuDelta(before.seconds[key], after.seconds[key]) / wall) * 1000) / 10;
  return { core: pct('core'), renderer: pct('renderer'), chromium: pct('chromium'), standins: pct('standins') };
}
