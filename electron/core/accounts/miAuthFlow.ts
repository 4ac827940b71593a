import { randomUUID } from 'node:crypto';
import type { SignInAttemptView, SignInStatus } from '../../../shared/model/account';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { CoreText } from '../../../shared/messages/coreText';
import { CommandFailure } from '../commands/commandFailure';
import { createMisskeyClient } from '../misskey/misskeyClient';
import { normaliseServerUrl } from '../misskey/serverUrl';
import type { ExternalOpener, Logger } from '../platform';
import { requiredPermissions } from './requiredPermissions';
import { fetchServerInfo, type ServerInfo } from './serverInfo';

export interface ApprovedSignIn {
  server: ServerInfo;
  token: string;
  user: { id: string; username: string; name: string | null; avatarUrl: string | null };
  permissions: readonly string[];
}

export interface MiAuthOptions {
  appName: string;
  appIconUrl?: string;
  callbackUrl: string;
  opener: ExternalOpener;
  logger: Logger;
  fetch?: typeof fetch;
  /** How long an attempt may wait for approval. */
  deadlineMs?: number;
  firstPollMs?: number;
  maxPollMs?: number;
  /** Stores the account; returns its id. */
  onApproved(approved: ApprovedSignIn): Promise<string>;
  onProgress(attempt: SignInAttemptView): void;
}

interface PendingAttempt {
  view: SignInAttemptView;
  session: string;
  server: ServerInfo;
  pollTimer?: NodeJS.Timeout;
  deadlineTimer: NodeJS.Timeout;
  nextPollMs: number;
  checking: Promise<void>;
}

const defaultDeadlineMs = 10 * 60_000;
/** Sessions of ended attempts remembered, so their late callbacks are recognised (oldest forgotten first). */
const endedSessionsKept = 50;

/**
 * MiAuth sign-in: a fresh UUID session per attempt, the consent page opened in the browser,
 * and approval taken from the callback URL or, where no callback arrives, from polling `check`.
 * Misskey's Reject button redirects nowhere, so an attempt ends by approval, cancel or deadline.
 */
export class MiAuthFlow {
  private readonly pending = new Map<string, PendingAttempt>();
  private readonly bySession = new Map<string, string>();
  /**
   * Sessions whose attempt has ended (most often: polling saw the approval before the browser's
   * callback arrived). Their callback is expected, not suspicious.
   */
  private readonly endedSessions = new Set<string>();

  constructor(private readonly options: MiAuthOptions) {}

  async start(serverInput: string): Promise<SignInAttemptView> {
    const normalised = normaliseServerUrl(serverInput);
    if (!normalised.ok) throw new CommandFailure('BAD_SERVER_URL', normalised.problem);
    const server = await fetchServerInfo(normalised.origin, normalised.host, this.options.fetch);

    const session = randomUUID();
    const attemptId = randomUUID();
    const view: SignInAttemptView = { attemptId, server: server.origin, status: 'pending', authUrl: this.authUrl(server.origin, session) };
    const attempt: PendingAttempt = {
      view,
      session,
      server,
      nextPollMs: this.options.firstPollMs ?? 2_000,
      checking: Promise.resolve(),
      deadlineTimer: setTimeout(() => this.finish(attempt, 'expired', coreMessage('signInExpired')), this.options.deadlineMs ?? defaultDeadlineMs),
    };
    this.pending.set(attemptId, attempt);
    this.bySession.set(session, attemptId);
    this.schedulePoll(attempt);
    this.options.opener.open(view.authUrl).catch((error: unknown) => {
      this.options.logger.warn('could not open the browser for sign-in', { error: String(error) });
    });
    return view;
  }

  cancel(attemptId: string): void {
    const attempt = this.pending.get(attemptId);
    if (attempt) this.finish(attempt, 'cancelled', coreMessage('signInCancelled'));
  }

  /** Accepts only a callback for a session this flow created and still waits for. */
  handleCallback(rawUrl: string): void {
    const session = this.sessionFromCallback(rawUrl);
    const attemptId = session === null ? undefined : this.bySession.get(session);
    const attempt = attemptId === undefined ? undefined : this.pending.get(attemptId);
    if (!attempt) {
      // The browser opens the callback after Accept; polling may have taken the token first.
      if (session !== null && this.endedSessions.has(session)) return;
      this.options.logger.warn('ignored a sign-in callback that matches no pending attempt', { url: rawUrl.slice(0, 200) });
      return;
    }
    void this.check(attempt);
  }

