import type { CoreText } from '../messages/coreText';

/** Errors cross the process boundary as data, never as thrown exceptions. */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_COMMAND',
  'NOT_FOUND',
  'BAD_SERVER_URL',
  'NOT_MISSKEY',
  'NETWORK',
  'TIMEOUT',
  'UNAUTHORIZED',
  'PERMISSION_DENIED',
  'RATE_LIMITED',
  'SERVER_ERROR',
  'MISSKEY_ERROR',
  'MALFORMED_RESPONSE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Why a command failed: a code for the program, and a sentence for the person (see `CoreText`). */
export interface CommandError extends CoreText {
  code: ErrorCode;
  /** Misskey's own error code (e.g. `NO_SUCH_NOTE`) when the server gave one. */
  misskeyCode?: string;
  /** Misskey's own reason for a 500 INTERNAL_ERROR (`error.info.e.message`), which chat uses for refusals. */
  serverReason?: string;
  /** For RATE_LIMITED: how long the server asked us to wait. */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CommandError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: CommandError): Result<never> => ({ ok: false, error });
