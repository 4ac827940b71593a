import { safeWebUrl } from '../../lib/safeUrl';

/**
 * A server-given image/media URL we may put in `src`: http(s), or a `data:image/…` URL
 * (some servers inline tiny thumbnails). Anything else (javascript:, file:, blob: from outside) is null.
 */
export function safeMediaUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  if (/^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i.test(url) && url.length < 2_000_000) return url;
  return safeWebUrl(url);
}
