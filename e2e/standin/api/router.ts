import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBody, readBuffer } from '../body';
import { API_HEADERS, ApiError, E, internalError, invalidParam, rateLimitError, sendApiError, sendFastify, sendJson } from '../errors';
import type { Fault, Faults } from '../faults';
import { boundaryOf, parseMultipart, type FilePart } from '../multipart';
import type { World } from '../world';
import type { TokenRec } from '../state';
import { accountEndpoints } from './account';
import { clipEndpoints } from './clips';
import { draftEndpoints } from './drafts';
import { announcementEndpoints } from './announcements';
import { chatMessageEndpoints } from './chatMessages';
import { chatRoomEndpoints } from './chatRooms';
import { driveEndpoints } from './drive';
import { emojiEndpoints } from './emojis';
import { listEndpoints } from './lists';
import { miauthCheck } from './miauth';
import { muteEndpoints } from './mutes';
import { noteEndpoints } from './notes';
import { notificationEndpoints } from './notifications';
import { reactionEndpoints } from './reactions';
import { timelineEndpoints } from './timelines';
import { moreTimelineEndpoints } from './timelines2';
import { translateEndpoints } from './translate';
import type { ApiCtx, Endpoint } from './types';
import { userEndpoints } from './users';

const endpoints: Record<string, Endpoint> = {
  ...accountEndpoints,
  ...timelineEndpoints,
  ...moreTimelineEndpoints,
  ...noteEndpoints,
  ...reactionEndpoints,
  ...notificationEndpoints,
  ...listEndpoints,
  ...userEndpoints,
  ...driveEndpoints,
  ...emojiEndpoints,
  ...translateEndpoints,
  ...draftEndpoints,
  ...clipEndpoints,
  ...muteEndpoints,
  ...announcementEndpoints,
  ...chatMessageEndpoints,
  ...chatRoomEndpoints,
};

export interface ApiDeps {
  world: World;
  faults: Faults;
  baseUrl: string;
  serverName: string;
}

const MIAUTH_CHECK = /^\/api\/miauth\/([^/]+)\/check$/;
const MAX_UPLOAD = 64 * 1024 * 1024;

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
  const ep = check ? undefined : endpoints[name];

  if (method === 'GET') {
    if (!known || check) return sendApiError(res, new ApiError(E.UNKNOWN_API_ENDPOINT));
    if (!ep?.allowGet) {
      // Not an `allowGet` endpoint: Misskey answers 405 with an empty body.
      res.writeHead(405, { ...API_HEADERS, 'content-length': '0' });
      res.end();
      return;
    }
  } else if (method !== 'POST' || !known) {
    return sendFastify(res, 404, { message: `Route ${method}:${path} not found`, error: 'Not Found', statusCode: 404 });
  }

  let body: unknown;
  let file: FilePart | undefined;
  if (method === 'GET') {
    body = Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams);
  } else {
    const raw = await readBuffer(req, MAX_UPLOAD);
    const boundary = /multipart\/form-data/i.test(req.headers['content-type'] ?? '') ? boundaryOf(req.headers['content-type']) : null;
    if (boundary) {
      const mp = parseMultipart(raw, boundary);
      body = mp.fields;
      file = mp.files.file;
    } else {
      const parsed = parseBody(raw.toString('utf8'), req.headers['content-type']);
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
      body = parsed.value;
    }
  }

  await deps.faults.wait(name);

  try {
    const fault = deps.faults.take(name);
    if (fault) {
      if (fault.status >= 502 && fault.status <= 504) return sendProxyError(res, fault);
      throw faultError(fault);
    }

    if (check) {
      return sendJson(res, 200, miauthCheck(deps.world.state, deps.world.packer, decodeURIComponent(check[1]!)), { ...API_HEADERS });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidParam('#/type', 'must be object');
    const ctx = authenticate(req, body as Record<string, unknown>, deps);
    ctx.file = file;
    if (ep!.requireCredential && !ctx.user) throw new ApiError(E.CREDENTIAL_REQUIRED);
    if (ep!.secure && ctx.token?.permissions) throw new ApiError(E.ACCESS_DENIED_SECURE);
    if (ep!.permission && ctx.token?.permissions && !ctx.token.permissions.includes(ep!.permission)) {
      throw new ApiError(E.PERMISSION_DENIED);
    }
    const result = await ep!.handler(ctx);
    if (result === undefined) {
      res.writeHead(204, { ...API_HEADERS });
      res.end();
      return;
    }
    const cache = method === 'GET' && ep!.cacheSec ? { 'cache-control': `public, max-age=${ep!.cacheSec}` } : {};
    sendJson(res, 200, result, { ...API_HEADERS, ...cache });
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
    token = deps.world.state.validToken(raw) ?? null;
    if (!token) throw new ApiError(E.AUTHENTICATION_FAILED);
  }
  const { i: _i, ...params } = body;
  return {
    state: deps.world.state,
    packer: deps.world.packer,
    world: deps.world,
    baseUrl: deps.baseUrl,
    serverName: deps.serverName,
    body: params,
    user: token ? (deps.world.state.users.get(token.userId) ?? null) : null,
    token,
  };
}

function faultError(fault: Fault): ApiError {
  if (fault.status === 429) return rateLimitError(fault.retryAfterSec ?? 60);
  if (fault.status === 401) return new ApiError(E.AUTHENTICATION_FAILED);
  if (fault.status === 500) return internalError();
  return new ApiError({ ...E.INTERNAL_ERROR, status: fault.status });
}

/** 502/503/504 never come from Misskey itself: they look like the reverse proxy in front of it (nginx). */
function sendProxyError(res: ServerResponse, fault: Fault): void {
  const reason = { 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' }[fault.status] ?? 'Error';
  const html = `<html>\r\n<head><title>${fault.status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${fault.status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  const headers: Record<string, string> = { 'content-type': 'text/html', 'content-length': String(Buffer.byteLength(html)) };
  if (fault.retryAfterSec !== null) headers['retry-after'] = String(fault.retryAfterSec);
  res.writeHead(fault.status, headers);
  res.end(html);
}
