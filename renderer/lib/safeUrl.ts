/** Answers by URL: the same avatars and emoji come back in row after row, and `new URL` is not free. */
const recent = new Map<string, string | null>();
const recentLimit = 2_000;

/** A remote URL we may put in `src`/`href`: http(s) only, else null. Remote content is hostile. */
export function safeWebUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const known = recent.get(url);
  if (known !== undefined) return known;
  const safe = checkedWebUrl(url);
  if (recent.size >= recentLimit) recent.delete(recent.keys().next().value!);
  recent.set(url, safe);
  return safe;
}

function checkedWebUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * A URL as a CSS `url()` value, for a style property. Quotes and backslashes are escaped rather than
 * trusted to be percent-encoded: a backslash survives in a URL's query, and unescaped it would
 * swallow the closing quote.
 */
export function cssUrl(url: string): string {
  return `url("${url.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}")`;
}
