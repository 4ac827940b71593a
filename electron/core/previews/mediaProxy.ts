import { linkPreviewLimits } from '../../../shared/model/linkPreview';

const isWebUrl = (value: string): boolean => {
  if (value.length > linkPreviewLimits.url) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

/** The server's media proxy from its `meta` (`mediaProxy`), if it is an http(s) URL. */
export function mediaProxyOf(meta: unknown): string | null {
  const value = typeof meta === 'object' && meta !== null ? (meta as { mediaProxy?: unknown }).mediaProxy : undefined;
  return typeof value === 'string' && isWebUrl(value) ? value.replace(/\/+$/, '') : null;
}

/**
 * A preview image as the renderer may load it: through the server's media proxy, as Misskey's
 * `getProxiedImageUrl(url, 'preview')` makes it. The server's `/url` already wraps icon and thumbnail
 * (with its signature), so a URL under the proxy is kept as it is. Not http(s), or no proxy: null —
 * the renderer never fetches a remote site itself.
 */
export function proxiedPreviewImage(raw: string | null | undefined, mediaProxy: string | null): string | null {
  if (typeof raw !== 'string' || mediaProxy === null || !isWebUrl(raw)) return null;
  if (raw.startsWith(`${mediaProxy}/`)) return raw;
  const query = new URLSearchParams({ url: raw, fallback: '1', preview: '1' });
  const proxied = `${mediaProxy}/preview.webp?${query.toString()}`;
  return proxied.length <= linkPreviewLimits.url ? proxied : null;
}

export { isWebUrl };
