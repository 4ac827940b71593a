import { useTranslation } from 'react-i18next';
import { safeMediaUrl } from '../media/mediaUrl';
import type { Attachment } from './state/attachments';

/** The composer's files: preview, progress, sensitive toggle, alt text, remove. */
export function AttachmentList({ items, onRemove, onUpdate }: { items: readonly Attachment[]; onRemove(id: string): void; onUpdate(id: string, change: { isSensitive?: boolean; comment?: string }): void }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="compose-attachments" aria-label={t('compose.attachments')}>
      {items.map((a) => {
        const thumb = a.previewUrl ?? safeMediaUrl(a.file?.thumbnailUrl);
        const percent = a.total > 0 ? Math.min(100, Math.round((a.loaded / a.total) * 100)) : 0;
        return (
          <li key={a.id} className="compose-attachment" data-status={a.status} data-upload-id={a.id}>
            <div className="compose-attachment-thumb" data-sensitive={a.isSensitive || undefined}>
              {thumb ? <img src={thumb} alt="" /> : <span className="compose-attachment-type">{a.type.split('/')[1] || t('compose.file')}</span>}
            </div>
            <div className="compose-attachment-main">
              <p className="compose-attachment-name" title={a.name}>
                {a.name}
              </p>
              {(a.status === 'reading' || a.status === 'uploading') && (
                <progress className="compose-progress" max={100} value={percent} aria-label={t('compose.uploading', { name: a.name })}>
                  {percent}%
                </progress>
              )}
              {a.status === 'error' || a.error ? (
                <p className="form-error compose-attachment-error" role="alert">
                  {a.error ?? t('compose.uploadFailed')}
                </p>
              ) : null}
              <div className="compose-attachment-controls">
                <label className="compose-check">
                  <input type="checkbox" checked={a.isSensitive} onChange={(e) => onUpdate(a.id, { isSensitive: e.target.checked })} aria-label={t('compose.markSensitive', { name: a.name })} />
                  {t('compose.sensitive')}
                </label>
                <input
                  type="text"
                  className="compose-alt"
                  aria-label={t('compose.altFor', { name: a.name })}
                  placeholder={t('compose.altPlaceholder')}
                  defaultValue={a.comment}
                  maxLength={512}
                  onBlur={(e) => e.target.value !== a.comment && onUpdate(a.id, { comment: e.target.value })}
                />
                <button type="button" className="icon-button" aria-label={t('compose.removeFile', { name: a.name })} title={t('common.remove')} onClick={() => onRemove(a.id)}>
                  ×
                </button>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
