import { useLocale } from '../../i18n/LocaleProvider';
import { useState } from 'react';
import type { FileView } from '../notes/noteView';
import { Icon } from '../notes/icons';
import { useSetting } from '../settings/settingsStore';
import { MediaViewer } from './MediaViewer';
import { safeMediaUrl } from './mediaUrl';
import './media.css';

/** How many tiles the grid shows; the viewer goes through them all. */
export const gridMax = 4;

/**
 * A note's attachments: images and videos as tiles (thumbnails), audio as players, other
 * files as links. Sensitive files stay blurred until clicked. A tile opens the viewer.
 */
export function MediaGrid({ files }: { files: readonly FileView[] }) {
  const { t } = useLocale();
  const mediaMode = useSetting('media');
  const hideAll = mediaMode === 'hide';
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const [viewing, setViewing] = useState<number | null>(null);
  const visual = files.filter((f) => f.kind === 'image' || f.kind === 'video');
  const others = files.filter((f) => f.kind !== 'image' && f.kind !== 'video');
  const tiles = visual.slice(0, gridMax);
  const hiddenCount = visual.length - tiles.length;
  const reveal = (id: string) => setRevealed((s) => new Set(s).add(id));

  return (
    <div className="media">
      {tiles.length > 0 && (
        <div className="media-grid" data-count={tiles.length} role="group" aria-label={t('media.attachments', { count: visual.length })}>
          {tiles.map((file, index) => {
            const hidden = (hideAll || (file.isSensitive && mediaMode !== 'show')) && !revealed.has(file.id);
            const thumb = safeMediaUrl(file.thumbnailUrl) ?? (file.kind === 'image' ? safeMediaUrl(file.url) : null);
            const alt = file.comment ?? '';
            const more = index === tiles.length - 1 && hiddenCount > 0 ? hiddenCount : 0;
            return (
              <div key={file.id} className="media-tile" data-sensitive={hidden || undefined} data-kind={file.kind}>
                {thumb ? (
                  <img className="media-thumb" src={thumb} alt={hidden ? '' : alt} decoding="async" referrerPolicy="no-referrer" draggable={false} />
                ) : (
                  <span className="media-thumb media-thumb-empty" aria-hidden="true" />
                )}
                {file.kind === 'video' && !hidden && (
                  <span className="media-play" aria-hidden="true">
                    ▶
                  </span>
                )}
                {hidden ? (
                  <button type="button" className="media-sensitive-cover" onClick={() => reveal(file.id)} aria-label={hideAll && !file.isSensitive ? t(file.kind === 'video' ? 'media.showHiddenVideo' : 'media.showHiddenImage') : t(file.kind === 'video' ? 'media.showSensitiveVideo' : 'media.showSensitiveImage')}>
                    <span className="media-sensitive-label">
                      <Icon name="eye" /> {hideAll && !file.isSensitive ? t('media.hidden') : t('media.sensitive')}
                      <small>{t('media.clickToShow')}</small>
                    </span>
                  </button>
                ) : (
                  <button
                    type="button"
                    className="media-open"
                    onClick={() => setViewing(visual.indexOf(file))}
                    aria-label={t(file.kind === 'video' ? 'media.openVideo' : 'media.openImage', { n: index + 1, total: visual.length }) + (alt ? t('media.altSuffix', { alt }) : '')}
                  >
                    {more > 0 && <span className="media-more">+{more}</span>}
                  </button>
                )}
                {!hidden && alt && (
                  <span className="media-alt-badge" title={alt} aria-hidden="true">
                    {t('media.altBadge')}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      )}
      {others.map((file) => (
        <OtherFile key={file.id} file={file} />
      ))}
      {viewing !== null && visual.length > 0 && <MediaViewer files={visual} start={viewing} onClose={() => setViewing(null)} />}
    </div>
  );
}

function OtherFile({ file }: { file: FileView }) {
  const { t } = useLocale();
  const url = safeMediaUrl(file.url);
  if (file.kind === 'audio' && url) {
    return (
      <figure className="media-audio">
        <figcaption>{file.name}</figcaption>
        <audio controls preload="none" src={url} aria-label={t('media.audio', { name: file.comment ?? file.name })} />
      </figure>
    );
  }
  return (
    <p className="media-file">
      <Icon name="clip" />{' '}
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {file.name}
        </a>
      ) : (
        file.name
      )}
    </p>
  );
}
