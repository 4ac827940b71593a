import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';
import { formatRelativeTime } from '../../lib/relativeTime';
import { useNow } from '../../lib/useNow';

/** "5 min. ago" in the UI language, with the full date and time as its title. */
export function RelativeTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const now = useNow();
  const date = new Date(iso);
  const valid = !Number.isNaN(date.getTime());
  return (
    <time className="note-time" dateTime={valid ? iso : undefined} title={valid ? formatDateTime(date, i18n.language) : undefined}>
      {valid ? formatRelativeTime(iso, now, i18n.language) : '—'}
    </time>
  );
}
