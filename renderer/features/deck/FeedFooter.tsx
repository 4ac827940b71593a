import { columnMaxWindow } from '../../store/noteOrder';
import type { ColumnLoad } from '../../store/timelineSlice';

/** Under the oldest item: loading more, the end, or the memory bound. */
export function FeedFooter({ load, what }: { load: ColumnLoad; what: 'notes' | 'notifications' }) {
  let text: string | null = null;
  if (load.loadingOlder) text = `Loading older ${what}…`;
  else if (load.windowFull) text = `Showing the latest ${columnMaxWindow.toLocaleString('en-US')} ${what}. Scroll to the top to read on from there.`;
  else if (load.reachedEnd) text = `No older ${what}.`;
  if (!text) return null;
  return (
    <p className="feed-footer" data-feed-footer={load.loadingOlder ? 'loading' : load.windowFull ? 'window-full' : 'end'}>
      {text}
    </p>
  );
}
