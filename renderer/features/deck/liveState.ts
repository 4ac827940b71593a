import { t } from '../../i18n';
import type { ConnectionState } from '../../../shared/model/column';
import { coreText } from '../../i18n/coreText';
import type { CoreText } from '../../../shared/messages/coreText';
import type { AccountConnection } from '../../store/connectionSlice';
import type { ColumnLive } from '../../store/timelineSlice';

/** What a column (or an account in the side bar) says about how current it is. */
export type LiveStateName = 'live' | 'connecting' | 'reconnecting' | 'offline' | 'refused' | 'polling' | 'unknown';

export interface LiveView {
  state: LiveStateName;
  /** When the next reconnect attempt is due (ms since epoch), to count down. */
  retryAt?: number;
  /** Why the server refused the column's stream. */
  reason?: CoreText;
}

const worseFirst: ConnectionState[] = ['offline', 'reconnecting', 'connecting', 'connected'];

/** The least healthy of several connections (an all-accounts column is as live as its worst account). */
export function worstConnection(connections: readonly (AccountConnection | undefined)[]): AccountConnection | undefined {
  let worst: AccountConnection | undefined;
  for (const c of connections) {
    if (!c) continue;
    if (!worst || worseFirst.indexOf(c.state) < worseFirst.indexOf(worst.state)) worst = c;
  }
  return worst;
}

/** The account's stream first (a dropped socket silences every channel), then the column's own channel. */
export function liveView(connection: AccountConnection | undefined, column: ColumnLive | undefined): LiveView {
  if (connection?.state === 'offline') return { state: 'offline' };
  if (connection?.state === 'reconnecting') {
    return connection.retryInMs !== undefined ? { state: 'reconnecting', retryAt: connection.since + connection.retryInMs } : { state: 'reconnecting' };
  }
  if (connection?.state === 'connecting') return { state: 'connecting' };
  if (column?.state === 'refused') return column.reason ? { state: 'refused', reason: column.reason } : { state: 'refused' };
  if (column?.state === 'polling') return { state: 'polling' };
  if (column?.state === 'live' || connection?.state === 'connected') return { state: 'live' };
  return { state: 'unknown' };
}

/** The words for a state; `now` counts a reconnect down. */
export function liveLabel(view: LiveView, now: number): string {
  switch (view.state) {
    case 'live':
      return t('columns.live.live');
    case 'connecting':
      return t('columns.live.connecting');
    case 'reconnecting': {
      if (view.retryAt === undefined) return t('columns.live.reconnecting');
      const seconds = Math.ceil((view.retryAt - now) / 1000);
      return seconds > 0 ? t('columns.live.reconnectingIn', { seconds }) : t('columns.live.reconnecting');
    }
    case 'offline':
      return t('columns.live.offline');
    case 'refused':
      return view.reason ? t('columns.live.refusedWith', { message: coreText(view.reason) }) : t('columns.live.refused');
    case 'polling':
      return t('columns.live.polling');
    case 'unknown':
      return '';
  }
}
