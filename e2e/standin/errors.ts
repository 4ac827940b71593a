import type { ServerResponse } from 'node:http';

export interface ApiErrorDef {
  message: string;
  code: string;
  id: string;
  kind: 'client' | 'server' | 'permission';
  status: number;
}

// Real messages/ids as recorded from Misskey 2026.5.4 (fixtures/misskey/errors, openapi examples).
export const E = {
  CREDENTIAL_REQUIRED: { message: 'Credential required.', code: 'CREDENTIAL_REQUIRED', id: '1384574d-a912-4b81-8601-c7b1c4085df1', kind: 'client', status: 401 },
  AUTHENTICATION_FAILED: { message: 'Authentication failed. Please ensure your token is correct.', code: 'AUTHENTICATION_FAILED', id: 'b0a7f5f8-dc2f-4171-b91f-de88ad238e14', kind: 'client', status: 401 },
  INVALID_PARAM: { message: 'Invalid param.', code: 'INVALID_PARAM', id: '3d81ceae-475f-4600-b2a8-2bc116157532', kind: 'client', status: 400 },
  PERMISSION_DENIED: { message: 'Your app does not have the necessary permissions to use this endpoint.', code: 'PERMISSION_DENIED', id: '1370e5b7-d4eb-4566-bb1d-7748ee6a1838', kind: 'permission', status: 403 },
  RATE_LIMIT_EXCEEDED: { message: 'Rate limit exceeded. Please try again later.', code: 'RATE_LIMIT_EXCEEDED', id: 'd5826d14-3982-4d2e-8011-b9e9f02499ef', kind: 'client', status: 429 },
  INTERNAL_ERROR: { message: 'Internal error occurred. Please contact us if the error persists.', code: 'INTERNAL_ERROR', id: '5d37dbcb-891e-41ca-a3d6-e690c97775ac', kind: 'server', status: 500 },
  UNKNOWN_API_ENDPOINT: { message: 'Unknown API endpoint.', code: 'UNKNOWN_API_ENDPOINT', id: '2ca3b769-540a-4f08-9dd5-b5a825b6d0f1', kind: 'client', status: 404 },
  ACCESS_DENIED: { message: 'Access denied.', code: 'ACCESS_DENIED', id: 'fe8d7103-0ea8-4ec3-814d-f8b401dc69e9', kind: 'client', status: 400 },
  NO_SUCH_NOTE_SHOW: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '24fcbfc6-2e37-42b6-8388-c29b3861a08d', kind: 'client', status: 400 },
  NO_SUCH_NOTE_DELETE: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '490be23f-8c1f-4796-819f-94cb4f9d1630', kind: 'client', status: 400 },
  NO_SUCH_REPLY_TARGET: { message: 'No such reply target.', code: 'NO_SUCH_REPLY_TARGET', id: '749ee0f6-d3da-459a-bf02-282e2da4292c', kind: 'client', status: 400 },
  NO_SUCH_RENOTE_TARGET: { message: 'No such renote target.', code: 'NO_SUCH_RENOTE_TARGET', id: 'b5c90186-4ab0-49c8-9bba-a1f76c282ba4', kind: 'client', status: 400 },
} as const satisfies Record<string, ApiErrorDef>;

/** Thrown by endpoint handlers; turned into the Misskey error shape by the router. */
export class ApiError extends Error {
  constructor(
    readonly def: ApiErrorDef,
    readonly info?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(def.code);
  }
}

export function invalidParam(param: string, reason: string): ApiError {
  return new ApiError(E.INVALID_PARAM, { param, reason });
}

export const API_HEADERS = {
  'access-control-allow-origin': '*',
  'cache-control': 'private, max-age=0, must-revalidate',
} as const;

// Misskey adds an RFC 6750 challenge to 400/401/403 answers.
function wwwAuthenticate(def: ApiErrorDef): string | undefined {
  if (def.code === 'CREDENTIAL_REQUIRED') return 'Bearer realm="Misskey"';
  if (def.code === 'AUTHENTICATION_FAILED') return `Bearer realm="Misskey", error="invalid_token", error_description="${def.message}"`;
  if (def.status === 403 && def.kind === 'permission') return `Bearer realm="Misskey", error="insufficient_scope", error_description="${def.message}"`;
  if (def.status === 400) return `Bearer realm="Misskey", error="invalid_request", error_description="${def.message}"`;
  return undefined;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

export function sendApiError(res: ServerResponse, err: ApiError): void {
  const { def, info } = err;
  const headers: Record<string, string> = { ...API_HEADERS, ...err.headers };
  const challenge = wwwAuthenticate(def);
  if (challenge) headers['www-authenticate'] = challenge;
  const error: Record<string, unknown> = { message: def.message, code: def.code, id: def.id, kind: def.kind };
  if (info) error.info = info;
  sendJson(res, def.status, { error }, headers);
}

export function rateLimitError(retryAfterSec: number): ApiError {
  const resetMs = Date.now() + retryAfterSec * 1000;
  return new ApiError(
    E.RATE_LIMIT_EXCEEDED,
    { remaining: 0, reset: Math.ceil(resetMs / 1000), resetMs, total: 10 },
    { 'retry-after': String(retryAfterSec) },
  );
}

export function internalError(): ApiError {
  return new ApiError(E.INTERNAL_ERROR, {
    e: { message: 'Injected failure (stand-in failNext)', code: 'INTERNAL_ERROR', id: 'standin-fail-next' },
  });
}

/** Fastify's own error shape (not Misskey's): used for unknown routes and body-parser failures. */
export function sendFastify(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  sendJson(res, status, body, status === 404 ? {} : { ...API_HEADERS });
}
