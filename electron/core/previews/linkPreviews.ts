import type { LinkPreview } from '../../../shared/model/linkPreview';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { OriginCache } from '../server/originCache';
import { ExpiringLru } from './expiringLru';
import { isWebUrl, mediaProxyOf } from './mediaProxy';
import { PerKeyLimit } from './perKeyLimit';
import { parsePreviewAnswer } from './previewAnswer';
import { requestPreview, type PreviewRequestOptions } from './requestPreview';

const minutes = 60_000;
/** How long an answer is believed: a preview an hour, a failure half an hour, a timeout or 5xx a minute. */
export const previewTtl = { preview: 60 * minutes, failed: 30 * minutes, unavailable: 1 * minutes } as const;
const cacheCapacity = 500;
/** Requests to one server's `/url` at once, as a browser's connection limit holds Misskey's web client to. */
const perServer = 6;
const metaTtlMs = 10 * minutes;

interface PreviewMeta {
  mediaProxy: string | null;
  /** meta `enableUrlPreview`: false when the server's admin turned previews off. */
  enabled: boolean;
}

export interface LinkPreviewsOptions extends PreviewRequestOptions {
  now?: () => number;
}

/** The link Misskey's web client (MkUrlPreview) asks about: without its `#fragment`, YouTube Music as YouTube. */
export function requestLink(link: string): string {
  const url = new URL(link);
  if (url.hostname === 'music.youtube.com' && /^\/(?:watch|channel)/.test(url.pathname)) url.hostname = 'www.youtube.com';
  url.hash = '';
  return url.href;
}

/**
 * Link previews from each server's own preview proxy, cached by server, language and URL (bounded,
 * least recently used out first); many rows asking for one link at once share one request.
 */
export class LinkPreviews {
  private readonly cache: ExpiringLru<LinkPreview | null>;
  private readonly metas: OriginCache<PreviewMeta>;
  private readonly limit = new PerKeyLimit(perServer);

  constructor(private readonly options: LinkPreviewsOptions = {}) {
    this.cache = new ExpiringLru(cacheCapacity, options.now);
    this.metas = new OriginCache(metaTtlMs, options.now);
  }

  get(client: MisskeyClient, link: string, lang: 'en' | 'ja'): Promise<LinkPreview | null> {
    if (!isWebUrl(link)) return Promise.resolve(null);
    const asked = requestLink(link);
    return this.cache.get(`${client.origin}\n${lang}\n${asked}`, () => this.load(client, link, asked, lang));
  }

  private async load(client: MisskeyClient, link: string, asked: string, lang: 'en' | 'ja'): Promise<{ value: LinkPreview | null; ttlMs: number }> {
    let meta: PreviewMeta;
    try {
      meta = await this.metas.get(client.origin, async () => {
        const answer = await client.request('meta', { detail: false });
        return { mediaProxy: mediaProxyOf(answer), enabled: (answer as { enableUrlPreview?: unknown }).enableUrlPreview !== false };
      });
    } catch {
      return { value: null, ttlMs: previewTtl.unavailable };
    }
    if (!meta.enabled) return { value: null, ttlMs: previewTtl.failed };
    const response = await this.limit.run(client.origin, () => requestPreview(client.origin, asked, lang, this.options));
    if (response.kind === 'unavailable') return { value: null, ttlMs: previewTtl.unavailable };
    const preview = response.kind === 'answer' ? parsePreviewAnswer(response.body, link, meta.mediaProxy) : null;
    return { value: preview, ttlMs: preview ? previewTtl.preview : previewTtl.failed };
  }
}
