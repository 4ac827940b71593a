import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { spawnService, type RunningService } from './spawnService';

export interface DeckSession {
  standinUrl: string;
  /** The host's address with its secret, as `npm run web` prints it. */
  hostUrl: string;
  hostOrigin: string;
  secret: string;
  dataDir: string;
  standin: RunningService;
  host: RunningService;
  close(): Promise<void>;
}

/** A Misskey stand-in and a MissDeck host (the real core in Node), each in its own process. */
export async function startDeckSession(callback: 'missdeck' | 'loopback' = 'missdeck'): Promise<DeckSession> {
  const dataDir = mkdtempSync(join(tmpdir(), 'missdeck-e2e-'));
  const standin = await spawnService('e2e/standin/start.ts', [], 'STANDIN_URL');
  const host = await spawnService('electron/host/start.ts', ['--callback', callback, '--data-dir', dataDir, '--quiet'], 'MISSDECK_URL');
  const url = new URL(host.value);
  return {
    standinUrl: standin.value,
    hostUrl: host.value,
    hostOrigin: url.origin,
    secret: new URLSearchParams(url.hash.slice(1)).get('secret') ?? '',
    dataDir,
    standin,
    host,
    close: async () => {
      await host.stop();
      await standin.stop();
    },
  };
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

/** The text of every file the host wrote. */
export function filesOnDisk(dataDir: string): { name: string; text: string }[] {
  return readdirSync(dataDir).map((name) => ({ name, text: readFileSync(join(dataDir, name), 'latin1') }));
}
