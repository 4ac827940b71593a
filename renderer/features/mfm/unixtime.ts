import { formatDateTime } from '../../i18n';

/** `$[unixtime 1767225600]`: seconds since the epoch → a Date, or null (then the text stays literal). */
export function parseUnixtime(text: string): Date | null {
  const trimmed = text.trim();
  if (!/^-?\d{1,12}(?:\.\d+)?$/.test(trimmed)) return null;
  const date = new Date(Number(trimmed) * 1000);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatUnixtime(date: Date, locale?: string): string {
  return formatDateTime(date, locale);
}
