/**
 * A wait as people say it, in the given language: 3,596 s is "in about an hour" ("約 1 時間後"), 90 s
 * "in about 2 minutes", 40 s "in 40 seconds", 3,600 s "in 1 hour". Rounded to the largest unit that fits
 * (seconds under a minute, then minutes, hours, days), worded by Intl.RelativeTimeFormat; a rounded wait
 * says "about" in the languages the app speaks.
 */
const formats = new Map<string, Intl.RelativeTimeFormat>();

function formatFor(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    try {
      format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    } catch {
      format = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
    }
    formats.set(locale, format);
  }
  return format;
}

const unitSeconds: Partial<Record<Intl.RelativeTimeFormatUnit, number>> = { second: 1, minute: 60, hour: 3600, day: 86_400 };

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

/** "1 hour" → "about an hour", "2 minutes" → "about 2 minutes"; "1 時間" → "約 1 時間". */
const approximately: Record<string, (parts: Intl.RelativeTimeFormatPart[]) => string> = {
  en: (parts) =>
    parts
      .map((part, i) => (part.type !== 'integer' ? part.value : /^ (hour|minute|day)\b/.test(parts[i + 1]?.value ?? '') && part.value === '1' ? 'about a' : `about ${part.value}`))
      .join('')
      .replace(/\babout a (hour)\b/, 'about an $1'),
  ja: (parts) => parts.map((part) => (part.type === 'integer' ? `約 ${part.value}` : part.value)).join(''),
};

export function humaneWait(seconds: number, locale: string): string {
  const [value, unit] = waitUnit(seconds);
  const format = formatFor(locale);
  const exact = Math.max(1, Math.ceil(Number.isFinite(seconds) ? seconds : 1)) === value * (unitSeconds[unit] ?? 1);
  const approximate = approximately[format.resolvedOptions().locale.split('-')[0] ?? ''];
  if (exact || !approximate) return format.format(value, unit);
  // With numeric 'always' every wording has its number ("in 1 day", never "tomorrow") to qualify.
  return approximate(format.formatToParts(value, unit));
}
