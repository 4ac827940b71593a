/** Whether the renderer can reach MissDeck core (always `connected` under Electron's preload). */
export type TransportState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export interface TransportStatus {
  state: TransportState;
  /** When disconnected: how long until the next attempt. */
  retryInMs?: number;
}
