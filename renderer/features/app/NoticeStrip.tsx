import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { AppNotice } from '../../../shared/model/appStatus';
import { coreText } from '../../i18n/coreText';
import { useAppState } from '../../store';

const noNotices: AppNotice[] = [];

function NoticeItem({ notice }: { notice: AppNotice }) {
  const { t } = useTranslation();
  const dismissNotice = useAppState((s) => s.dismissNotice);
  const keepTokensForSessionOnly = useAppState((s) => s.keepTokensForSessionOnly);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    await action();
    setBusy(false);
  };
  return (
    <li className="notice" data-notice-id={notice.id} data-notice-level={notice.level}>
      <p className="notice-message">
        <span className="visually-hidden">{t(`notices.level.${notice.level}`)}</span>
        {coreText(notice)}
      </p>
      <div className="notice-actions">
        {notice.action === 'keepTokensForSessionOnly' && (
          <button type="button" className="secondary-button small" disabled={busy} onClick={() => void run(keepTokensForSessionOnly)}>
            {t('notices.keepSessionOnly')}
          </button>
        )}
        <button type="button" className="secondary-button small" disabled={busy} onClick={() => void run(() => dismissNotice(notice.id))}>
          {t('notices.dismiss')}
        </button>
      </div>
    </li>
  );
}

/** What the app wants the user to know about itself (weak token storage, recovered files), until dismissed. */
export function NoticeStrip({ placement = 'top' }: { placement?: 'top' | 'card' }) {
  const { t } = useTranslation();
  const notices = useAppState((s) => s.appStatus?.notices ?? noNotices);
  const error = useAppState((s) => s.noticeError);
  if (notices.length === 0 && !error) return null;
  return (
    <section className={`notices notices-${placement}`} aria-label={t('notices.label')}>
      <ul>
        {notices.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </ul>
      {error && <p className="form-error notice-error">{coreText(error)}</p>}
    </section>
  );
}
