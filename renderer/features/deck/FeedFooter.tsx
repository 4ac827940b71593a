import { formatNumber, t } from '../../i18n';
import { columnMaxWindow } from '../../store/noteOrder';
import type { ColumnLoad } from '../../store/timelineSlice';

/** Under the oldest item: loading more, the end, or the memory bound. */
export function FeedFooter({ load, what }: { load: ColumnLoad; what: 'notes' | 'notifications' }) {
  let text: string | null = null;
  if (load.loadingOlder) text = t(`feed.loadingOlder.${what}`);
  else if (load.windowFull) text = t(`feed.windowFull.${what}`, { max: formatNumber(columnMaxWindow) });
  else if (load.reachedEnd) text = t(`feed.end.${what}`);
  if (!text) return null;
  return (
    <p className="feed-footer" data-feed-footer={load.loadingOlder ? 'loading' : load.windowFull ? 'window-full' : 'end'}>
      {text}
    </p>
  );
}
