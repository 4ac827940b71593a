import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { spawnService, type RunningService } from './spawnService';

export interface DeckSession {
  /** The first stand-in's address; `standinUrls` has them all. */
  standinUrl: string;
  standinUrls: string[];
  /** The host's address with its secret, as `npm run web` prints it. */
  hostUrl: string;
  hostOrigin: string;
  secret: string;
  dataDir: string;
  /** Stops the host and starts a new one over the same data folder (a restart of the app), doing `whileStopped` in between. */
  restartHost(whileStopped?: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export interface DeckSessionOptions {
  callback?: 'missdeck' | 'loopback';
  /** How many Misskey stand-in servers to start. */
  servers?: number;
}

const startHost = (dataDir: string, callback: 'missdeck' | 'loopback') =>
  spawnService('electron/host/start.ts', ['--callback', callback, '--data-dir', dataDir, '--quiet'], 'MISSDECK_URL');

/** Misskey stand-ins and a MissDeck host (the real core in Node), each in its own process. */
export async function startDeckSession({ callback = 'missdeck', servers = 1 }: DeckSessionOptions = {}): Promise<DeckSession> {
  const dataDir = mkdtempSync(join(tmpdir(), 'missdeck-e2e-'));
  const standins: RunningService[] = [];
  for (let i = 0; i < servers; i++) standins.push(await spawnService('e2e/standin/start.ts', ['--name', `Stand-in ${String.fromCharCode(65 + i)}`], 'STANDIN_URL'));
  let host = await startHost(dataDir, callback);
  const session: DeckSession = {
    standinUrl: standins[0]!.value,
    standinUrls: standins.map((standin) => standin.value),
    hostUrl: '',
    hostOrigin: '',
    secret: '',
    dataDir,
    async restartHost(whileStopped) {
      await host.stop();
      await whileStopped?.();
      host = await startHost(dataDir, callback);
      describeHost();
    },
    async close() {
      await host.stop();
      for (const standin of standins) await standin.stop();
    },
  };
  const describeHost = () => {
    const url = new URL(host.value);
    session.hostUrl = host.value;
    session.hostOrigin = url.origin;
    session.secret = new URLSearchParams(url.hash.slice(1)).get('secret') ?? '';
  };
  describeHost();
  return session;
}

/** Hands a `missdeck://` URL to the core, as the OS hands it to Electron's running instance. */
export async function deliverProtocolUrl(session: DeckSession, url: string): Promise<void> {
  const response = await fetch(`${session.hostOrigin}/protocol-url`, {
    method: 'POST',
    headers: { 'x-missdeck-secret': session.secret },
    body: url,
  });
  if (response.status !== 204) throw new Error(`protocol-url refused: ${response.status}`);
}

/** Records every WebSocket frame the page receives: all that crosses from the core to the renderer. */
export function recordFramesToRenderer(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
  return frames;
}

/** The text of every file the host wrote, in its folders too. */
export function filesOnDisk(dataDir: string): { name: string; text: string }[] {
  return readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dataDir, name)).isFile())
    .map((name) => ({ name, text: readFileSync(join(dataDir, name), 'latin1') }));
}
