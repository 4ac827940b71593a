import { useState } from 'react';
import type { LinkPreview } from '../../../shared/model/linkPreview';
import { useLocale } from '../../i18n/LocaleProvider';
import { safeWebUrl } from '../../lib/safeUrl';
import { safeMediaUrl } from '../media/mediaUrl';
import { SafeAnchor } from '../mfm/MfmInteractive';
import { useSetting } from '../settings/settingsStore';
import './previews.css';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * A link's compact preview card (title, site, short description, thumbnail); no player, no iframe,
 * plain text only. It opens the link like any link in a note. A sensitive page's card stays blurred
 * until clicked (unless media are set to always show); with media hidden it shows no thumbnail.
 */
export function LinkPreviewCard({ preview }: { preview: LinkPreview }) {
  const { t } = useLocale();
  const media = useSetting('media');
  const [revealed, setRevealed] = useState(false);
  const href = safeWebUrl(preview.url);
  if (!href) return null;
  const host = hostOf(href);
  const thumb = media === 'hide' ? null : safeMediaUrl(preview.thumbnailUrl);
  const icon = media === 'hide' ? null : safeMediaUrl(preview.iconUrl);
  const content = (
    <>
      {thumb && <img className="link-preview-thumb" src={thumb} alt="" decoding="async" referrerPolicy="no-referrer" draggable={false} />}
      <span className="link-preview-body">
        <span className="link-preview-title">{preview.title}</span>
        {preview.description && <span className="link-preview-description">{preview.description}</span>}
        <span className="link-preview-site">
          {icon && <img className="link-preview-icon" src={icon} alt="" width={14} height={14} decoding="async" referrerPolicy="no-referrer" draggable={false} />}
          <span className="link-preview-site-name">{preview.siteName ?? host}</span>
        </span>
      </span>
    </>
  );
  if (preview.sensitive && media !== 'show' && !revealed) {
    return (
      <div className="link-preview" data-sensitive="true">
        <span className="link-preview-hidden" aria-hidden="true">
          {content}
        </span>
        <button type="button" className="link-preview-cover" onClick={() => setRevealed(true)}>
          <span className="link-preview-cover-label">
            {t('previews.sensitive')}
            <small>{t('previews.clickToShow')}</small>
            <span className="visually-hidden">{t('previews.previewOf', { host })}</span>
          </span>
        </button>
      </div>
    );
  }
  return (
    <SafeAnchor href={href} className="link-preview" title={href}>
      {content}
    </SafeAnchor>
  );
}

/** Holds the card's place while the server is asked: same height, so a preview that comes does not move the column. */
export function LinkPreviewPlaceholder({ url }: { url: string }) {
  const { t } = useLocale();
  return (
    <div className="link-preview link-preview-loading" aria-hidden="true">
      <span className="link-preview-body">
        <span className="link-preview-title">{hostOf(url)}</span>
        <span className="link-preview-description">{t('previews.loading')}</span>
      </span>
    </div>
  );
}
