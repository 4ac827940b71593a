import { useTranslation } from 'react-i18next';
import { useId, useState, type KeyboardEvent } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import type { FileView } from '../notes/noteView';
import { Icon } from '../notes/icons';
import { safeMediaUrl } from './mediaUrl';
import { formatPercent } from '../../i18n';

const zoomSteps = [1, 1.5, 2, 3, 4];

/** Full-size images and videos of one note: ←/→ between them, Escape closes, zoom in/out, alt text shown. */
export function MediaViewer({ files, start, onClose }: { files: readonly FileView[]; start: number; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [index, setIndex] = useState(Math.min(Math.max(0, start), files.length - 1));
  const [zoom, setZoom] = useState(0);
  const file = files[index];
  const go = (by: number) => {
    setIndex((i) => (i + by + files.length) % files.length);
    setZoom(0);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).tagName === 'VIDEO') return;
    if (event.key === 'ArrowLeft') go(-1);
    else if (event.key === 'ArrowRight') go(1);
    else if (event.key === '+' || event.key === '=') setZoom((z) => Math.min(zoomSteps.length - 1, z + 1));
    else if (event.key === '-') setZoom((z) => Math.max(0, z - 1));
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  if (!file) return null;
  const url = safeMediaUrl(file.url);
  const scale = zoomSteps[zoom] ?? 1;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="media-viewer">
      <div className="media-viewer-inner" onKeyDown={onKeyDown}>
        <header className="media-viewer-bar">
          <h2 id={titleId} className="media-viewer-title">
            {t(file.kind === 'video' ? 'media.videoN' : 'media.imageN', { n: index + 1, total: files.length })}
            <span className="media-viewer-name"> — {file.name}</span>
          </h2>
          {file.kind === 'image' && (
            <>
              <button type="button" className="icon-button" aria-label={t('media.zoomOut')} title={t('media.zoomOutKey')} disabled={zoom === 0} onClick={() => setZoom((z) => Math.max(0, z - 1))}>
                <Icon name="zoomOut" size={20} />
              </button>
              <span className="media-viewer-zoom" aria-live="polite">
                {formatPercent(scale)}
              </span>
              <button type="button" className="icon-button" aria-label={t('media.zoomIn')} title={t('media.zoomInKey')} disabled={zoom === zoomSteps.length - 1} onClick={() => setZoom((z) => Math.min(zoomSteps.length - 1, z + 1))}>
                <Icon name="zoomIn" size={20} />
              </button>
            </>
          )}
          <button type="button" className="icon-button" aria-label={t('common.close')} title={t('common.closeEsc')} onClick={onClose}>
            <Icon name="close" size={20} />
          </button>
        </header>
        <div className="media-viewer-stage" data-zoomed={zoom > 0 || undefined}>
          {files.length > 1 && (
            <button type="button" className="media-viewer-nav prev" aria-label={t('media.previous')} title={t('media.previousKey')} onClick={() => go(-1)}>
              <Icon name="prev" size={28} />
            </button>
          )}
          {!url ? (
            <p className="media-viewer-missing">{t('media.cannotShow')}</p>
          ) : file.kind === 'video' ? (
            <video key={url} className="media-viewer-media" src={url} controls autoPlay={false} aria-label={file.comment ?? file.name} />
          ) : (
            <img
              key={url}
              className="media-viewer-media"
              src={url}
              alt={file.comment ?? ''}
              referrerPolicy="no-referrer"
              style={zoom > 0 ? { width: `${scale * 100}%`, maxWidth: 'none', maxHeight: 'none' } : undefined}
              onDoubleClick={() => setZoom((z) => (z === 0 ? 2 : 0))}
            />
          )}
          {files.length > 1 && (
            <button type="button" className="media-viewer-nav next" aria-label={t('media.next')} title={t('media.nextKey')} onClick={() => go(1)}>
              <Icon name="next" size={28} />
            </button>
          )}
        </div>
        <p className="media-viewer-alt" data-empty={!file.comment || undefined}>
          {file.comment ? (
            <>
              <span className="media-viewer-alt-label">{t('media.altLabel')}</span> {file.comment}
            </>
          ) : (
            t('media.noAlt')
          )}
        </p>
      </div>
    </ModalDialog>
  );
}
