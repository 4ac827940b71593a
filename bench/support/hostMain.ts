import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createConsoleLogger } from '../../electron/host/consoleLogger';
import { startHost } from '../../electron/host/hostServer';

// `electron/host/start.ts` with the renderer folder as an option: the bench serves its own build,
// so a concurrent `npm run build` (which empties dist/renderer) cannot pull the page from under it.
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'renderer-dir': { type: 'string' },
    callback: { type: 'string', default: 'missdeck' },
  },
});
if (!values['data-dir'] || !values['renderer-dir']) throw new Error('--data-dir and --renderer-dir are required');

// For `npm run bench -- coldstart`: where the host's start goes (its modules, then the core's start).
process.stderr.write(`HOSTTIME modules loaded ${Math.round(performance.now())} ms\n`);
const host = await startHost({
  port: 0,
  dataDir: values['data-dir'],
  rendererDir: values['renderer-dir'],
  callback: values.callback === 'loopback' ? 'loopback' : 'missdeck',
  logger: createConsoleLogger(true),
  appVersion: process.env.npm_package_version ?? '0.0.0',
  crossOriginIsolated: true,
  // Bundled, this file lives in the bench's cache; the bench starts it from the repository root.
  iconsDir: resolve('build/icons'),
});
process.stderr.write(`HOSTTIME serving ${Math.round(performance.now())} ms\n`);
process.stdout.write(`MISSDECK_URL=${host.url}\n`);

const stop = () => {
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
