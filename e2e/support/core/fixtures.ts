import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The recorded exchanges in `../shared/fixtures/misskey/`, beside the repository. */
export const fixturesDir = resolve(import.meta.dirname, '../../../../shared/fixtures/misskey');

export interface RecordedExchange {
  request: { method: string; path: string; body?: unknown };
  status: number;
  headers: Record<string, string>;
  response: unknown;
}

export const readFixture = (relativePath: string): RecordedExchange =>
  JSON.parse(readFileSync(resolve(fixturesDir, relativePath), 'utf8')) as RecordedExchange;

/** A fetch that answers every request with one recorded exchange, byte for byte where it matters. */
export function fetchReplaying(exchange: RecordedExchange, rawBody?: string): typeof fetch {
  return async () => {
    const body = rawBody ?? (exchange.response === null ? '' : JSON.stringify(exchange.response));
    const status = exchange.status;
    return new Response(status === 204 ? null : body, { status, headers: exchange.headers });
  };
}
