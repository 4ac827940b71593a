import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { useReadAnnouncement } from './useReadAnnouncement';

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

/** Where an announcement is read: why the last try failed, then the confirmation while asking, else `children` (the read button). */
export function ReadStep({ title, reading, children }: { title: string; reading: ReturnType<typeof useReadAnnouncement>; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {reading.error && (
        <p className="announcement-error" role="alert">
          {t('announcements.readFailed', { reason: reading.error })}
        </p>
      )}
      {reading.confirming ? <ReadConfirm title={title} busy={reading.busy} onConfirm={reading.confirm} onCancel={reading.cancel} /> : children}
    </>
  );
}
