import { formatRelativeTime } from '../../lib/relativeTime';
import { useNow } from '../../lib/useNow';

export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow();
  const date = new Date(iso);
  const valid = !Number.isNaN(date.getTime());
  return (
    <time className="note-time" dateTime={valid ? iso : undefined} title={valid ? date.toLocaleString() : undefined}>
      {valid ? formatRelativeTime(iso, now) : '—'}
    </time>
  );
}
