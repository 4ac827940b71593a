import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store';

/** Shown while the renderer cannot reach MissDeck core. */
export function TransportBanner() {
  const { t } = useTranslation();
  const transport = useAppState((s) => s.transport);
  if (transport.state === 'connected' || transport.state === 'connecting') return null;
  const retry =
    transport.state === 'disconnected' && transport.retryInMs !== undefined
      ? t('transport.retryIn', { seconds: Math.max(1, Math.round(transport.retryInMs / 1000)) })
      : t('transport.reconnecting');
  return (
    <div className="transport-banner" role="status" data-banner="transport">
      {t('transport.lost')} {retry}
    </div>
  );
}
