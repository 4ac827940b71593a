import { z } from 'zod';
import { linkPreviewLimits, type LinkPreview } from '../../../shared/model/linkPreview';
import { isWebUrl, proxiedPreviewImage } from './mediaProxy';

/**
 * summaly's result as Misskey's `/url` answers it (`SummalyResult`: title, icon, description,
 * thumbnail, sitename, player, sensitive, activityPub, url). Only what the card uses is read; the
 * player (an embeddable iframe) is deliberately ignored.
 */
const summalyResult = z.object({
  url: z.string(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  sitename: z.string().nullish(),
  icon: z.string().nullish(),
  thumbnail: z.string().nullish(),
  sensitive: z.boolean().nullish(),
});

// C0/C1 controls and bidirectional overrides/isolates: a page's title must not reorder or hide the card's text.
const controls = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** One line of plain text, at most `max` characters (never cutting a surrogate pair), or null when empty. */
export function plainText(value: string | null | undefined, max: number): string | null {
  if (typeof value !== 'string') return null;
  // Only the head matters: a huge field is cut before any per-character work.
  const cleaned = value.slice(0, max * 4).replace(controls, ' ').replace(/\s+/g, ' ').trim();
  if (cleaned === '') return null;
  const chars = Array.from(cleaned);
  return chars.length <= max ? cleaned : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

const hostOf = (url: string) => new URL(url).host;

/**
 * The card for `link` from the server's answer, or null when the answer is not a usable preview
 * (not summaly's shape, a non-http(s) URL, nothing to show). Texts are plain and clamped; images
 * only through `mediaProxy`.
 */
export function parsePreviewAnswer(body: unknown, link: string, mediaProxy: string | null): LinkPreview | null {
  const parsed = summalyResult.safeParse(body);
  if (!parsed.success || !isWebUrl(parsed.data.url) || !isWebUrl(link)) return null;
  const info = parsed.data;
  const siteName = plainText(info.sitename, linkPreviewLimits.siteName);
  const description = plainText(info.description, linkPreviewLimits.description);
  const title = plainText(info.title, linkPreviewLimits.title);
  if (title === null && description === null) return null;
  return {
    url: link,
    title: title ?? siteName ?? hostOf(link),
    siteName,
    description,
    thumbnailUrl: proxiedPreviewImage(info.thumbnail, mediaProxy),
    iconUrl: proxiedPreviewImage(info.icon, mediaProxy),
    sensitive: info.sensitive === true,
  };
}
