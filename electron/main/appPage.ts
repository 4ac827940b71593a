import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the renderer comes from: the built file, or (unpackaged only) Vite's dev server. */
export type AppPage =
  | { kind: 'file'; file: string; url: string }
  | { kind: 'dev'; url: string; origin: string };

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The page to load. `VITE_DEV_SERVER_URL` is honoured only when the app is not packaged and the
 * URL is an http(s) loopback address, so an environment variable cannot point a release at a website.
 */
export function resolveAppPage(appPath: string, options: { isPackaged: boolean; devServerUrl?: string | undefined }): AppPage {
  const dev = options.isPackaged ? null : parseDevServerUrl(options.devServerUrl);
  if (dev) return { kind: 'dev', url: dev.href, origin: dev.origin };
  const file = path.join(appPath, 'dist', 'renderer', 'index.html');
  return { kind: 'file', file, url: pathToFileURL(file).href };
}

function parseDevServerUrl(raw: string | undefined): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.has(url.hostname)) return url;
  } catch {
    // not a URL: fall back to the built page
  }
  return null;
}

/** True when `url` is our own page (any hash or query of it; for the dev server, its origin). */
export function isAppPageUrl(url: unknown, page: AppPage): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (page.kind === 'dev') return parsed.origin === page.origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  parsed.hash = '';
  parsed.search = '';
  return parsed.href === page.url;
}
