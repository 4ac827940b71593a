import type { BenchArgs } from './support/args';
import type { Cleanup } from './support/cleanup';
import { cmdline, cpuGroups, cpuPercent, sampleCpu } from './support/cpu';
import { openDeck } from './support/deck';
import { log, round, sleep } from './support/stats';

/**
 * 10 columns over 3 accounts, no traffic, `seconds` (default 60): CPU of the core (the host
 * process) and of Chromium's renderer processes from /proc, in % of one core, plus the page's
 * main-thread task time from CDP `Performance.getMetrics`.
 */
export async function idle(args: BenchArgs, cleanup: Cleanup): Promise<string> {
  const seconds = args.seconds ?? 60;
  const deck = await openDeck(args, cleanup, { columns: 'ten' });
  log('settling 5 s…');
  await sleep(5_000);
  await deck.cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = await deck.cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
  const groups = cpuGroups(deck.hostPid, deck.standinPids);
  const before = sampleCpu(groups);
  const metricsBefore = await metrics();
  log(`idle for ${seconds} s…`);
  await sleep(seconds * 1000);
  const after = sampleCpu(groups);
  const metricsAfter = await metrics();
  const cpu = cpuPercent(before, after);
  const wall = (after.at - before.at) / 1000;
  const share = (name: string) => round((((metricsAfter[name] ?? 0) - (metricsBefore[name] ?? 0)) / wall) * 100, 2);
  const taskShare = share('TaskDuration');
  const scriptShare = share('ScriptDuration');

  process.stdout.write(`idle: ${round(wall)} s, 10 columns, no traffic; processes: core ${groups.core.length}, renderer ${groups.renderer.length}, chromium ${groups.chromium.length}\n`);
  const describe = (pids: number[]) => pids.map((pid) => `${pid} ${cmdline(pid).split(' ').slice(0, 3).join(' ').slice(-90)}`).join('; ');
  process.stdout.write(`core processes: ${describe(groups.core)}\nrenderer processes: ${describe(groups.renderer)}\n`);
  process.stdout.write(`cpu (% of one core, /proc utime+stime): core=${cpu.core} renderer=${cpu.renderer} chromium_all=${cpu.chromium} standins=${cpu.standins}\n`);
  process.stdout.write(`page main thread (CDP Performance.getMetrics): TaskDuration=${taskShare}% ScriptDuration=${scriptShare}%\n`);
  if (deck.pageErrors.length > 0) process.stdout.write(`page errors (${deck.pageErrors.length}):\n  ${deck.pageErrors.slice(0, 20).join('\n  ')}\n`);
  return `BENCH idle cpu_core=${cpu.core}% cpu_renderer=${cpu.renderer}% cpu_chromium_all=${cpu.chromium}% page_task=${taskShare}% page_script=${scriptShare}% seconds=${seconds}`;
}
