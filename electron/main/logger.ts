import type { Logger } from '../core/platform';

type Sink = Pick<Console, 'info' | 'warn' | 'error'>;

/** The main process's logger: the console for now, one line per message, scoped. */
export function createConsoleLogger(scope = 'main', sink: Sink = console): Logger {
  const line = (level: 'info' | 'warn' | 'error') => (message: string, details?: Record<string, unknown>) => {
    if (details === undefined) sink[level](`[${scope}] ${message}`);
    else sink[level](`[${scope}] ${message}`, details);
  };
  return { info: line('info'), warn: line('warn'), error: line('error') };
}

/**
 * What may be logged of a URL we refuse: its scheme and host only. Query strings can carry
 * MiAuth sessions, and paths can carry anything.
 */
export function describeUrlForLog(url: unknown): string {
  if (typeof url !== 'string') return `<${typeof url}>`;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return `<unparseable, ${url.length} chars>`;
  }
}
