import type { Logger } from '../core/platform';

/** Logs to stderr as one JSON line each, so stdout stays free for the host's URL line. */
export function createConsoleLogger(quiet = false): Logger {
  const write = (level: string) => (message: string, details?: Record<string, unknown>) => {
    if (quiet && level === 'info') return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...details })}\n`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
