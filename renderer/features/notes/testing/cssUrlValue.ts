/** The URL a CSS `url("…")` value names, unescaped as CSS reads it (`\"`, `\\`, and hex escapes such as `\a `). */
export function urlInCssValue(value: string): string | null {
  const inner = /^url\("(.*)"\)$/s.exec(value)?.[1];
  return inner === undefined ? null : inner.replace(/\\([0-9a-f]{1,6}) ?|\\(.)/gis, (_, hex?: string, ch?: string) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : ch!));
}
