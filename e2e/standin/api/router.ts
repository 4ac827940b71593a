import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBody, readRaw } from '../body';
import { API_HEADERS, ApiError, E, internalError, invalidParam, rateLimitError, sendApiError, sendFastify, sendJson } from '../errors';
import type { Faults } from '../faults';
import type { Packer } from '../pack';
import type { State, TokenRec } from '../state';
import { accountEndpoints } from './account';
import { miauthCheck } from './miauth';
import { noteEndpoints } from './notes';
import { timelineEndpoints } from './timelines';
import type { ApiCtx, Endpoint } from './types';

const endpoints: Record<string, Endpoint> = {
  ...accountEndpoints,
  ...timelineEndpoints,
  ...noteEndpoints,
};

export interface ApiDeps {
  state: State;
  packer: Packer;
  faults: Faults;
  baseUrl: string;
  serverName: string;
}

const MIAUTH_CHECK = /^\/api\/miauth\/([^/]+)\/check$/;

export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, deps: ApiDeps): Promise<void> {
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') {
    res.writeHead(204, {
      ...API_HEADERS,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type, Authorization',
    });
    res.end();
    return;
  }
  const check = MIAUTH_CHECK.exec(path);
  const name = check ? 'miauth/check' : path.slice('/api/'.length);
  const known = check !== null || name in endpoints;

  if (method === 'GET') {
    if (!known) return sendApiError(res, new ApiError(E.UNKNOWN_API_ENDPOINT));
    if (check) return sendApiError(res, new ApiError(E.UNKNOWN_API_ENDPOINT));
    // None of the endpoints here are `allowGet`: Misskey answers 405 with an empty body.
    res.writeHead(405, { ...API_HEADERS, 'content-length': '0' });
    res.end();
    return;
  }
  if (method !== 'POST' || !known) {
    return sendFastify(res, 404, { message: `Route ${method}:${path} not found`, error: 'Not Found', statusCode: 404 });
  }

  const parsed = parseBody(await readRaw(req), req.headers['content-type']);
  if (parsed.kind === 'empty-json') {
    return sendFastify(res, 400, {
      statusCode: 400,
      code: 'FST_ERR_CTP_EMPTY_JSON_BODY',
      error: 'Bad Request',
      message: "Body cannot be empty when content-type is set to 'application/json'",
    });
  }
  if (parsed.kind === 'bad-json') {
    return sendFastify(res, 400, {
      statusCode: 400,
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      error: 'Bad Request',
      message: "Body is not valid JSON but content-type is set to 'application/json'",
    });
  }

  try {
    const fault = deps.faults.take(name);
    if (fault) throw faultError(fault.status, fault.retryAfterSec);

    if (check) {
      return sendJson(res, 200, miauthCheck(deps.state, deps.packer, decodeURIComponent(check[1]!)), { ...API_HEADERS });
    }
    const ep = endpoints[name]!;
    const body = parsed.value;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidParam('#/type', 'must be object');
    const ctx = authenticate(req, body as Record<string, unknown>, deps);
    if (ep.requireCredential && !ctx.user) throw new ApiError(E.CREDENTIAL_REQUIRED);
    if (ep.permission && ctx.token?.permissions && !ctx.token.permissions.includes(ep.permission)) {
      throw new ApiError(E.PERMISSION_DENIED);
    }
    const result = ep.handler(ctx);
    if (result === undefined) {
      res.writeHead(204, { ...API_HEADERS });
      res.end();
      return;
    }
    sendJson(res, 200, result, { ...API_HEADERS });
  } catch (err) {
    if (err instanceof ApiError) return sendApiError(res, err);
    throw err;
  }
}

function authenticate(req: IncomingMessage, body: Record<string, unknown>, deps: ApiDeps): ApiCtx {
  const auth = req.headers.authorization;
  const bearer = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length).trim() : undefined;
  const raw = typeof body.i === 'string' ? body.i : bearer;
  let token: TokenRec | null = null;
  if (raw !== undefined) {
    token = deps.state.validToken(raw) ?? null;
    if (!token) throw new ApiError(E.AUTHENTICATION_FAILED);
  }
  const { i: _i, ...params } = body;
  return {
    state: deps.state,
    packer: deps.packer,
    baseUrl: deps.baseUrl,
    serverName: deps.serverName,
    body: params,
    user: token ? (deps.state.users.get(token.userId) ?? null) : null,
    token,
  };
}

function faultError(status: number, retryAfterSec: number): ApiError {
  if (status === 429) return rateLimitError(retryAfterSec);
  if (status === 401) return new ApiError(E.AUTHENTICATION_FAILED);
  if (status === 500) return internalError();
  return new ApiError({ ...E.INTERNAL_ERROR, status });
}
