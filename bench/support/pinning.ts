import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { processTree } from './cpu';

// `--cpus LIST` (taskset's syntax, e.g. `0` or `0,1`): Chromium and the core run on those CPUs only,
// as on a machine with fewer cores; the stand-ins (the servers) get the others, where there are any.

/** The CPUs of `list` (`0-2,5` → 0,1,2,5), checked against this machine. */
export function parseCpuList(list: string): number[] {
  const cpus = new Set<number>();
  for (const part of list.split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!match) throw new Error(`--cpus: "${part}" is not a CPU number or range`);
    const from = Number(match[1]);
    const to = Number(match[2] ?? match[1]);
    for (let cpu = from; cpu <= to; cpu++) cpus.add(cpu);
  }
  const count = availableParallelism();
  for (const cpu of cpus) if (cpu >= count) throw new Error(`--cpus: this machine has CPUs 0-${count - 1}, not ${cpu}`);
  return [...cpus].sort((a, b) => a - b);
}

/** The other CPUs of the machine, for the stand-ins; empty when `cpus` is all of them. */
export const otherCpus = (cpus: readonly number[]): number[] =>
  Array.from({ length: availableParallelism() }, (_, cpu) => cpu).filter((cpu) => !cpus.includes(cpu));

/** A Chromium that starts under taskset, so every process it forks keeps to `cpus`. */
export function pinnedChromium(chromium: string, cpus: readonly number[]): string {
  const wrapper = join(tmpdir(), `missdeck-bench-chromium-${process.pid}.sh`);
  writeFileSync(wrapper, `#!/bin/sh\nexec taskset -c ${cpus.join(',')} ${JSON.stringify(chromium)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/** Pins a running process, its threads and its descendants to `cpus`. */
export function pinProcessTree(rootPid: number, cpus: readonly number[]): void {
  for (const pid of processTree(rootPid)) execFileSync('taskset', ['-a', '-p', '-c', cpus.join(','), String(pid)], { stdio: 'ignore' });
}

/** `Cpus_allowed_list` of each process: what the kernel lets it run on. */
export function allowedCpus(pids: readonly number[]): string {
  const lists = new Set<string>();
  for (const pid of pids) {
    try {
      const line = /Cpus_allowed_list:\s*(\S+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (line?.[1]) lists.add(line[1]);
    } catch {
      // Exited meanwhile.
    }
  }
  return [...lists].join(' ') || 'none';
}
