import type { MissDeckApi } from '../../shared/contract/bridge';
import { hostRpcPath } from '../../shared/contract/channels';
import { createLazyBridge } from '../../shared/contract/lazyBridge';
import { takeHostSecret } from './hostSecret';
import { createHostTransport, isWebUrl } from './hostTransport';
import type { TransportStatus } from './transportStatus';

export type { TransportState, TransportStatus } from './transportStatus';

declare global {
  interface Window {
    /** Set by Electron's preload; absent when the host serves the renderer over http. */
    missdeck?: MissDeckApi;
  }
}

/** What the app needs from the outside world: the contract, and whether it is reachable. */
export interface BridgeConnection {
  api: MissDeckApi;
  status(): TransportStatus;
  onStatus(listener: (status: TransportStatus) => void): () => void;
}

let connection: BridgeConnection | null = null;

function connectToHost(): BridgeConnection {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const transport = createHostTransport({
    url: `${scheme}//${window.location.host}${hostRpcPath}`,
    secret: takeHostSecret() ?? '',
    createSocket: (url, handlers) => {
      const ws = new WebSocket(url);
      ws.onopen = () => handlers.onOpen();
      ws.onmessage = (event) => handlers.onMessage(event.data);
      ws.onclose = () => handlers.onClose();
      return ws;
    },
    openUrl: (url) => {
      if (isWebUrl(url)) window.open(url, '_blank', 'noopener');
    },
  });
  return { api: createLazyBridge(transport), status: transport.status, onStatus: transport.onStatus };
}

/** The one reader of `window.missdeck`. */
export function getBridgeConnection(): BridgeConnection {
  if (connection) return connection;
  const preload = window.missdeck;
  connection = preload
    ? { api: preload, status: () => ({ state: 'connected' }), onStatus: () => () => {} }
    : connectToHost();
  return connection;
}

export function getBridge(): MissDeckApi {
  return getBridgeConnection().api;
}
