import { formatDateTime } from '../../i18n';

/** `YYYY-MM-DDTHH:mm` in the user's time zone, as `<input type="datetime-local">` takes it. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Epoch ms of a datetime-local value (read in the user's time zone), or null when it is not a time. */
export function fromLocalInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}

/** A first suggestion: an hour from now, on the next five minutes. */
export function defaultScheduleTime(now: number): number {
  const step = 5 * 60_000;
  return Math.ceil((now + 3_600_000) / step) * step;
}

/** The user's time zone for display: its name and offset, e.g. `Asia/Tokyo (GMT+9)`. */
export function timeZoneLabel(locale: string, at: number): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offset = new Intl.DateTimeFormat(locale, { timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  return offset ? `${zone} (${offset})` : zone;
}

/** A scheduled time as the user reads it: date and time in their locale and zone (one formatter per locale, see formatDateTime). */
export function formatScheduled(locale: string, ms: number): string {
  return formatDateTime(new Date(ms), locale);
}
