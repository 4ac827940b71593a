import { safeWebUrl } from '../../lib/safeUrl';

/** An http(s) URL for a link, with its short form for display; null for anything else. */
export interface DisplayUrl {
  href: string;
  /** host + path (+ query), without the scheme, truncated with "…". */
  short: string;
}

export function displayUrl(url: string, maxChars = 48): DisplayUrl | null {
  const href = safeWebUrl(url);
  if (!href) return null;
  const parsed = new URL(href);
  let host = parsed.host;
  try {
    host = decodeURIComponent(host);
  } catch {
    // keep the encoded form
  }
  let rest = `${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}${parsed.hash}`;
  try {
    rest = decodeURI(rest);
  } catch {
    // keep the encoded form
  }
  const full = host + rest;
  const chars = Array.from(full);
  const short = chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : full;
  return { href, short };
}
