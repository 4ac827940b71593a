import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createConsoleLogger } from './consoleLogger';
import { startHost } from './hostServer';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    callback: { type: 'string', default: 'loopback' },
    quiet: { type: 'boolean', default: false },
  },
});

const callback = values.callback === 'missdeck' ? 'missdeck' : 'loopback';
const host = await startHost({
  port: values.port ? Number(values.port) : 0,
  dataDir: values['data-dir'] ?? process.env.MISSDECK_DATA_DIR ?? join(homedir(), '.missdeck-web'),
  rendererDir: resolve(import.meta.dirname, '../../dist/renderer'),
  callback,
  logger: createConsoleLogger(values.quiet),
  appVersion: process.env.npm_package_version ?? '0.0.0',
});

process.stdout.write(`MISSDECK_URL=${host.url}\n`);
process.stdout.write(`Open ${host.url} in Chromium or Chrome to use MissDeck.\n`);

const stop = () => {
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
