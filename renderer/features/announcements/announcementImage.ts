import { safeWebUrl } from '../../lib/safeUrl';

/**
 * An announcement's image as the account's own server serves it: its media proxy for an image elsewhere, so
 * MissDeck fetches nothing from a third party (as Misskey's web client does with `proxyImage`).
 */
export function announcementImageUrl(imageUrl: string | null, server: string): string | null {
  const image = safeWebUrl(imageUrl);
  const own = safeWebUrl(server);
  if (!image || !own) return null;
  const origin = new URL(own).origin;
  if (new URL(image).origin === origin) return image;
  return `${origin}/proxy/image.webp?${new URLSearchParams({ url: image }).toString()}`;
}
