import { parseArgs } from 'node:util';

export interface BenchArgs {
  /** Length of the measured phase, seconds (each bench has its own default). */
  seconds: number | undefined;
  /** Notes per second in total (flood, soak). */
  rate: number | undefined;
  /** Notes to seed (scroll). */
  notes: number | undefined;
  /** Scroll pace in px/s (scroll). */
  speed: number | undefined;
  /** Reuse the renderer built by an earlier run instead of building it again. */
  skipBuild: boolean;
  /** Write a CPU profile of the page during the load phase to this file (flood; builds unminified); coldstart writes a trace of its third start. */
  profile: string | undefined;
  /** Write a Chrome trace of the load phase to this file and print main-thread time by kind (style, layout, paint, script). */
  trace: string | undefined;
  /** Save a PNG of the deck at the end of the load phase (flood), or as the last start from the cache filled it (coldstart). */
  screenshot: string | undefined;
  /** Show the browser window. */
  headed: boolean;
  /** Run Chromium and the core on these CPUs only (taskset list, e.g. `0`). */
  cpus: string | undefined;
  /** Flood with the old short one-line notes instead of notes shaped like real ones. */
  plain: boolean;
}

export function parseBenchArgs(argv: string[]): { name: string | undefined; args: BenchArgs } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seconds: { type: 'string' },
      rate: { type: 'string' },
      notes: { type: 'string' },
      speed: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      headed: { type: 'boolean', default: false },
      profile: { type: 'string' },
      trace: { type: 'string' },
      screenshot: { type: 'string' },
      cpus: { type: 'string' },
      plain: { type: 'boolean', default: false },
    },
  });
  const num = (key: 'seconds' | 'rate' | 'notes' | 'speed') => {
    const raw = values[key];
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!(n > 0)) throw new Error(`--${key} must be a positive number, got ${raw}`);
    return n;
  };
  return {
    name: positionals[0],
    args: { seconds: num('seconds'), rate: num('rate'), notes: num('notes'), speed: num('speed'), skipBuild: values['skip-build'] ?? false, profile: values.profile, trace: values.trace, screenshot: values.screenshot, headed: values.headed ?? false, cpus: values.cpus, plain: values.plain ?? false },
  };
}
