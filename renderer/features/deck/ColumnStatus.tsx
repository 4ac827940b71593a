import type { ReactNode } from 'react';
import { useAppState } from '../../store';
import { idleLoad } from '../../store/timelineSlice';

/** Loading, errors, emptiness and the account's stream state, in a line under the header. */
export function ColumnStatus({ columnId, accountId }: { columnId: string; accountId: string }) {
  const load = useAppState((s) => s.columnLoads[columnId] ?? idleLoad);
  const empty = useAppState((s) => (s.columnNoteIds[columnId]?.length ?? 0) === 0);
  const connection = useAppState((s) => s.accountConnections[accountId]);
  const loadColumn = useAppState((s) => s.loadColumn);

  const lines: ReactNode[] = [];
  if (connection && connection.state !== 'connected') {
    const retry = connection.retryInMs ? ` (retrying in ${Math.ceil(connection.retryInMs / 1000)} s)` : '';
    lines.push(
      <p key="conn" className="column-note column-note-warn" data-connection-state={connection.state}>
        {connection.state === 'offline' ? 'Offline' : connection.state === 'connecting' ? 'Connecting…' : 'Reconnecting…'}
        {retry}
      </p>,
    );
  }
  if (load.status === 'loading' && empty) lines.push(<p key="load" className="column-note">Loading…</p>);
  if (load.error) {
    lines.push(
      <div key="err" className="column-note column-note-error">
        <span role="alert">{load.error.message}</span>{' '}
        <button type="button" className="link-button" onClick={() => void loadColumn(columnId)}>
          Retry
        </button>
      </div>,
    );
  }
  if (load.status === 'loaded' && empty) lines.push(<p key="empty" className="column-note">No notes yet.</p>);
  return lines.length > 0 ? <div className="column-status">{lines}</div> : null;
}
