import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// The "attacker's server" the hostile notes point at. It records every request with the browser's own
// Sec-Fetch-Dest (what the request was for), so a script, stylesheet or frame load shows up here even if
// it came from somewhere Playwright's listeners do not see. Images under /img/ are answered with a pixel.

export interface EvilHit {
  path: string;
  /** Sec-Fetch-Dest: image, script, style, iframe, document, empty (fetch/XHR), ... */
  dest: string;
  mode: string;
}

export interface EvilServer {
  origin: string;
  hits: EvilHit[];
  /** Hits that are not images or media: every one is a failure. */
  forbidden(): EvilHit[];
  close(): Promise<void>;
}

const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const allowedDest = new Set(['image', 'video', 'audio', 'track']);

export async function startEvilServer(): Promise<EvilServer> {
  const hits: EvilHit[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({ path, dest: String(req.headers['sec-fetch-dest'] ?? ''), mode: String(req.headers['sec-fetch-mode'] ?? '') });
    if (path.startsWith('/img/')) {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(pixel.length), 'cache-control': 'max-age=3600' });
      res.end(pixel);
      return;
    }
    // What an attacker would serve: script, CSS and a page that all set the canary.
    const canary = 'top.__pwned="evil-server";alert("evil-server")';
    const body = path.endsWith('.css') ? 'body{background:red!important}' : path.endsWith('.js') ? canary : `<script>${canary}</script>`;
    const type = path.endsWith('.css') ? 'text/css' : path.endsWith('.js') ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits,
    forbidden: () => hits.filter((hit) => !allowedDest.has(hit.dest)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
