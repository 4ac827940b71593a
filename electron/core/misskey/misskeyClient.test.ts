import { describe, expect, it } from 'vitest';
import { CommandFailure } from '../commands/commandFailure';
import { fetchReplaying, readFixture } from '../../../e2e/support/core/fixtures';
import { createMisskeyClient } from './misskeyClient';

const origin = 'http://127.0.0.1:61812';

async function failureOf(promise: Promise<unknown>): Promise<CommandFailure> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CommandFailure);
  return error as CommandFailure;
}

describe('createMisskeyClient against recorded answers', () => {
  it('returns the body of a 200', async () => {
    const exchange = readFixture('timelines/notes-timeline.json');
    const client = createMisskeyClient({ origin, token: 't', fetch: fetchReplaying(exchange) });
    await expect(client.request('notes/timeline', { limit: 10 })).resolves.toEqual(exchange.response);
  });

  it('returns null for a 204', async () => {
    const client = createMisskeyClient({ origin, token: 't', fetch: fetchReplaying(readFixture('notes/delete.json')) });
    await expect(client.request('notes/delete', { noteId: 'x' })).resolves.toBeNull();
  });

  it('maps a revoked token (401) to UNAUTHORIZED and reports it', async () => {
    let reported = 0;
    const client = createMisskeyClient({
      origin,
      token: 'bad',
      fetch: fetchReplaying(readFixture('errors/invalid-token-body.json')),
      onUnauthorized: () => reported++,
    });
    const failure = await failureOf(client.request('i', {}));
    expect(failure.error).toMatchObject({ code: 'UNAUTHORIZED', misskeyCode: 'AUTHENTICATION_FAILED' });
    expect(reported).toBe(1);
  });

  it('maps 429 to RATE_LIMITED with the server’s Retry-After', async () => {
    const exchange = readFixture('errors/rate-limit-429.json');
    const client = createMisskeyClient({ origin, token: 't', fetch: fetchReplaying(exchange) });
    const failure = await failureOf(client.requestUntyped('notifications/test-notification', {}));
    expect(failure.error.code).toBe('RATE_LIMITED');
    expect(failure.error.retryAfterMs).toBe(Number(exchange.headers['retry-after']) * 1000);
  });

  it('maps 403 to PERMISSION_DENIED', async () => {
    const client = createMisskeyClient({ origin, token: 't', fetch: fetchReplaying(readFixture('errors/permission-denied-miauth-readonly.json')) });
    expect((await failureOf(client.request('notes/create', { text: 'x' }))).error.code).toBe('PERMISSION_DENIED');
  });

  it('keeps Misskey’s own error code for ordinary 400s', async () => {
    const client = createMisskeyClient({ origin, token: 't', fetch: fetchReplaying(readFixture('errors/no-such-note.json')) });
    expect((await failureOf(client.request('notes/show', { noteId: 'x' }))).error).toMatchObject({ code: 'MISSKEY_ERROR', misskeyCode: 'NO_SUCH_NOTE' });
  });

  it('reads the framework’s error shape for an unknown route without crashing', async () => {
    const client = createMisskeyClient({ origin, token: 't', fetch: fetchReplaying(readFixture('errors/unknown-endpoint.json')) });
    const failure = await failureOf(client.requestUntyped('this/does/not/exist', {}));
    expect(failure.error.code).toBe('NOT_MISSKEY');
    expect(failure.error.message).toContain('127.0.0.1:61812');
  });

  it('survives a 405 with an empty body', async () => {
    const client = createMisskeyClient({ origin, token: 't', fetch: fetchReplaying(readFixture('errors/get-on-post-endpoint-405.json'), '') });
    expect((await failureOf(client.request('notes/timeline', {}))).error.code).toBe('MISSKEY_ERROR');
  });

  it('reports malformed JSON in a 200 as MALFORMED_RESPONSE', async () => {
    const client = createMisskeyClient({ origin, token: 't', fetch: fetchReplaying({ request: { method: 'POST', path: '' }, status: 200, headers: {}, response: null }, '{"truncated": [') });
    expect((await failureOf(client.request('i', {}))).error.code).toBe('MALFORMED_RESPONSE');
  });

  it('maps 5xx to SERVER_ERROR and network failure to NETWORK', async () => {
    const fiveHundred = createMisskeyClient({ origin, token: 't', fetch: async () => new Response('<html>Bad gateway</html>', { status: 502 }) });
    expect((await failureOf(fiveHundred.request('i', {}))).error.code).toBe('SERVER_ERROR');
    const offline = createMisskeyClient({ origin, token: 't', fetch: async () => { throw new TypeError('fetch failed'); } });
    expect((await failureOf(offline.request('i', {}))).error.code).toBe('NETWORK');
  });

  it('says what went wrong by message key, the server’s own words passed on as a param', async () => {
    const errorOf = async (fixture: string, body?: string) =>
      (await failureOf(createMisskeyClient({ origin, token: 't', fetch: fetchReplaying(readFixture(fixture), body) }).requestUntyped('x', {}))).error;
    expect(await errorOf('errors/rate-limit-429.json')).toMatchObject({
      messageKey: 'rateLimitedFor',
      params: { host: '127.0.0.1:61812', seconds: 60 },
      message: '127.0.0.1:61812 is rate limiting requests; try again in 1 minute.',
    });
    expect(await errorOf('errors/permission-denied-miauth-readonly.json')).toMatchObject({
      messageKey: 'permissionDenied',
      params: { host: '127.0.0.1:61812', serverMessage: 'Your app does not have the necessary permissions to use this endpoint.' },
    });
    expect(await errorOf('errors/no-such-note.json')).toMatchObject({ messageKey: 'misskeyError', params: { host: '127.0.0.1:61812', serverMessage: 'No such note.' } });
    expect(await errorOf('errors/get-on-post-endpoint-405.json', '')).toMatchObject({ messageKey: 'httpError', params: { host: '127.0.0.1:61812', status: 405 } });
    const offline = createMisskeyClient({ origin, token: 't', fetch: async () => { throw new TypeError('fetch failed'); } });
    expect((await failureOf(offline.request('i', {}))).error).toMatchObject({ messageKey: 'serverUnreachable', params: { host: '127.0.0.1:61812' } });
  });

  it('sends the token as `i` in a JSON POST to /api/<endpoint>', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const client = createMisskeyClient({
      origin,
      token: 'secret-token',
      fetch: async (url, init) => {
        seen.push({ url: String(url), init });
        return new Response('[]', { status: 200 });
      },
    });
    await client.request('notes/timeline', { limit: 5 });
    expect(seen[0]?.url).toBe(`${origin}/api/notes/timeline`);
    expect(seen[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(seen[0]?.init?.body))).toEqual({ limit: 5, i: 'secret-token' });
  });
});
