import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "Are you sure you read this?" inline, for announcements with needConfirmationToRead. */
export function ReadConfirm({ title, busy, onConfirm, onCancel }: { title: string; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="announcement-confirm" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('announcements.confirmTitle')}</h3>
      <p>{t('announcements.confirmText', { title })}</p>
      <div className="announcement-actions">
        <button type="button" className="secondary-button" onClick={onCancel} disabled={busy}>
          {t('announcements.notYet')}
        </button>
        <button type="button" className="primary-button" onClick={onConfirm} disabled={busy} autoFocus>
          {t('announcements.yesRead')}
        </button>
      </div>
    </section>
  );
}
