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
  NO_SUCH_ANNOUNCEMENT: { message: 'No such announcement.', code: 'NO_SUCH_ANNOUNCEMENT', id: 'b57b5e1d-4f49-404a-9edb-46b00268f121', kind: 'client', status: 400 },
  NO_SUCH_NOTE_SHOW: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '24fcbfc6-2e37-42b6-8388-c29b3861a08d', kind: 'client', status: 400 },
  NO_SUCH_NOTE_DELETE: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '490be23f-8c1f-4796-819f-94cb4f9d1630', kind: 'client', status: 400 },
  NO_SUCH_REPLY_TARGET: { message: 'No such reply target.', code: 'NO_SUCH_REPLY_TARGET', id: '749ee0f6-d3da-459a-bf02-282e2da4292c', kind: 'client', status: 400 },
  NO_SUCH_RENOTE_TARGET: { message: 'No such renote target.', code: 'NO_SUCH_RENOTE_TARGET', id: 'b5c90186-4ab0-49c8-9bba-a1f76c282ba4', kind: 'client', status: 400 },
  CANNOT_RENOTE_TO_A_PURE_RENOTE: { message: 'You can not Renote a pure Renote.', code: 'CANNOT_RENOTE_TO_A_PURE_RENOTE', id: 'fd4cc33e-2a37-48dd-99cc-9b806eb2031a', kind: 'client', status: 400 },
  CANNOT_REPLY_TO_A_PURE_RENOTE: { message: 'You can not reply to a pure Renote.', code: 'CANNOT_REPLY_TO_A_PURE_RENOTE', id: '3ac74a84-8fd5-4bb0-870f-01804f82ce15', kind: 'client', status: 400 },
  CANNOT_CREATE_ALREADY_EXPIRED_POLL: { message: 'Poll is already expired.', code: 'CANNOT_CREATE_ALREADY_EXPIRED_POLL', id: '04da457d-b083-4055-9082-955525eda5a5', kind: 'client', status: 400 },
  NO_SUCH_CHANNEL_CREATE: { message: 'No such channel.', code: 'NO_SUCH_CHANNEL', id: 'b1653923-5453-4edc-b786-7c4f39bb0bbb', kind: 'client', status: 400 },
  NO_SUCH_FILE_CREATE: { message: 'Some files are not found.', code: 'NO_SUCH_FILE', id: 'b6992544-63e7-67f0-fa7f-32444b1b5306', kind: 'client', status: 400 },
  NO_SUCH_NOTE_REACT: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '033d0620-5bfe-4027-965d-980b0c85a3ea', kind: 'client', status: 400 },
  ALREADY_REACTED: { message: 'You are already reacting to that note.', code: 'ALREADY_REACTED', id: '71efcf98-86d6-4e2b-b2ad-9d032369366b', kind: 'client', status: 400 },
  CANNOT_REACT_TO_RENOTE: { message: 'You cannot react to Renote.', code: 'CANNOT_REACT_TO_RENOTE', id: 'eaccdc08-ddef-43fe-908f-d108faad57f5', kind: 'client', status: 400 },
  NO_SUCH_NOTE_UNREACT: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '764d9fce-f9f2-4a0e-92b1-6ceac9a7ad37', kind: 'client', status: 400 },
  NOT_REACTED: { message: 'You are not reacting to that note.', code: 'NOT_REACTED', id: '92f4426d-4196-4125-aa5b-02943e2ec8fc', kind: 'client', status: 400 },
  NO_SUCH_NOTE_REACTIONS: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '263fff3d-d0e1-4af4-bea7-8408059b451a', kind: 'client', status: 400 },
  NO_SUCH_NOTE_VOTE: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: 'ecafbd2e-c283-4d6d-aecb-1a0a33b75396', kind: 'client', status: 400 },
  NO_POLL: { message: 'The note does not attach a poll.', code: 'NO_POLL', id: '5f979967-52d9-4314-a911-1c673727f92f', kind: 'client', status: 400 },
  INVALID_CHOICE: { message: 'Choice ID is invalid.', code: 'INVALID_CHOICE', id: 'e0cc9a04-f2e8-41e4-a5f1-4127293260cc', kind: 'client', status: 400 },
  ALREADY_VOTED: { message: 'You have already voted.', code: 'ALREADY_VOTED', id: '0963fc77-efac-419b-9424-b391608dc6d8', kind: 'client', status: 400 },
  ALREADY_EXPIRED: { message: 'The poll is already expired.', code: 'ALREADY_EXPIRED', id: '1022a357-b085-4054-9083-8f8de358337e', kind: 'client', status: 400 },
  NO_SUCH_NOTE_FAV: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '6dd26674-e060-4816-909a-45ba3f4da458', kind: 'client', status: 400 },
  ALREADY_FAVORITED: { message: 'The note has already been marked as a favorite.', code: 'ALREADY_FAVORITED', id: 'a402c12b-34dd-41d2-97d8-4d2ffd96a1a6', kind: 'client', status: 400 },
  NO_SUCH_NOTE_UNFAV: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '80848a2c-398f-4343-baa9-df1d57696c56', kind: 'client', status: 400 },
  NOT_FAVORITED: { message: 'You have not marked that note a favorite.', code: 'NOT_FAVORITED', id: 'b625fc69-635e-45e9-86f4-dbefbef35af5', kind: 'client', status: 400 },
  NO_SUCH_NOTE_CONVERSATION: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: 'e1035875-9551-45ec-afa8-1ded1fcb53c8', kind: 'client', status: 400 },
  NO_SUCH_NOTE_RENOTES: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: '12908022-2e21-46cd-ba6a-3edaf6093f46', kind: 'client', status: 400 },
  // users/show answered 404 on the recorded server (the OpenAPI examples say 400).
  NO_SUCH_USER: { message: 'No such user.', code: 'NO_SUCH_USER', id: '4362f8dc-731f-4ad8-a694-be5a88922a24', kind: 'client', status: 404 },
  NO_SUCH_USER_NOTES: { message: 'No such user.', code: 'NO_SUCH_USER', id: '27e494ba-2ac2-48e8-893b-10d4d8c2387b', kind: 'client', status: 400 },
  BOTH_WITH_REPLIES_AND_WITH_FILES: { message: 'Specifying both withReplies and withFiles is not supported', code: 'BOTH_WITH_REPLIES_AND_WITH_FILES', id: '91c8cb9f-36ed-46e7-9ca2-7df96ed6e222', kind: 'client', status: 400 },
  NO_SUCH_USER_FOLLOW: { message: 'No such user.', code: 'NO_SUCH_USER', id: 'fcd2eef9-a9b2-4c4f-8624-038099e90aa5', kind: 'client', status: 400 },
  FOLLOWEE_IS_YOURSELF: { message: 'Followee is yourself.', code: 'FOLLOWEE_IS_YOURSELF', id: '26fbe7bb-a331-4857-af17-205b426669a9', kind: 'client', status: 400 },
  ALREADY_FOLLOWING: { message: 'You are already following that user.', code: 'ALREADY_FOLLOWING', id: '35387507-38c7-4cb9-9197-300b93783fa0', kind: 'client', status: 400 },
  NO_SUCH_USER_UNFOLLOW: { message: 'No such user.', code: 'NO_SUCH_USER', id: '5b12c78d-2b28-4dca-99d2-f56139b42ff8', kind: 'client', status: 400 },
  FOLLOWEE_IS_YOURSELF_UNFOLLOW: { message: 'Followee is yourself.', code: 'FOLLOWEE_IS_YOURSELF', id: 'd9e400b9-36b0-4808-b1d8-79e707f1296c', kind: 'client', status: 400 },
  NOT_FOLLOWING: { message: 'You are not following that user.', code: 'NOT_FOLLOWING', id: '5dbf82f5-c92b-40b1-87d1-6c8c0741fd09', kind: 'client', status: 400 },
  NO_FOLLOW_REQUEST: { message: 'No follow request.', code: 'NO_FOLLOW_REQUEST', id: 'bcde4f8b-0913-4614-8881-614e522fb041', kind: 'client', status: 400 },
  NO_SUCH_LIST_TIMELINE: { message: 'No such list.', code: 'NO_SUCH_LIST', id: '8fb1fbd5-e476-4c37-9fb0-43d55b63a2ff', kind: 'client', status: 400 },
  NO_SUCH_LIST_SHOW: { message: 'No such list.', code: 'NO_SUCH_LIST', id: '7bc05c21-1d7a-41ae-88f1-66820f4dc686', kind: 'client', status: 400 },
  NO_SUCH_LIST_PUSH: { message: 'No such list.', code: 'NO_SUCH_LIST', id: '2214501d-ac96-4049-b717-91e42272a711', kind: 'client', status: 400 },
  NO_SUCH_USER_PUSH: { message: 'No such user.', code: 'NO_SUCH_USER', id: 'a89abd3d-f0bc-4cce-beb1-2f446f4f1e6a', kind: 'client', status: 400 },
  ALREADY_ADDED: { message: 'That user has already been added to that list.', code: 'ALREADY_ADDED', id: '1de7c884-1595-49e9-857e-61f12f4d4fc5', kind: 'client', status: 400 },
  NO_SUCH_ANTENNA: { message: 'No such antenna.', code: 'NO_SUCH_ANTENNA', id: '850926e0-fd3b-49b6-b69a-b28a5dbd82fe', kind: 'client', status: 400 },
  EMPTY_KEYWORD: { message: 'Either keywords or excludeKeywords is required.', code: 'EMPTY_KEYWORD', id: '53ee222e-1ddd-4f9a-92e5-9fb82ddb463a', kind: 'client', status: 400 },
  NO_SUCH_CHANNEL_TIMELINE: { message: 'No such channel.', code: 'NO_SUCH_CHANNEL', id: '4d0eeeba-a02c-4c3c-9966-ef60d38d2e7f', kind: 'client', status: 400 },
  NO_SUCH_CHANNEL_SHOW: { message: 'No such channel.', code: 'NO_SUCH_CHANNEL', id: '6f6c314b-7486-4897-8966-c04a66a02923', kind: 'client', status: 400 },
  NO_SUCH_CHANNEL_FOLLOW: { message: 'No such channel.', code: 'NO_SUCH_CHANNEL', id: 'c0031718-d573-4e85-928e-10039f1fbb68', kind: 'client', status: 400 },
  NO_SUCH_CHANNEL_UNFOLLOW: { message: 'No such channel.', code: 'NO_SUCH_CHANNEL', id: '19959ee9-0153-4c51-bbd9-a98c49dc59d6', kind: 'client', status: 400 },
  NO_SUCH_ROLE: { message: 'No such role.', code: 'NO_SUCH_ROLE', id: 'eb70323a-df61-4dd4-ad90-89c83c7cf26e', kind: 'client', status: 400 },
  UNAVAILABLE_SEARCH: { message: 'Search of notes unavailable.', code: 'UNAVAILABLE', id: '0b44998d-77aa-4427-80d0-d2c9b8523011', kind: 'client', status: 400 },
  NO_SUCH_FILE_SHOW: { message: 'No such file.', code: 'NO_SUCH_FILE', id: '067bc436-2718-4795-b0fb-ecbe43949e31', kind: 'client', status: 400 },
  ACCESS_DENIED_FILE_SHOW: { message: 'Access denied.', code: 'ACCESS_DENIED', id: '25b73c73-68b1-41d0-bad1-381cfdf6579f', kind: 'client', status: 400 },
  NO_SUCH_FILE_UPDATE: { message: 'No such file.', code: 'NO_SUCH_FILE', id: 'e7778c7e-3af9-49cd-9690-6dbc3e6c972d', kind: 'client', status: 400 },
  ACCESS_DENIED_FILE_UPDATE: { message: 'Access denied.', code: 'ACCESS_DENIED', id: '01a53b27-82fc-445b-a0c1-b558465a8ed2', kind: 'client', status: 400 },
  INVALID_FILE_NAME: { message: 'Invalid file name.', code: 'INVALID_FILE_NAME', id: 'f449b209-0c60-4e51-84d5-29486263bfd4', kind: 'client', status: 400 },
  URI_INVALID: { message: 'URI is invalid.', code: 'URI_INVALID', id: '1a5eab56-e47b-48c2-8d5e-217b897d70db', kind: 'client', status: 400 },
  REQUEST_FAILED: { message: 'Request failed.', code: 'REQUEST_FAILED', id: '81b539cf-4f57-4b29-bc98-032c33c0792e', kind: 'client', status: 400 },
  NO_SUCH_OBJECT: { message: 'No such object.', code: 'NO_SUCH_OBJECT', id: 'dc94d745-1262-4e63-a17d-fecaa57efc82', kind: 'client', status: 400 },
  /** A secure (web-client-only) endpoint called with an access token (errors/secure-endpoint-with-access-token.json). */
  ACCESS_DENIED_SECURE: { message: 'Access denied.', code: 'ACCESS_DENIED', id: '56f35758-7dd5-468b-8439-5d6fb8ec9b8e', kind: 'client', status: 400 },
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
  if (def.status === 400 || def.code === 'NO_SUCH_USER') return `Bearer realm="Misskey", error="invalid_request", error_description="${def.message}"`;
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

export function rateLimitError(retryAfterSec: number, total = 10): ApiError {
  const resetMs = Date.now() + retryAfterSec * 1000;
  return new ApiError(
    E.RATE_LIMIT_EXCEEDED,
    { remaining: 0, reset: Math.ceil(resetMs / 1000), resetMs, total },
    { 'retry-after': String(retryAfterSec) },
  );
}

export function internalError(message = 'Injected failure (stand-in failNext)'): ApiError {
  return new ApiError(E.INTERNAL_ERROR, {
    e: { message, code: 'INTERNAL_ERROR', id: 'standin-fail-next' },
  });
}

/** Fastify's own error shape (not Misskey's): used for unknown routes and body-parser failures. */
export function sendFastify(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  sendJson(res, status, body, status === 404 ? {} : { ...API_HEADERS });
}
