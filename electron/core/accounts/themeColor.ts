/** `#rgb` or `#rrggbb`: the only theme colours taken from a server. */
export const themeColorPattern = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A server's `themeColor` if it is a plain hex colour (lower-cased), else null: it ends up in a style. */
export function toThemeColor(value: unknown): string | null {
  return typeof value === 'string' && themeColorPattern.test(value) ? value.toLowerCase() : null;
}
