import type { ConnectionState } from '../../shared/model/column';
import type { TransportStatus } from '../bridge/transportStatus';
import type { SliceCreator } from './types';

export interface AccountConnection {
  state: ConnectionState;
  retryInMs?: number;
  /** Date.now() when this state arrived, to count down `retryInMs`. */
  since: number;
}

export interface ConnectionSlice {
  /** The renderer's link to MissDeck core (the host's WebSocket, or Electron IPC). */
  transport: TransportStatus;
  /** Each account's streaming connection, as core reports it. */
  accountConnections: Record<string, AccountConnection>;
  setTransport(status: TransportStatus): void;
  setAccountConnection(accountId: string, state: ConnectionState, retryInMs?: number): void;
}

export const createConnectionSlice: SliceCreator<ConnectionSlice> = () => (set) => ({
  transport: { state: 'connecting' },
  accountConnections: {},
  setTransport(status) {
    set({ transport: status });
  },
  setAccountConnection(accountId, state, retryInMs) {
    set((s) => ({
      accountConnections: {
        ...s.accountConnections,
        [accountId]: retryInMs === undefined ? { state, since: Date.now() } : { state, retryInMs, since: Date.now() },
      },
    }));
  },
});
