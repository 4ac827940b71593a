/** What the server's `/url` said, sorted by how long it should be believed. */
export type PreviewResponse =
  | { kind: 'answer'; body: unknown }
  /** The server could not make a preview (422 URL_PREVIEW_FAILED, 4xx), or its answer is not JSON. */
  | { kind: 'failed' }
  /** Worth asking again soon: timeout, network, 429, 5xx. */
  | { kind: 'unavailable' };

export interface PreviewRequestOptions {
  fetch?: typeof fetch;
  /** Misskey's web client waits as long as it takes; a deck must not: 5 s. */
  timeoutMs?: number;
  /** A summaly result is a few kilobytes; anything far larger is not one. */
  maxBytes?: number;
}

export const previewTimeoutMs = 5_000;
const defaultMaxBytes = 256 * 1024;

/** Misskey's web client sends its `versatileLang` (`en-US`, `ja-JP`). */
const serverLang = { en: 'en-US', ja: 'ja-JP' } as const;

/** The body as text, or null once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * `GET {origin}/url?url=…&lang=…` as Misskey's MkUrlPreview asks it: no credentials, no redirects,
 * given up after `timeoutMs` (headers and body together).
 */
export async function requestPreview(origin: string, link: string, lang: keyof typeof serverLang, options: PreviewRequestOptions = {}): Promise<PreviewResponse> {
  const endpoint = new URL('/url', origin);
  endpoint.searchParams.set('url', link);
  endpoint.searchParams.set('lang', serverLang[lang]);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? previewTimeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(endpoint.href, {
      method: 'GET',
      headers: { accept: 'application/json' },
      credentials: 'omit',
      redirect: 'error',
      signal: controller.signal,
    });
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'unavailable' };
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'failed' };
    }
    const text = await readCapped(response, options.maxBytes ?? defaultMaxBytes);
    if (text === null) return { kind: 'failed' };
    try {
      return { kind: 'answer', body: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'failed' };
    }
  } catch {
    return { kind: 'unavailable' };
  } finally {
    clearTimeout(timer);
  }
}
