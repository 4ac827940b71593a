import { useShallow } from 'zustand/react/shallow';
import { everyAccount, type ColumnView } from '../../../shared/model/column';
import { useAppState } from '../../store';
import { liveView, worstConnection, type LiveView } from './liveState';

/** How current a column is: its account's stream (every account's, for all-accounts), then its channel. */
export function useColumnLive(column: Pick<ColumnView, 'id' | 'accountId'>): LiveView {
  const connection = useAppState(
    useShallow((s) =>
      column.accountId === everyAccount
        ? (worstConnection(s.accounts.filter((a) => !a.needsReauth).map((a) => s.accountConnections[a.id])) ?? null)
        : (s.accountConnections[column.accountId] ?? null),
    ),
  );
  const live = useAppState((s) => s.columnLive[column.id]);
  return liveView(connection ?? undefined, live);
}
