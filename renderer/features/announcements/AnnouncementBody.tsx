import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Announcement } from '../../../shared/model/announcement';
import { Mfm } from '../mfm/Mfm';
import { RelativeTime } from '../notes/RelativeTime';
import { EmojiText } from '../emoji';
import { announcementImageUrl } from './announcementImage';
import './announcements.css';

const icons: Record<string, string> = { info: 'ℹ', warning: '⚠', error: '⛔', success: '✔' };
const iconKinds = ['info', 'warning', 'error', 'success'] as const;

/** Title, MFM text (never HTML) and image of one announcement. */
export const AnnouncementBody = memo(function AnnouncementBody({ announcement, server, titleId }: { announcement: Announcement; server: string; titleId?: string }) {
  const { t } = useTranslation();
  const kind = (iconKinds as readonly string[]).includes(announcement.icon) ? (announcement.icon as (typeof iconKinds)[number]) : 'info';
  const image = announcementImageUrl(announcement.imageUrl, server);
  return (
    <div className="announcement-body" data-icon={kind}>
      <h3 className="announcement-title" id={titleId}>
        <span className="announcement-icon" role="img" aria-label={t(`announcements.icon.${kind}`)}>
          <EmojiText text={icons[kind]!} />
        </span>
        <span>{announcement.title}</span>
      </h3>
      <p className="announcement-meta">
        <RelativeTime iso={announcement.createdAt} />
        {announcement.forYou && <span className="announcement-tag">{t('announcements.forYou')}</span>}
      </p>
      <Mfm text={announcement.text} host={null} className="announcement-text" />
      {image && <img className="announcement-image" src={image} alt={t('announcements.image')} referrerPolicy="no-referrer" loading="lazy" />}
    </div>
  );
});
