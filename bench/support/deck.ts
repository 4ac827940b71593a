import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumArgs } from '../../playwright.config';
import type { DeckSession } from '../../e2e/support/deckSession';
import { signInThroughUi } from '../../e2e/support/signInThroughUi';
import { spawnService, type RunningService } from '../../e2e/support/spawnService';
import { control } from '../../e2e/support/standinControl';
import type { FloodStatus } from '../../e2e/standin/flood';
import type { BenchArgs } from './args';
import { buildRenderer } from './build';
import type { Cleanup } from './cleanup';
import { cpuGroups } from './cpu';
import type { BenchWindow } from './probe';
import { allowedCpus, otherCpus, parseCpuList, pinnedChromium, pinProcessTree } from './pinning';
import { log, sleep } from './stats';

export type Server = 'A' | 'B';

export interface BenchColumn {
  id: string;
  kind: string;
  server: Server;
  /** `alice@A` */
  account: string;
}

export interface BenchDeck {
  servers: Record<Server, string>;
  /** The host's process, its data folder and the renderer build it serves (coldstart restarts it). */
  host: RunningService;
  dataDir: string;
  rendererDir: string;
  /** Pid of the host's process (tsx; the core runs in it or its child). */
  hostPid: number;
  standinPids: number[];
  browser: Browser;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  columns: BenchColumn[];
  /** Page errors and console errors seen so far. */
  pageErrors: string[];
  /** Which CPUs Chromium, the core and the stand-ins may run on, as the kernel says. */
  cpus: { chromium: string; core: string; standins: string };
  /** Realistic flood notes (the default), or `--plain` short ones. */
  realisticNotes: boolean;
  /** Calls a contract command through the page's own bridge; throws unless ok. */
  call<T = unknown>(name: string, input?: unknown): Promise<T>;
  control<T = unknown>(server: Server, name: string, body?: Record<string, unknown>): Promise<T>;
}

export interface DeckOptions {
  /** Which extra columns to create: the 10-column deck, or the 3 home columns only. */
  columns: 'ten' | 'homes';
  viewport?: { width: number; height: number };
  /** Runs after the servers are up and before the page opens (e.g. seed notes). */
  beforeOpen?: (servers: Record<Server, string>) => Promise<void>;
}

const extraColumns: { account: string; kind: string }[] = [
  { account: 'alice@A', kind: 'local' },
  { account: 'alice@A', kind: 'global' },
  { account: 'alice@A', kind: 'list' },
  { account: 'bob@A', kind: 'social' },
  { account: 'alice@B', kind: 'local' },
  { account: 'alice@B', kind: 'social' },
  { account: 'alice@B', kind: 'global' },
];

/**
 * Two Misskey stand-ins, a host serving the bench's renderer build, Chromium with the page open,
 * alice and bob on server A and alice on server B signed in through the UI, and the columns made
 * through the page's bridge. Every process is registered with `cleanup`.
 */
