/**
 * A link's preview card, from the account's server's preview proxy (`GET /url`, summaly's result),
 * already checked by the core: texts are plain and clamped, every URL is http(s), images go through
 * the server's media proxy.
 */
export interface LinkPreview {
  /** The link as written in the note (what the card opens). */
  url: string;
  title: string;
  siteName: string | null;
  description: string | null;
  /** Through the server's media proxy, or null. */
  thumbnailUrl: string | null;
  /** The site's icon, through the server's media proxy, or null. */
  iconUrl: string | null;
  /** The page says it is sensitive: the card stays blurred until clicked. */
  sensitive: boolean;
}

/** Longest texts kept from a preview (summaly's can be anything a page says). */
export const linkPreviewLimits = { title: 200, siteName: 100, description: 300, url: 2048 } as const;

/** Cards shown under one note at most. */
export const maxPreviewsPerNote = 3;
