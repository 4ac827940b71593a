import type { BenchArgs } from './support/args';
import type { Cleanup } from './support/cleanup';
import { cpuGroups, cpuPercent, sampleCpu } from './support/cpu';
import { checkColumns, waitForColumnsToCatchUp } from './support/columns';
import { openDeck, startFloods, waitForFloods } from './support/deck';
import { peekPageMeasurement, startPageMeasurement, stopPageMeasurement } from './support/pageMeasure';
import { parseCpuList } from './support/pinning';
import type { BenchWindow } from './support/probe';
import { startProfile, stopProfile } from './support/profile';
import { log, missedFrameShare, round, sleep, summarise, timerPrecision } from './support/stats';
import { readCpuTicks, stolenPercent } from './support/steal';
import { startTrace, stopTrace } from './support/trace';
import { muteWords } from './support/wordMutes';

/**
 * 10 columns over 3 accounts on 2 servers; the stand-ins post `rate` notes/s in total (half on
 * each server) for `seconds`. Every flood note belongs in every column of its server: A floods
 * home (alice and bob follow the authors), local, global, hybrid and alice's list; B floods home
 * (alice), local, global, hybrid.
 */
export async function flood(args: BenchArgs, cleanup: Cleanup): Promise<string> {
  const seconds = args.seconds ?? 60;
  const rate = args.rate ?? 100;
  const settleMs = 2_000;
  const deck = await openDeck(args, cleanup, { columns: 'ten' });
  // Real-shaped notes are read as a reader reads them: with word mutes on (long notes fold and links preview by default).
  if (deck.realisticNotes) await muteWords(deck);
  await sleep(2_000);
  await deck.page.evaluate(() => (window as unknown as BenchWindow).__missdeckBench!.trackSeen());

  const groups = cpuGroups(deck.hostPid, deck.standinPids);
  await startPageMeasurement(deck.page);
  if (args.profile) await startProfile(deck.cdp);
  if (args.trace) await startTrace(deck.browser, deck.page);
  const cpuStart = sampleCpu(groups);
  const ticksStart = readCpuTicks();
  log(`flooding ${rate} notes/s for ${seconds} s (${rate / 2}/s on each server)…`);
  const durationMs = seconds * 1000;
  const floods = await startFloods(deck, rate, durationMs);
  const results = await waitForFloods(deck, floods, 'flood');
  const cpuEnd = sampleCpu(groups);
  const ticksEnd = readCpuTicks();
  // Frames and long tasks cover the flood itself; latency also counts notes that land during the settle.
  const atFloodEnd = await peekPageMeasurement(deck.page);
  if (args.screenshot) await deck.page.screenshot({ path: args.screenshot });
  const profileTop = args.profile ? await stopProfile(deck.cdp, args.profile) : [];
  const traceLines = args.trace ? await stopTrace(deck.browser, args.trace) : [];
  await sleep(settleMs);
  const catchUp = await waitForColumnsToCatchUp(deck, results);
  if (!catchUp.caughtUp) log(`columns still miss ${catchUp.missing} notes after ${round(catchUp.ms / 1000)} s more`);
  const measured = await stopPageMeasurement(deck.page);
  measured.frames = measured.frames.slice(0, atFloodEnd.frames);
  measured.longTaskMs = atFloodEnd.longTaskMs;
  measured.longTasks = atFloodEnd.longTasks;
  measured.wallMs = atFloodEnd.wallMs;

  const check = await checkColumns(deck, results, true);
  const frames = summarise(measured.frames);
  const missed = missedFrameShare(measured.frames);
  const latency = summarise(measured.latencies);
  const longTaskShare = round((measured.longTaskMs / measured.wallMs) * 100);
  const cpu = cpuPercent(cpuStart, cpuEnd);
  const pinned = args.cpus === undefined ? undefined : parseCpuList(args.cpus);
  const stolen = stolenPercent(ticksStart, ticksEnd, cpuEnd.at - cpuStart.at, pinned);
  const sent = results.reduce((n, r) => n + r.sent, 0);

  const out = process.stdout;
  out.write(`flood: ${seconds} s at ${rate} notes/s requested; sent ${results.map((r) => `${r.server} ${r.sent} (${r.achievedRate}/s)`).join(', ')}; ${deck.realisticNotes ? 'notes shaped like real ones (avatars of their own, custom emoji in names and text, MFM, links with previews, a picture in ten, live reactions; word mutes on, soft and hard)' : 'plain one-line notes (--plain)'}\n`);
  out.write(`CPUs allowed: chromium ${deck.cpus.chromium}, core ${deck.cpus.core}, stand-ins ${deck.cpus.standins}\n`);
  out.write(`frames: n=${frames.n} p50=${frames.p50}ms p95=${frames.p95}ms p99=${frames.p99}ms max=${frames.max}ms; ${missed}% of frames missed a vsync (over 25 ms); ${timerPrecision(measured)}\n`);
  out.write(`long tasks: ${measured.longTasks}, ${round(measured.longTaskMs)} ms of ${round(measured.wallMs)} ms wall (${longTaskShare}%)\n`);
  out.write(
    `server→DOM latency (note createdAt → its first row inserted in any column) over ${latency.n} of ${sent} notes sent (notes never rendered, e.g. virtualised away, are not counted): p50=${latency.p50}ms p95=${latency.p95}ms max=${latency.max}ms\n`,
  );
  out.write(`catch-up after the flood: ${catchUp.caughtUp ? 'all columns complete' : `${catchUp.missing} notes still missing, nothing changed for 15 s`} ${round((settleMs + catchUp.ms) / 1000)} s after the last note was sent\n`);
  out.write(`cpu during the flood (% of one core): core=${cpu.core} renderer=${cpu.renderer} chromium_all=${cpu.chromium} standins=${cpu.standins}\n`);
  out.write(`cpu stolen by the hypervisor during the flood (% of one core, on ${pinned ? `CPUs ${pinned.join(',')}` : 'all CPUs'}): ${stolen}; frames missed in a run with much of it are not all the deck's\n`);
  for (const line of check.lines) out.write(`${line}\n`);
  if (args.profile) out.write(`page CPU profile during the flood written to ${args.profile}; top self time:\n${profileTop.join('\n')}\n`);
  if (args.trace) out.write(`trace of the flood written to ${args.trace}; ${traceLines.join('\n')}\n`);
  if (args.screenshot) out.write(`screenshot at the end of the flood: ${args.screenshot}\n`);
  if (deck.pageErrors.length > 0) out.write(`page errors (${deck.pageErrors.length}):\n  ${deck.pageErrors.slice(0, 20).join('\n  ')}\n`);

  return [
    'BENCH flood',
    `lost=${check.lost}`,
    `doubled=${check.doubled}`,
    `lost_ever=${check.lostEver}`,
    `frame_p50=${frames.p50}ms`,
    `frame_p95=${frames.p95}ms`,
    `frame_max=${frames.max}ms`,
    `frames_missed=${missed}%`,
    `longtask_share=${longTaskShare}%`,
    `latency_p50=${latency.p50}ms`,
    `latency_p95=${latency.p95}ms`,
    `latency_n=${latency.n}`,
    `catchup=${round((settleMs + catchUp.ms) / 1000)}s`,
    `sent=${sent}`,
    `cpu_core=${cpu.core}%`,
    `cpu_renderer=${cpu.renderer}%`,
    `cpu_steal=${stolen}%`,
    `seconds=${seconds}`,
    `rate=${rate}`,
    `cpus=${args.cpus ?? 'all'}`,
    `notes=${deck.realisticNotes ? 'real' : 'plain'}`,
  ].join(' ');
}

