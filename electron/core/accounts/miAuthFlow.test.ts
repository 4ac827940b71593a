import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignInAttemptView } from '../../../shared/model/account';
import { CommandFailure } from '../commands/commandFailure';
import { readFixture } from '../../../e2e/support/core/fixtures';
import { MiAuthFlow, type ApprovedSignIn } from './miAuthFlow';

const meta = readFixture('meta/meta-detail-false.json').response;
const approvedAnswer = readFixture('auth/miauth-04-check-after-approval.json').response as { user: { id: string } };

/** A tiny fake Misskey: meta answers, and check answers ok exactly once after `approve()`. */
function fakeServer() {
  let approvedSession: string | null = null;
  const checks: string[] = [];
  const fetchImpl = vi.fn(async (input: string | URL | Request) => {
    const path = new URL(String(input)).pathname;
    if (path === '/api/meta') return Response.json(meta);
    const match = /^\/api\/miauth\/([^/]+)\/check$/.exec(path);
    if (match) {
      checks.push(match[1]!);
      if (approvedSession === match[1]) {
        approvedSession = null;
        return Response.json({ ...approvedAnswer, token: 'the-token' });
      }
      return Response.json({ ok: false });
    }
    return new Response('', { status: 404 });
  });
  return { fetch: fetchImpl as unknown as typeof fetch, checks, approve: (session: string) => (approvedSession = session) };
}

const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

function setup(overrides: Partial<ConstructorParameters<typeof MiAuthFlow>[0]> = {}) {
  const server = fakeServer();
  const opened: string[] = [];
  const progress: SignInAttemptView[] = [];
  const approvals: ApprovedSignIn[] = [];
  const log = logger();
  const flow = new MiAuthFlow({
    appName: 'MissDeck',
    callbackUrl: 'missdeck://auth',
    opener: { open: async (url) => void opened.push(url) },
    logger: log,
    fetch: server.fetch,
    firstPollMs: 2_000,
    maxPollMs: 10_000,
    deadlineMs: 60_000,
    onApproved: async (approved) => (approvals.push(approved), 'account-1'),
    onProgress: (attempt) => progress.push(attempt),
    ...overrides,
  });
  const sessionOf = (url: string) => new URL(url).pathname.split('/').pop()!;
  return { flow, server, opened, progress, approvals, log, sessionOf };
}

