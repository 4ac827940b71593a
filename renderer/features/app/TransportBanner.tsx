import { useAppState } from '../../store';

/** Shown while the renderer cannot reach MissDeck core. */
export function TransportBanner() {
  const transport = useAppState((s) => s.transport);
  if (transport.state === 'connected' || transport.state === 'connecting') return null;
  const retry =
    transport.state === 'disconnected' && transport.retryInMs !== undefined
      ? ` Retrying in ${Math.max(1, Math.round(transport.retryInMs / 1000))} s…`
      : ' Reconnecting…';
  return (
    <div className="transport-banner" role="status" data-banner="transport">
      Lost the connection to MissDeck core.{retry}
    </div>
  );
}
