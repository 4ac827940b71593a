const maxUrlLength = 4096;

/**
 * The normalised URL when it may be handed to the system browser: http or https, well-formed,
 * with a host and no embedded credentials (`https://trusted.example@evil.example`). Otherwise null.
 */
export function normaliseExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > maxUrlLength) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

export function isSafeExternalUrl(url: unknown): url is string {
  return normaliseExternalUrl(url) !== null;
}
