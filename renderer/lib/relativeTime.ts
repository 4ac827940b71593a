const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const formatters = new Map<string, Intl.RelativeTimeFormat>();
function formatter(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'narrow' });
    formatters.set(key, f);
  }
  return f;
}

/** "now", "5 min. ago", "yesterday"... of `iso` as seen at `nowMs`. */
export function formatRelativeTime(iso: string, nowMs: number, locale?: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const seconds = Math.round((then - nowMs) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return formatter(locale).format(0, 'second');
  for (const [unit, size] of units) {
    if (abs >= size) return formatter(locale).format(Math.round(seconds / size), unit);
  }
  return formatter(locale).format(Math.round(seconds / 60) || -1, 'minute');
}
