import { api, type Endpoints } from 'misskey-js';
import type { ErrorCode } from '../../../shared/contract/result';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { CoreText } from '../../../shared/messages/coreText';
import { CommandFailure } from '../commands/commandFailure';
import { createMisskeyFetch, type NormalisedError } from './misskeyFetch';

export interface MisskeyClient {
  readonly origin: string;
  request<E extends keyof Endpoints>(endpoint: E, params: Endpoints[E]['req']): Promise<Endpoints[E]['res']>;
  /** For routes misskey-js does not type, such as `miauth/{session}/check`. */
  requestUntyped(endpoint: string, params: Record<string, unknown>): Promise<unknown>;
}

export interface MisskeyClientOptions {
  origin: string;
  token?: string | null;
  fetch?: typeof fetch;
  now?: () => number;
  /** Called when the server refuses the token, so the account can be marked for sign-in. */
  onUnauthorized?: () => void;
}

function codeFor(error: NormalisedError): ErrorCode {
  if (error.code === 'NETWORK') return 'NETWORK';
  if (error.code === 'TIMEOUT') return 'TIMEOUT';
  if (error.code === 'MALFORMED_RESPONSE') return 'MALFORMED_RESPONSE';
  if (error.httpStatus === 401) return 'UNAUTHORIZED';
  if (error.httpStatus === 403) return 'PERMISSION_DENIED';
  if (error.httpStatus === 429) return 'RATE_LIMITED';
  if (error.httpStatus >= 500) return 'SERVER_ERROR';
  if (error.httpStatus === 404 && error.id === '') return 'NOT_MISSKEY';
  return 'MISSKEY_ERROR';
}

function textFor(code: ErrorCode, error: NormalisedError, origin: string): CoreText {
  const host = new URL(origin).host;
  switch (code) {
    case 'NETWORK':
      return coreMessage('serverUnreachable', { host });
    case 'TIMEOUT':
      return coreMessage('serverTimeout', { host });
    case 'MALFORMED_RESPONSE':
      return coreMessage('serverUnreadable', { host });
    case 'UNAUTHORIZED':
      return coreMessage('signInRejected', { host });
    case 'PERMISSION_DENIED':
      return coreMessage('permissionDenied', { host, serverMessage: error.serverMessage ?? error.code });
    case 'RATE_LIMITED':
      return error.retryAfterMs
        ? coreMessage('rateLimitedFor', { host, seconds: Math.ceil(error.retryAfterMs / 1000) })
        : coreMessage('rateLimited', { host });
    case 'SERVER_ERROR':
      return coreMessage('serverError', { host, status: error.httpStatus });
    case 'NOT_MISSKEY':
      return coreMessage('notMisskey', { host });
    default:
      return error.serverMessage === undefined
        ? coreMessage('httpError', { host, status: error.httpStatus })
        : coreMessage('misskeyError', { host, serverMessage: error.serverMessage });
  }
}

const isNormalisedError = (value: unknown): value is NormalisedError =>
  typeof value === 'object' && value !== null && 'httpStatus' in value && 'code' in value;

/** misskey-js's APIClient, with answers normalised and failures turned into CommandFailure. */
export function createMisskeyClient(options: MisskeyClientOptions): MisskeyClient {
  const fetchLike = createMisskeyFetch(options.fetch, options.now);
  const client = new api.APIClient({ origin: options.origin, credential: options.token ?? null, fetch: fetchLike });

  const translate = (reason: unknown): never => {
    if (isNormalisedError(reason)) {
      const code = codeFor(reason);
      if (code === 'UNAUTHORIZED') options.onUnauthorized?.();
      const internal = reason.info.e;
      const serverReason = typeof internal === 'object' && internal !== null && typeof (internal as { message?: unknown }).message === 'string' ? (internal as { message: string }).message.slice(0, 500) : undefined;
      throw new CommandFailure(code, textFor(code, reason, options.origin), {
        ...(reason.id ? { misskeyCode: reason.code } : {}),
        ...(serverReason === undefined ? {} : { serverReason }),
        ...(reason.retryAfterMs === undefined ? {} : { retryAfterMs: reason.retryAfterMs }),
      });
    }
    throw new CommandFailure('INTERNAL', coreMessage('requestFailed', { origin: options.origin, detail: String(reason) }));
  };

  // APIClient's request is typed per endpoint through overloads; one untyped view serves both methods.
  const untyped = client as unknown as { request(endpoint: string, params: unknown): Promise<unknown> };
  const send = (endpoint: string, params: unknown): Promise<unknown> => untyped.request(endpoint, params).catch(translate);

  return {
    origin: options.origin,
    request: (endpoint, params) => send(endpoint, params) as Promise<never>,
    requestUntyped: send,
  };
}
