import { useEffect, useState } from 'react';
import { liveLabel, type LiveView } from './liveState';

/** The time now, ticking every second only while something counts down. */
function useSecondTicker(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [active]);
  return now;
}

/** "Live", "Reconnecting in 4 seconds", "Offline", "Not live: …", "Refreshes every 30 s", with `data-live-state`. */
export function LiveStateBadge({ view, compact = false }: { view: LiveView; compact?: boolean }) {
  const counting = view.state === 'reconnecting' && view.retryAt !== undefined;
  const now = useSecondTicker(counting);
  const label = liveLabel(view, now);
  if (view.state === 'unknown') return null;
  return (
    <span className={compact ? 'live-state live-state-compact' : 'live-state'} data-live-state={view.state} title={label}>
      <span className="live-dot" aria-hidden="true" />
      <span className="live-text">{label}</span>
    </span>
  );
}
