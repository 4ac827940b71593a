import { readFileSync } from 'node:fs';
import { ticksPerSecond } from './cpu';

// Time the hypervisor gave to other guests while this machine's CPUs wanted to run ("steal" in
// /proc/stat). On a shared VM it varies from run to run, and a run with much of it shows frames
// missed that the product did not cause; the flood prints it so figures can be read with it.

export interface CpuTicks {
  /** Ticks stolen, by CPU number; `all` for the machine's total line. */
  steal: Map<number | 'all', number>;
}

/** The steal column (the 8th number) of each `cpu…` line; 0 where a kernel does not report it. */
export function parseProcStat(text: string): CpuTicks {
  const steal = new Map<number | 'all', number>();
  for (const line of text.split('\n')) {
    const match = /^cpu(\d*)\s+(.*)$/.exec(line);
    if (!match) continue;
    const value = Number(match[2]!.trim().split(/\s+/)[7] ?? 0);
    steal.set(match[1] === '' ? 'all' : Number(match[1]), Number.isFinite(value) ? value : 0);
  }
  return { steal };
}

export const readCpuTicks = (): CpuTicks => parseProcStat(readFileSync('/proc/stat', 'utf8'));

/** Percent of one core stolen between two readings, over the given CPUs (all of them by default). */
export function stolenPercent(before: CpuTicks, after: CpuTicks, wallMs: number, cpus?: readonly number[]): number {
  const keys: readonly (number | 'all')[] = cpus ?? ['all'];
  let ticks = 0;
  for (const key of keys) ticks += Math.max(0, (after.steal.get(key) ?? 0) - (before.steal.get(key) ?? 0));
  return wallMs > 0 ? Math.round((ticks / ticksPerSecond / (wallMs / 1000)) * 1000) / 10 : 0;
}
