import { parseBenchArgs, type BenchArgs } from './support/args';
import { Cleanup } from './support/cleanup';
import { log } from './support/stats';

// `npm run bench -- <name> [--seconds N] [--rate R] [--notes N] [--skip-build] [--headed]`
// Each bench prints its figures and ends with one line `BENCH <name> key=value…`.

type Bench = (args: BenchArgs, cleanup: Cleanup) => Promise<string>;

const benches: Record<string, () => Promise<Bench>> = {
  flood: async () => (await import('./flood')).flood,
  soak: async () => (await import('./soak')).soak,
  scroll: async () => (await import('./scroll')).scroll,
  idle: async () => (await import('./idle')).idle,
  coldstart: async () => (await import('./coldstart')).coldstart,
};

const { name, args } = parseBenchArgs(process.argv.slice(2));
if (!name || !benches[name]) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(benches).join('|')}> [--seconds N] [--rate R] [--notes N] [--skip-build] [--headed]\n`);
  process.exit(2);
}

const cleanup = new Cleanup();
cleanup.onSignals();
let exitCode = 0;
try {
  const bench = await benches[name]!();
  const line = await bench(args, cleanup);
  process.stdout.write(`${line}\n`);
} catch (error) {
  log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  await cleanup.run();
}
process.exit(exitCode);