  dispose(): void {
    for (const attempt of this.pending.values()) this.clearTimers(attempt);
    this.pending.clear();
    this.bySession.clear();
  }

  private authUrl(origin: string, session: string): string {
    const query = new URLSearchParams({ name: this.options.appName, callback: this.options.callbackUrl, permission: requiredPermissions.join(',') });
    if (this.options.appIconUrl) query.set('icon', this.options.appIconUrl);
    return `${origin}/miauth/${session}?${query.toString()}`;
  }

  private sessionFromCallback(rawUrl: string): string | null {
    let url: URL;
    let expected: URL;
    try {
      url = new URL(rawUrl);
      expected = new URL(this.options.callbackUrl);
    } catch {
      return null;
    }
    const sameTarget = url.protocol === expected.protocol && url.host === expected.host && url.pathname === expected.pathname;
    return sameTarget ? url.searchParams.get('session') : null;
  }

  private schedulePoll(attempt: PendingAttempt): void {
    attempt.pollTimer = setTimeout(() => {
      void this.check(attempt).then(() => {
        if (!this.pending.has(attempt.view.attemptId)) return;
        attempt.nextPollMs = Math.min(attempt.nextPollMs * 1.5, this.options.maxPollMs ?? 10_000);
        this.schedulePoll(attempt);
      });
    }, attempt.nextPollMs);
  }

  /** Checks are serialised per attempt: Misskey hands the token out exactly once. */
  private check(attempt: PendingAttempt): Promise<void> {
    attempt.checking = attempt.checking.then(() => this.checkOnce(attempt));
    return attempt.checking;
  }

  private async checkOnce(attempt: PendingAttempt): Promise<void> {
    if (!this.pending.has(attempt.view.attemptId)) return;
    const client = createMisskeyClient({ origin: attempt.server.origin, fetch: this.options.fetch });
    let answer: unknown;
    try {
      answer = await client.requestUntyped(`miauth/${attempt.session}/check`, {});
    } catch (error) {
      this.options.logger.warn('MiAuth check failed; will retry', { error: error instanceof Error ? error.message : String(error) });
      return;
    }
    const approved = parseApproval(answer);
    if (!approved || !this.pending.has(attempt.view.attemptId)) return;
    try {
      const accountId = await this.options.onApproved({ server: attempt.server, token: approved.token, user: approved.user, permissions: requiredPermissions });
      this.finish(attempt, 'succeeded', undefined, accountId);
    } catch (error) {
      // Why (a cipher or disk failure) is for the log; the person can only try again.
      this.options.logger.warn('could not store an approved sign-in', { error: error instanceof Error ? error.message : String(error) });
      this.finish(attempt, 'failed', coreMessage('accountNotSaved'));
    }
  }

  private finish(attempt: PendingAttempt, status: SignInStatus, reason?: CoreText, accountId?: string): void {
    if (!this.pending.has(attempt.view.attemptId)) return;
    this.clearTimers(attempt);
    this.pending.delete(attempt.view.attemptId);
    this.bySession.delete(attempt.session);
    this.endedSessions.add(attempt.session);
    if (this.endedSessions.size > endedSessionsKept) this.endedSessions.delete(this.endedSessions.values().next().value as string);
    attempt.view = { ...attempt.view, status, ...(reason ? { reason } : {}), ...(accountId ? { accountId } : {}) };
    this.options.onProgress(attempt.view);
  }

  private clearTimers(attempt: PendingAttempt): void {
    clearTimeout(attempt.deadlineTimer);
    if (attempt.pollTimer) clearTimeout(attempt.pollTimer);
  }
}

function parseApproval(answer: unknown): Pick<ApprovedSignIn, 'token' | 'user'> | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const { ok, token, user } = answer as Record<string, unknown>;
  if (ok !== true || typeof token !== 'string' || token === '' || typeof user !== 'object' || user === null) return null;
  const u = user as Record<string, unknown>;
  if (typeof u.id !== 'string' || typeof u.username !== 'string') return null;
  return {
    token,
    user: {
      id: u.id,
      username: u.username,
      name: typeof u.name === 'string' ? u.name : null,
      avatarUrl: typeof u.avatarUrl === 'string' ? u.avatarUrl : null,
    },
  };
}
