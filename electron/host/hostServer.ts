import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isSafeExternalUrl } from '../../shared/links/externalUrl';
import { buildContentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import { createFileBlobStore } from '../core/cache/fileBlobStore';
import { createCore, type CoreTuning, type CoreWithTestHooks } from '../core/createCore';
import type { Logger } from '../core/platform';
import { createAesGcmCipher, loadOrCreateKey } from './aesGcmCipher';
import { createJsonFileStore } from './jsonFileStore';
import { RpcServer } from './rpcServer';
import { readStaticFile } from './staticFiles';

export interface HostOptions {
  port?: number;
  dataDir: string;
  rendererDir: string;
  /**
   * `loopback`: MiAuth calls back to the host's own URL (how a person uses `npm run web`).
   * `missdeck`: the callback is `missdeck://auth`, handed in through `/protocol-url` as the OS
   * would hand it to Electron (how the end-to-end tests exercise the desktop path).
   */
  callback: 'loopback' | 'missdeck';
  logger: Logger;
  appVersion?: string;
  tuning?: CoreTuning;
  /**
   * Serve the page cross-origin isolated (COOP same-origin, COEP credentialless). Only the bench
   * asks for it: isolation is what gives the page 5 µs timers instead of 100 µs ones with jitter,
   * which would read a 16.67-ms frame as anything from 16.5 to 16.8 ms.
   */
  crossOriginIsolated?: boolean;
  /** The app's icons (`16x16.png` … `512x512.png`); default: the repository's `build/icons`. */
  iconsDir?: string;
}

export interface Host {
  /** The address to open, secret included. */
  url: string;
  origin: string;
  core: CoreWithTestHooks;
  close(): Promise<void>;
}

const authCallbackPath = '/auth/callback';

/** The app icon as the tab's icon: the page links `/favicon.png`; browsers also ask `/favicon.ico` on their own. */
const favicons: Record<string, string> = { '/favicon.png': '32x32.png', '/favicon.ico': '32x32.png', '/apple-touch-icon.png': '256x256.png' };
const defaultIconsDir = resolve(import.meta.dirname, '../../build/icons');

// `credentialless` rather than `require-corp`: avatars, emoji and files come from Misskey servers
// that send no Cross-Origin-Resource-Policy; they still load, only without cookies.
const isolationHeaders = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'credentialless' };

const page = (title: string, text: string, lang: string) =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${title}</title><body style="font-family:sans-serif;padding:3em"><h1>${title}</h1><p>${text}</p></body></html>`;

/** The page the browser shows after MiAuth sends it back here, in the browser's language. */
const signInReceived = {
  en: 'Sign-in received. You can close this tab and go back to MissDeck.',
  ja: 'サインインを受け付けました。このタブを閉じて MissDeck に戻ってください。',
};
const browserLanguage = (request: IncomingMessage): keyof typeof signInReceived => (/^\s*ja\b/i.test(request.headers['accept-language'] ?? '') ? 'ja' : 'en');

/** The core in plain Node, serving the built renderer and the contract on 127.0.0.1. */
export async function startHost(options: HostOptions): Promise<Host> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(24).toString('base64url');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { logger } = options;

  const core = createCore(
    {
      cipher: createAesGcmCipher(loadOrCreateKey(join(options.dataDir, 'vault.key'))),
      store: createJsonFileStore(join(options.dataDir, 'missdeck.json'), logger),
      blobs: createFileBlobStore(join(options.dataDir, 'column-cache')),
      opener: {
        async open(url) {
          if (!isSafeExternalUrl(url)) throw new Error('Only http and https links can be opened.');
          // In the host, "the browser" is the page itself: it opens the link in a new tab.
          if (!rpc.broadcast({ t: 'openUrl', url })) logger.info('open this address in your browser', { url });
        },
      },
      logger,
      appVersion: options.appVersion ?? '0.0.0',
      shell: 'host',
      authCallbackUrl: options.callback === 'loopback' ? `${origin}${authCallbackPath}` : 'missdeck://auth',
    },
    options.tuning,
  );
  const rpc = new RpcServer(core, secret, origin, logger);
  await core.start();

  const csp = buildContentSecurityPolicy({ rpcSocketOrigin: origin.replace(/^http/, 'ws') });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void handleRequest(request, response).catch((error: unknown) => {
      logger.error('host request failed', { error: String(error) });
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  // Every socket, upgraded ones too: a page that reconnects its RPC socket while the host stops must not keep it running.
  const sockets = new Set<Socket>();
  let closing = false;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (request, socket, head) => {
    if (closing) socket.destroy();
    else if (new URL(request.url ?? '/', origin).pathname === '/rpc') rpc.handleUpgrade(request, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
  });

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === authCallbackPath && request.method === 'GET') {
      core.handleAuthCallback(url.toString());
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
      const lang = browserLanguage(request);
      response.end(page('MissDeck', signInReceived[lang], lang));
      return;
    }
    if (url.pathname === '/protocol-url' && request.method === 'POST') {
      await handleProtocolUrl(request, response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const icon = Object.hasOwn(favicons, url.pathname) ? favicons[url.pathname]! : null;
    if (icon) {
      const body = await readFile(join(options.iconsDir ?? defaultIconsDir, icon)).catch(() => null);
      if (!body) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': String(body.length), 'x-content-type-options': 'nosniff', 'cache-control': 'max-age=86400' });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // The emoji images never change within a build, and a busy deck shows the same ones again and again.
      'cache-control': url.pathname.startsWith('/twemoji/') ? 'max-age=86400' : 'no-store',
      ...(options.crossOriginIsolated ? isolationHeaders : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  /** What the OS does for Electron: hand a `missdeck://` URL to the running app. */
  async function handleProtocolUrl(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (options.callback !== 'missdeck' || request.headers['x-missdeck-secret'] !== secret) {
      response.writeHead(403).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    core.handleAuthCallback(Buffer.concat(chunks).toString('utf8').slice(0, 4096));
    response.writeHead(204).end();
  }

  return {
    url: `${origin}/#secret=${secret}`,
    origin,
    core,
    async close() {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      rpc.close();
      await core.dispose();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
