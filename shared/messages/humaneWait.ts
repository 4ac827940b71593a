/**
 * A wait as people say it, in the given language: 3,596 s is "in 1 hour" ("1 時間後"), 90 s "in 2
 * minutes", 40 s "in 40 seconds". Rounded to the largest unit that fits (seconds under a minute,
 * then minutes, hours, days), worded by Intl.RelativeTimeFormat.
 */
const formats = new Map<string, Intl.RelativeTimeFormat>();

function formatFor(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    try {
      format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    } catch {
      format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    }
    formats.set(locale, format);
  }
  return format;
}

/** The wait rounded to one unit: `[value, unit]`. */
export function waitUnit(seconds: number): [number, Intl.RelativeTimeFormatUnit] {
  const s = Math.max(1, Math.ceil(Number.isFinite(seconds) ? seconds : 1));
  if (s < 60) return [s, 'second'];
  const minutes = Math.round(s / 60);
  if (minutes < 60) return [minutes, 'minute'];
  const hours = Math.round(s / 3600);
  if (hours < 24) return [hours, 'hour'];
  return [Math.round(s / 86_400), 'day'];
}

export function humaneWait(seconds: number, locale: string): string {
  const [value, unit] = waitUnit(seconds);
  return formatFor(locale).format(value, unit);
}
