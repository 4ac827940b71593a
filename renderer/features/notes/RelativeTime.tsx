import { useLocale } from '../../i18n/LocaleProvider';
import { formatIsoDateTime } from '../../i18n';
import { formatRelativeTime } from '../../lib/relativeTime';
import { useNow } from '../../lib/useNow';

/** "5 min. ago" in the UI language, with the full date and time as its title; follows the clock. */
export function RelativeTime({ iso }: { iso: string }) {
  return <RelativeTimeAt iso={iso} now={useNow()} />;
}

/** `RelativeTime` as of `now`, for a parent that reads the clock already. */
export function RelativeTimeAt({ iso, now }: { iso: string; now: number }) {
  const { i18n } = useLocale();
  const full = formatIsoDateTime(iso, i18n.language);
  const valid = full !== '';
  return (
    <time className="note-time" dateTime={valid ? iso : undefined} title={valid ? full : undefined}>
      {valid ? formatRelativeTime(iso, now, i18n.language) : '—'}
    </time>
  );
}
