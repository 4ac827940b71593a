import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store';
import type { GapMarker } from '../../store/gaps';

/** Where a reconnect left notes out: one click loads them in place. */
export function GapRow({ columnId, gap, gapKey }: { columnId: string; gap: GapMarker; gapKey: string }) {
  const { t } = useTranslation();
  const loadGap = useAppState((s) => s.loadGap);
  return (
    <div className="gap-row" role="article" aria-label={t('columns.gapLabel')} data-gap-state={gap.loading ? 'loading' : gap.error ? 'error' : 'idle'}>
      <button
        type="button"
        className="gap-button"
        data-gap={gapKey}
        aria-busy={gap.loading}
        disabled={gap.loading}
        onClick={() => void loadGap(columnId, gapKey)}
      >
        {gap.loading ? t('columns.loadingGap') : t('columns.loadGap')}
      </button>
      {gap.error && (
        <p className="gap-error" role="alert">
          {gap.error}
        </p>
      )}
    </div>
  );
}