describe('MiAuth sign-in', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens the consent page with a fresh UUID v4 session, name, callback and permissions', async () => {
    const { flow, opened, sessionOf } = setup();
    const first = await flow.start('http://127.0.0.1:61812');
    await flow.start('http://127.0.0.1:61812');
    expect(opened).toHaveLength(2);
    const url = new URL(opened[0]!);
    expect(url.origin).toBe('http://127.0.0.1:61812');
    expect(sessionOf(opened[0]!)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sessionOf(opened[0]!)).not.toBe(sessionOf(opened[1]!));
    expect(url.searchParams.get('name')).toBe('MissDeck');
    expect(url.searchParams.get('callback')).toBe('missdeck://auth');
    const permissions = url.searchParams.get('permission')!.split(',');
    expect(permissions).toContain('write:notes');
    expect(permissions).toContain('read:account');
    expect(permissions.some((p) => p.includes('admin'))).toBe(false);
    expect(first).toMatchObject({ status: 'pending', server: 'http://127.0.0.1:61812', authUrl: opened[0] });
    flow.dispose();
  });

  it('refuses a bad address before anything opens', async () => {
    const { flow, opened, server } = setup();
    await expect(flow.start('http://misskey.io')).rejects.toMatchObject({ error: { code: 'BAD_SERVER_URL' } });
    expect(opened).toEqual([]);
    expect(server.fetch).not.toHaveBeenCalled();
  });

  it('refuses a server that does not answer meta as Misskey', async () => {
    const { flow, opened } = setup({ fetch: (async () => Response.json({ hello: 'world' })) as unknown as typeof fetch });
    const failure = await flow.start('example.com').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CommandFailure);
    expect((failure as CommandFailure).error.code).toBe('NOT_MISSKEY');
    expect(opened).toEqual([]);
  });

  it('completes from the callback of its own pending session, once', async () => {
    const { flow, server, opened, approvals, progress, sessionOf } = setup();
    const attempt = await flow.start('http://127.0.0.1:61812');
    const session = sessionOf(opened[0]!);
    server.approve(session);
    flow.handleCallback(`missdeck://auth?session=${session}`);
    await vi.advanceTimersByTimeAsync(0);
    expect(approvals).toHaveLength(1);
    expect(approvals[0]).toMatchObject({ token: 'the-token', user: { id: approvedAnswer.user.id }, server: { origin: 'http://127.0.0.1:61812' } });
    expect(progress).toEqual([expect.objectContaining({ attemptId: attempt.attemptId, status: 'succeeded', accountId: 'account-1' })]);

    // A replayed URL is ignored: no new check, no second account.
    const checksBefore = server.checks.length;
    flow.handleCallback(`missdeck://auth?session=${session}`);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(server.checks.length).toBe(checksBefore);
    expect(approvals).toHaveLength(1);
  });

  it('accepts quietly a callback that arrives after polling already finished its attempt', async () => {
    const { flow, server, opened, approvals, progress, log, sessionOf } = setup();
    await flow.start('http://127.0.0.1:61812');
    const session = sessionOf(opened[0]!);
    server.approve(session);
    // Polling takes the token first…
    await vi.advanceTimersByTimeAsync(2_000);
    expect(progress).toEqual([expect.objectContaining({ status: 'succeeded' })]);
    const checks = server.checks.length;
    // …then the browser follows the callback.
    flow.handleCallback(`missdeck://auth?session=${session}`);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(log.warn).not.toHaveBeenCalled();
    expect(server.checks.length).toBe(checks);
    expect(approvals).toHaveLength(1);
    expect(progress).toHaveLength(1);
    // A session that never was still is logged.
    flow.handleCallback('missdeck://auth?session=00000000-0000-4000-8000-000000000000');
    expect(log.warn).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an unknown session', 'missdeck://auth?session=00000000-0000-4000-8000-000000000000'],
    ['another host', 'missdeck://evil?session=SESSION'],
    ['another scheme', 'https://auth?session=SESSION'],
    ['no session', 'missdeck://auth'],
    ['garbage', '::::not a url'],
  ])('ignores a callback with %s, and logs it', async (_label, template) => {
    const { flow, opened, server, approvals, log, sessionOf } = setup();
    await flow.start('http://127.0.0.1:61812');
    const session = sessionOf(opened[0]!);
    server.approve(session);
    expect(() => flow.handleCallback(template.replace('SESSION', session))).not.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    expect(approvals).toHaveLength(0);
    expect(log.warn).toHaveBeenCalled();
    flow.dispose();
  });

  it('completes by polling check with growing intervals when no callback arrives', async () => {
    const { flow, server, opened, approvals, sessionOf } = setup();
    await flow.start('http://127.0.0.1:61812');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(server.checks).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.checks).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3_000); // second poll after 3 s (2 s × 1.5)
    expect(server.checks).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4_499);
    expect(server.checks).toHaveLength(2);
    server.approve(sessionOf(opened[0]!));
    await vi.advanceTimersByTimeAsync(1);
    expect(approvals).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.checks).toHaveLength(3);
  });

  it('expires at the deadline (Reject redirects nowhere) and stops polling', async () => {
    const { flow, server, progress } = setup();
    await flow.start('http://127.0.0.1:61812');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(progress.at(-1)).toMatchObject({ status: 'expired', reason: { messageKey: 'signInExpired', message: expect.stringMatching(/not approved in time/) } });
    const checks = server.checks.length;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.checks.length).toBe(checks);
  });

  it('can be cancelled, after which a late callback is ignored', async () => {
    const { flow, server, opened, approvals, progress, sessionOf } = setup();
    const attempt = await flow.start('http://127.0.0.1:61812');
    flow.cancel(attempt.attemptId);
    expect(progress.at(-1)).toMatchObject({ status: 'cancelled', reason: { messageKey: 'signInCancelled' } });
    server.approve(sessionOf(opened[0]!));
    flow.handleCallback(`missdeck://auth?session=${sessionOf(opened[0]!)}`);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(approvals).toHaveLength(0);
  });

  it('keeps waiting through a failed check', async () => {
    const { flow, server, opened, approvals, sessionOf } = setup();
    await flow.start('http://127.0.0.1:61812');
    let failOnce = true;
    (server.fetch as unknown as ReturnType<typeof vi.fn>).mockImplementationOnce(async () => {
      failOnce = false;
      throw new TypeError('network down');
    });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(failOnce).toBe(false);
    server.approve(sessionOf(opened[0]!));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(approvals).toHaveLength(1);
  });
});
