import { startStandin, type Standin } from '../../standin/server';
import type { EventName, TimelineItem } from '../../../shared/contract/events';
import type { Result } from '../../../shared/contract/result';
import { createCore, type CoreTuning, type CoreWithTestHooks } from '../../../electron/core/createCore';
import type { BlobStore, KeyValueStore, Logger, Platform, SecretCipher } from '../../../electron/core/platform';

/** A store kept in memory, so tests can restart the core over the same "disk". */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: (key) => structuredClone(data[key]),
    set: (key, value) => void (data[key] = structuredClone(value)),
    delete: (key) => void delete data[key],
  };
}

/** Blobs kept in memory, so tests can restart the core over the same "disk". */
export function memoryBlobs(): BlobStore & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    read: (name) => files.get(name),
    write: async (name, data) => void files.set(name, data),
    remove: async (name) => void files.delete(name),
    list: () => [...files.keys()],
  };
}

/** A reversible cipher whose output never contains the plaintext (it is reversed and hex-encoded). */
export function testCipher(overrides: Partial<SecretCipher> = {}): SecretCipher {
  return {
    description: 'test',
    isStrong: true,
    encrypt: (plain) => `sealed:${Buffer.from([...plain].reverse().join('')).toString('hex')}`,
    decrypt: (sealed) => {
      if (!sealed.startsWith('sealed:')) throw new Error('cannot decrypt');
      return [...Buffer.from(sealed.slice(7), 'hex').toString()].reverse().join('');
    },
    ...overrides,
  };
}

export const quietLogger = (): Logger & { lines: string[] } => {
  const lines: string[] = [];
  const write = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
  return { lines, info: write('info'), warn: write('warn'), error: write('error') };
};

export interface CoreUnderTest {
  core: CoreWithTestHooks;
  events: { name: EventName; payload: unknown }[];
  opened: string[];
  call<T = unknown>(name: string, input?: unknown): Promise<T>;
  callResult(name: string, input?: unknown): Promise<Result<unknown>>;
  /** Waits for an event that satisfies the test. */
  waitForEvent<T>(name: EventName, test?: (payload: T) => boolean, timeoutMs?: number): Promise<T>;
}

export async function startCore(platform: Partial<Platform> & { store: KeyValueStore }, tuning: CoreTuning = {}): Promise<CoreUnderTest> {
  const opened: string[] = [];
  const core = createCore(
    {
      cipher: testCipher(),
      opener: { open: async (url) => void opened.push(url) },
      logger: quietLogger(),
      appVersion: '0.0.0-test',
      shell: 'host',
      authCallbackUrl: 'missdeck://auth',
      ...platform,
    },
    { batchIntervalMs: 5, backoff: { initialMs: 50, maxMs: 200 }, signInFirstPollMs: 50, ...tuning },
  );
  const events: { name: EventName; payload: unknown }[] = [];
  const waiters = new Set<() => void>();
  core.onEvent((name, payload) => {
    events.push({ name, payload });
    for (const waiter of waiters) waiter();
  });
  await core.start();
  const callResult = (name: string, input: unknown = {}) => core.dispatch(name, input);
  return {
    core,
    events,
    opened,
    callResult,
    async call<T>(name: string, input: unknown = {}) {
      const result = await callResult(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    waitForEvent<T>(name: EventName, test: (payload: T) => boolean = () => true, timeoutMs = 5_000) {
      return new Promise<T>((resolve, reject) => {
        let seen = 0;
        const check = () => {
          for (; seen < events.length; seen++) {
            const event = events[seen]!;
            if (event.name === name && test(event.payload as T)) {
              waiters.delete(check);
              clearTimeout(timer);
              resolve(event.payload as T);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${name} event in ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

/** Presses Accept on the stand-in's MiAuth page for the session in `authUrl`, as the user would. */
export async function acceptMiAuth(authUrl: string): Promise<string> {
  const url = new URL(authUrl);
  const page = await fetch(authUrl);
  if (!page.ok) throw new Error(`consent page failed: ${page.status}`);
  const response = await fetch(`${url.origin}${url.pathname}/accept`, { method: 'POST', redirect: 'manual' });
  if (!response.ok) throw new Error(`accept failed: ${response.status}`);
  return `missdeck://auth?session=${url.pathname.split('/').pop()}`;
}

/** Signs `username` in on the stand-in through the whole MiAuth flow; returns the account id. */
export async function signIn(harness: CoreUnderTest, standin: Standin, username: string): Promise<string> {
  standin.setMiAuthUser({ username });
  const attempt = await harness.call<{ attemptId: string; authUrl: string }>('accounts.signIn', { server: standin.url });
  harness.core.handleAuthCallback(await acceptMiAuth(attempt.authUrl));
  const done = await harness.waitForEvent<{ attemptId: string; status: string; accountId?: string }>(
    'accounts.signInProgress',
    (progress) => progress.attemptId === attempt.attemptId && progress.status !== 'pending',
  );
  if (done.status !== 'succeeded' || !done.accountId) throw new Error(`sign-in ended ${done.status}`);
  return done.accountId;
}

export { startStandin, type Standin };

/** Every timeline item the core has emitted to the harness so far, in order. */
export const timelineItems = (harness: CoreUnderTest): TimelineItem[] =>
  harness.events.flatMap((event) => (event.name === 'timeline.batch' ? (event.payload as { items: TimelineItem[] }).items : []));

/** Waits until `condition` holds, checking every 10 ms; fails after `ms`. */
export async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
