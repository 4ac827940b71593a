import type { api } from 'misskey-js';

/** What a failed request looks like after normalisation; misskey-js rejects with these fields. */
export interface NormalisedError {
  code: string;
  message: string;
  /** The server's own words, when it gave any (Misskey's `error.message`, or the HTTP framework's). */
  serverMessage?: string;
  id: string;
  kind: 'client' | 'server' | 'network';
  info: Record<string, unknown>;
  httpStatus: number;
  retryAfterMs?: number;
}

const requestTimeoutMs = 20_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Misskey's own `{error:{…}}`, or the HTTP framework's `{statusCode, error, message}`, or nothing usable. */
function describeError(status: number, body: unknown): Pick<NormalisedError, 'code' | 'message' | 'serverMessage' | 'id' | 'kind' | 'info'> {
  if (isRecord(body) && isRecord(body.error) && typeof body.error.code === 'string') {
    const e = body.error;
    return {
      code: e.code as string,
      message: typeof e.message === 'string' ? e.message : e.code as string,
      ...(typeof e.message === 'string' ? { serverMessage: e.message } : {}),
      id: typeof e.id === 'string' ? e.id : '',
      kind: e.kind === 'server' ? 'server' : 'client',
      info: isRecord(e.info) ? e.info : {},
    };
  }
  if (isRecord(body) && typeof body.message === 'string') {
    return { code: typeof body.code === 'string' ? body.code : `HTTP_${status}`, message: body.message, serverMessage: body.message, id: '', kind: status >= 500 ? 'server' : 'client', info: {} };
  }
  return { code: `HTTP_${status}`, message: `The server answered HTTP ${status}.`, id: '', kind: status >= 500 ? 'server' : 'client', info: {} };
}

/**
 * A `fetch` for misskey-js's APIClient that never lets a bad answer escape as a SyntaxError:
 * non-JSON bodies, empty bodies, other error shapes, timeouts and network failures all become
 * a Misskey-shaped `{ error }` that APIClient rejects with, carrying the HTTP status and Retry-After.
 */
export function createMisskeyFetch(baseFetch: typeof fetch = fetch, now: () => number = Date.now): api.FetchLike {
  return async (input, init) => {
    let response: Response;
    try {
      response = await baseFetch(input, {
        method: init?.method ?? 'POST',
        body: init?.body ?? null,
        headers: init?.headers ?? {},
        credentials: 'omit',
        redirect: 'error',
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (cause) {
      const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
      const error: NormalisedError = {
        code: timedOut ? 'TIMEOUT' : 'NETWORK',
        message: timedOut ? 'The server did not answer in time.' : 'Could not reach the server.',
        id: '',
        kind: 'network',
        info: { cause: cause instanceof Error ? cause.message : String(cause) },
        httpStatus: 0,
      };
      return { status: 0, json: async () => ({ error }) };
    }

    const text = await response.text().catch(() => '');
    let body: unknown = null;
    let parsed = text === '';
    if (!parsed) {
      try {
        body = JSON.parse(text);
        parsed = true;
      } catch {
        parsed = false;
      }
    }

    if (response.status === 200 || response.status === 204) {
      if (response.status === 200 && (!parsed || text === '')) {
        const error: NormalisedError = {
          code: 'MALFORMED_RESPONSE',
          message: 'The server sent an answer that is not valid JSON.',
          id: '',
          kind: 'server',
          info: {},
          httpStatus: 200,
        };
        return { status: 502, json: async () => ({ error }) };
      }
      return { status: response.status, json: async () => body };
    }

    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
    const error: NormalisedError = {
      ...describeError(response.status, body),
      httpStatus: response.status,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
    return { status: response.status, json: async () => ({ error }) };
  };
}
