// Test support for the content commands (notes, users, server, drive, drafts): fake Misskey servers
// answering with recorded fixtures, and the handlers over a real AccountsService.
import type { ApprovedSignIn } from '../../../electron/core/accounts/miAuthFlow';
import { AccountsService } from '../../../electron/core/accounts/accountsService';
import { createTranslateHandlers } from '../../../electron/core/commands/translateHandlers';
import { createContentHandlers } from '../../../electron/core/commands/contentHandlers';
import { DraftStore } from '../../../electron/core/drafts/draftStore';
import type { CommandHandlers } from '../../../electron/core/commands/commandRouter';
import { createCommandRouter } from '../../../electron/core/commands/commandRouter';
import type { KeyValueStore, Logger, Platform, SecretCipher } from '../../../electron/core/platform';
import type { Result } from '../../../shared/contract/result';

/** A recorded exchange as `readFixture` gives it. */
interface RecordedExchange {
  status: number;
  headers: Record<string, string>;
  response: unknown;
}

export interface FakeRequest {
  origin: string;
  endpoint: string;
  contentType: string | null;
  /** Parsed JSON body, or null for other bodies. */
  body: Record<string, unknown> | null;
  raw: Buffer;
}

export interface FakeAnswer {
  status: number;
  response: unknown;
  headers?: Record<string, string>;
}

/** A recorded exchange, an answer, a function of the request, or a list used in turn (the last one repeats). */
export type FakeRoute = RecordedExchange | FakeAnswer | ((request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>);

export interface FakeServers {
  fetch: typeof fetch;
  requests: FakeRequest[];
  count(endpoint: string, origin?: string): number;
}

/** Fake Misskey servers by origin, each a map of endpoint (`notes/show`) → route. */
export function fakeServers(routes: Record<string, Record<string, FakeRoute | FakeRoute[]>>, readBody?: (request: Request) => Promise<Buffer>): FakeServers {
  const requests: FakeRequest[] = [];
  const used = new Map<string, number>();
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const endpoint = url.pathname.replace(/^\/api\//, '');
    const raw = readBody ? await readBody(request) : Buffer.from(await request.arrayBuffer());
    const contentType = request.headers.get('content-type');
    let body: Record<string, unknown> | null = null;
    if (contentType?.includes('application/json')) body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    const fake: FakeRequest = { origin: url.origin, endpoint, contentType, body, raw };
    requests.push(fake);
    const choices = routes[url.origin]?.[endpoint];
    if (choices === undefined) {
      return Response.json({ message: `Route POST:${url.pathname} not found`, error: 'Not Found', statusCode: 404 }, { status: 404 });
    }
    const list = Array.isArray(choices) ? choices : [choices];
    const key = `${url.origin} ${endpoint}`;
    const turn = used.get(key) ?? 0;
    used.set(key, turn + 1);
    const route = list[Math.min(turn, list.length - 1)]!;
    const answer = typeof route === 'function' ? await route(fake) : route;
    const text = answer.response === null || answer.status === 204 ? null : JSON.stringify(answer.response);
    return new Response(text, { status: answer.status, headers: { 'content-type': 'application/json; charset=utf-8', ...answer.headers } });
  };
  return {
    fetch: fetchImpl as typeof fetch,
    requests,
    count: (endpoint, origin) => requests.filter((r) => r.endpoint === endpoint && (origin === undefined || r.origin === origin)).length,
  };
}

export interface ContentTestbed {
  accounts: AccountsService;
  progress: { uploadId: string; loaded: number; total: number }[];
  signedOut: string[];
  /** Adds an account as a finished sign-in would; the token is `token-<username>` unless given. */
  addAccount(origin: string, username: string, token?: string): string;
  callResult(name: string, input: unknown): Promise<Result<unknown>>;
  call<T = unknown>(name: string, input: unknown): Promise<T>;
}

/** The content handlers over a real AccountsService, behind the real command router (so input is validated by the contract). */
export function contentTestbed(options: { fetch: typeof fetch; store: KeyValueStore; cipher: SecretCipher; logger: Logger; now?: () => number }): ContentTestbed {
  const { store, logger } = options;
  const signedOut: string[] = [];
  const platform: Platform = {
    cipher: options.cipher,
    store,
    logger,
    opener: { open: async () => undefined },
    appVersion: '0.0.0-test',
    shell: 'host',
    authCallbackUrl: 'missdeck://auth',
    fetch: options.fetch,
    ...(options.now ? { now: options.now } : {}),
  };
  const accounts = new AccountsService(platform, {
    onChanged: () => undefined,
    onSignedIn: () => undefined,
    onSignedOut: (accountId) => void signedOut.push(accountId),
    onProblem: () => undefined,
  });
  accounts.load();
  const progress: ContentTestbed['progress'] = [];
  const handlers = createContentHandlers({ platform, accounts, drafts: new DraftStore(platform.store, logger), emitUploadProgress: (p) => void progress.push(p) });
  // Only content commands are called here; the router looks handlers up by name.
  const dispatch = createCommandRouter({ ...handlers, ...createTranslateHandlers({ accounts }) } as CommandHandlers, logger);
  let users = 0;
  return {
    accounts,
    progress,
    signedOut,
    addAccount(origin, username, token = `token-${username}`) {
      const approved: ApprovedSignIn = {
        server: { origin, host: new URL(origin).host, name: null, iconUrl: null, version: '2026.5.4', themeColor: null },
        token,
        user: { id: `user${++users}`, username, name: null, avatarUrl: null },
        permissions: [],
      };
      return accounts.approve(approved).id;
    },
    callResult: (name, input) => dispatch(name, input),
    async call<T>(name: string, input: unknown) {
      const result = await dispatch(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
  };
}
