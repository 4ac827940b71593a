/**
 * What may be logged of a URL we refuse: its scheme and host only. Query strings can carry
 * MiAuth sessions, and paths can carry anything.
 */
export function describeUrlForLog(url: unknown): string {
  if (typeof url !== 'string') return `<${typeof url}>`;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return `<unparseable, ${url.length} chars>`;
  }
}