export async function openDeck(args: BenchArgs, cleanup: Cleanup, options: DeckOptions): Promise<BenchDeck> {
  const rendererDir = await buildRenderer(args.skipBuild, args.profile !== undefined);
  const dataDir = mkdtempSync(join(tmpdir(), 'missdeck-bench-'));
  cleanup.add('data dir', () => rmSync(dataDir, { recursive: true, force: true }));

  const started: RunningService[] = [];
  const startService = async (entry: string, argv: string[], key: string) => {
    const service = await spawnService(entry, argv, key);
    started.push(service);
    cleanup.add(entry, () => service.stop());
    return service;
  };
  log('starting two stand-ins and the host…');
  const standinA = await startService('e2e/standin/start.ts', ['--name', 'Stand-in A'], 'STANDIN_URL');
  const standinB = await startService('e2e/standin/start.ts', ['--name', 'Stand-in B'], 'STANDIN_URL');
  const host = await startService('bench/support/hostMain.ts', ['--data-dir', dataDir, '--renderer-dir', rendererDir, '--callback', 'missdeck'], 'MISSDECK_URL');
  const servers: Record<Server, string> = { A: standinA.value, B: standinB.value };
  const cpus = args.cpus === undefined ? undefined : parseCpuList(args.cpus);
  if (cpus) {
    pinProcessTree(host.process.pid!, cpus);
    const rest = otherCpus(cpus);
    if (rest.length > 0) for (const standin of [standinA, standinB]) pinProcessTree(standin.process.pid!, rest);
  }
  await options.beforeOpen?.(servers);

  const hostUrl = new URL(host.value);
  const session: DeckSession = {
    standinUrl: servers.A,
    standinUrls: [servers.A, servers.B],
    hostUrl: host.value,
    hostOrigin: hostUrl.origin,
    secret: new URLSearchParams(hostUrl.hash.slice(1)).get('secret') ?? '',
    dataDir,
    restartHost: () => Promise.reject(new Error('not in benches')),
    close: () => Promise.resolve(),
  };

  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: cpus ? pinnedChromium(chromiumPath, cpus) : chromiumPath,
    headless: !args.headed,
    // The bench's own cleanup closes it (with the servers) on Ctrl-C, not Playwright's handlers.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  cleanup.add('chromium', () => browser.close());
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Chromium asks every page for /favicon.ico, which the host does not serve: not the app's error.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) pageErrors.push(`console.error: ${message.text()} (${message.location().url || 'no url'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  const cdp = await context.newCDPSession(page);

  log('opening the page and signing in alice@A, bob@A, alice@B through the UI…');
  await page.goto(`${host.value}&bench=1`);
  const addAccount = page.getByRole('navigation', { name: 'Accounts and deck' }).getByRole('button', { name: 'Add account' });
  try {
    await signInThroughUi(page, context, session, servers.A, 'alice');
    // The helper clicks "Add account" only if it is already visible: wait for the deck to show it.
    await addAccount.waitFor({ timeout: 30_000 });
    await signInThroughUi(page, context, session, servers.A, 'bob');
    await addAccount.waitFor({ timeout: 30_000 });
    await signInThroughUi(page, context, session, servers.B, 'alice');
  } catch (error) {
    const shot = join(tmpdir(), `missdeck-bench-failure-${Date.now()}.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    log(`sign-in failed; screenshot ${shot}; page errors: ${pageErrors.join(' | ') || 'none'}`);
    throw error;
  }
  await page.waitForFunction(() => (window as unknown as BenchWindow).__missdeckBench !== undefined, undefined, { timeout: 10_000 }).catch(() => {
    throw new Error('window.__missdeckBench is missing: is renderer/benchProbe.ts imported and installed in renderer/main.tsx?');
  });

  const call = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const result = await page.evaluate(([n, i]) => (window as unknown as BenchWindow).__missdeckBench!.call(n as string, i), [name, input] as const);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };

  const accounts = await call<{ id: string; server: string; username: string }[]>('accounts.list');
  const accountKey = (a: { server: string; username: string }) => `${a.username}@${new URL(a.server).origin === new URL(servers.A).origin ? 'A' : 'B'}`;
  const accountIds = new Map(accounts.map((a) => [accountKey(a), a.id]));
  for (const key of ['alice@A', 'bob@A', 'alice@B']) if (!accountIds.has(key)) throw new Error(`account ${key} is missing after sign-in: ${JSON.stringify(accounts)}`);

  // A first sign-in brings home, notifications, local and mentions: the bench's decks start from
  // the three home columns, as they did before, so their figures stay comparable.
  for (const column of await call<{ id: string; kind: string }[]>('deck.get')) {
    if (column.kind !== 'home') await call('deck.removeColumn', { columnId: column.id });
  }
  if (options.columns === 'ten') {
    for (const { account, kind } of extraColumns) {
      const accountId = accountIds.get(account)!;
      let params: Record<string, string> | undefined;
      if (kind === 'list') {
        const sources = await call<{ id: string; name: string }[]>('deck.sources', { accountId, kind: 'list' });
        const friends = sources.find((s) => s.name === 'Friends') ?? sources[0];
        if (!friends) throw new Error('alice@A has no list');
        params = { listId: friends.id, sourceName: friends.name };
      }
      await call('deck.addColumn', { accountId, kind, ...(params ? { params } : {}) });
    }
  }
  const views = await call<{ id: string; accountId: string; kind: string }[]>('deck.get');
  const byId = new Map([...accountIds].map(([key, id]) => [id, key]));
  const columns: BenchColumn[] = views.map((v) => {
    const account = byId.get(v.accountId) ?? v.accountId;
    return { id: v.id, kind: v.kind, account, server: account.endsWith('@B') ? 'B' : 'A' };
  });
  const expected = options.columns === 'ten' ? 10 : 3;
  if (columns.length !== expected) throw new Error(`expected ${expected} columns, core has ${columns.length}`);

  // Every column on screen and loaded.
  const ids = columns.map((c) => c.id);
  await page.waitForFunction(
    (columnIds) =>
      columnIds.every(
        (id) => document.querySelector(`[data-column-id="${id}"]`) !== null && (window as unknown as BenchWindow).__missdeckBench!.columnLoad(id)?.status === 'loaded',
      ),
    ids,
    { timeout: 30_000 },
  );
  log(`deck ready: ${columns.map((c) => `${c.kind}(${c.account})`).join(', ')}`);

  const processes = cpuGroups(host.process.pid!, [standinA.process.pid!, standinB.process.pid!]);
  const pinned = { chromium: allowedCpus(processes.chromium), core: allowedCpus(processes.core), standins: allowedCpus(processes.standins) };
  log(`CPUs allowed (/proc Cpus_allowed_list): chromium ${pinned.chromium}, core ${pinned.core}, stand-ins ${pinned.standins}`);

  return {
    servers,
    host,
    cpus: pinned,
    realisticNotes: !args.plain,
    dataDir,
    rendererDir,
    hostPid: host.process.pid!,
    standinPids: [standinA.process.pid!, standinB.process.pid!],
    browser,
    context,
    page,
    cdp,
    columns,
    pageErrors,
    call,
    control: (server, name, body = {}) => control(servers[server], name, body),
  };
}

/** Waits for a stand-in flood to finish; logs progress. */
/**
 * Floods both servers at half the rate each, so all ten columns get notes: on A every channel the
 * deck follows, with alice and bob following the flood users (their home columns); on B the public
 * timelines and alice's home.
 */
export async function startFloods(deck: BenchDeck, rate: number, durationMs: number): Promise<{ server: Server; floodId: string }[]> {
  const onA = await deck.control<{ floodId: string }>('A', 'flood', {
    rate: rate / 2,
    durationMs,
    realistic: deck.realisticNotes,
    channels: ['home', 'local', 'global', 'hybrid', 'list'],
    followers: ['alice', 'bob'],
  });
  const onB = await deck.control<{ floodId: string }>('B', 'flood', { rate: rate / 2, durationMs, realistic: deck.realisticNotes, followers: ['alice'] });
  return [
    { server: 'A', ...onA },
    { server: 'B', ...onB },
  ];
}

export async function waitForFloods(deck: BenchDeck, floods: { server: Server; floodId: string }[], label: string): Promise<FloodResult[]> {
  const results: FloodResult[] = [];
  let lastLog = 0;
  for (;;) {
    const statuses = await Promise.all(floods.map((f) => deck.control<FloodResult>(f.server, 'floodStatus', { floodId: f.floodId })));
    if (statuses.every((s) => !s.running)) {
      for (const [i, s] of statuses.entries()) results.push({ ...s, server: floods[i]!.server });
      return results;
    }
    if (Date.now() - lastLog > 10_000) {
      lastLog = Date.now();
      log(`${label}: ${statuses.map((s, i) => `${floods[i]!.server} ${s.sent}/${s.planned}`).join(', ')}`);
    }
    await sleep(500);
  }
}

/** The stand-in's flood status, and which server it ran on. */
export interface FloodResult extends FloodStatus {
  server: Server;
}
