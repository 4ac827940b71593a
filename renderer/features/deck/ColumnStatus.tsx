import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { coreText } from '../../i18n/coreText';
import { useAppState } from '../../store';
import { idleLoad } from '../../store/timelineSlice';

/** Loading, errors and emptiness, in a line under the header (the live state is in the header). */
export function ColumnStatus({ columnId, notifications }: { columnId: string; notifications: boolean }) {
  const { t } = useTranslation();
  const load = useAppState((s) => s.columnLoads[columnId] ?? idleLoad);
  const empty = useAppState((s) =>
    notifications ? (s.columnNotifications[columnId]?.length ?? 0) === 0 : (s.columnNoteIds[columnId]?.length ?? 0) === 0,
  );
  const loadColumn = useAppState((s) => s.loadColumn);

  const lines: ReactNode[] = [];
  if (load.updating) lines.push(<p key="updating" className="column-note" data-column-updating="">{t('columns.updating')}</p>);
  if (load.status === 'loading' && empty) lines.push(<p key="load" className="column-note">{t('common.loading')}</p>);
  if (load.error) {
    lines.push(
      <div key="err" className="column-note column-note-error">
        <span role="alert">{coreText(load.error)}</span>{' '}
        <button type="button" className="link-button" onClick={() => void loadColumn(columnId)}>
          {t('common.retry')}
        </button>
      </div>,
    );
  }
  if (load.status === 'loaded' && empty) {
    lines.push(
      <p key="empty" className="column-note">
        {notifications ? t('columns.noNotifications') : t('columns.noNotes')}
      </p>,
    );
  }
  return lines.length > 0 ? <div className="column-status">{lines}</div> : null;
}
