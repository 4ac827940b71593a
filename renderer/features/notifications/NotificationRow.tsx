import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { AccountView } from '../../../shared/model/account';
import type { NotificationItem } from '../../../shared/model/notification';
import { accountAcct, userAcct } from '../../lib/acct';
import { Avatar } from '../notes/Avatar';
import { EmojiText } from '../emoji';
import { ReactionEmoji } from '../mfm';
import { RelativeTime } from '../notes/RelativeTime';
import { GroupPeople } from './GroupPeople';
import { describeNotification, noteExcerpt } from './notificationView';

interface NotificationRowProps {
  item: NotificationItem;
  /** Set in an all-accounts column: which account it is for. */
  forAccount?: AccountView | null;
  posInSet?: number;
  setSize?: number;
}

/** One notification of any type, as plain text: an icon, who, what, and the note it is about. */
export const NotificationRow = memo(function NotificationRow({ item, forAccount, posInSet, setSize }: NotificationRowProps) {
  const { t } = useTranslation();
  const view = describeNotification(item);
  const excerpt = noteExcerpt(view.note);
  const createdAt = typeof item.notification?.createdAt === 'string' ? item.notification.createdAt : null;
  const who = view.user?.username ? userAcct({ username: view.user.username, host: view.user.host ?? null }) : null;
  const label = [view.text, view.reaction?.text, view.detail, excerpt].filter(Boolean).join(': ');
  return (
    <article
      className="notification"
      data-notification-id={item.notification?.id}
      data-notification-type={view.type}
      data-account-id={item.accountId}
      data-note-ref={view.note?.id}
      data-people={view.people.length || undefined}
      aria-label={label.slice(0, 300)}
      aria-posinset={posInSet}
      aria-setsize={setSize}
    >
      <span className="notification-icon" data-icon={view.type} aria-hidden="true">
        {view.imageUrl ? <img src={view.imageUrl} alt="" width={20} height={20} referrerPolicy="no-referrer" /> : <EmojiText text={view.icon} />}
      </span>
      <div className="notification-main">
        <header className="notification-header">
          {view.user && <Avatar url={view.user.avatarUrl} size={24} />}
          <p className="notification-text">
            {view.text}
            {view.reaction && view.people.length === 0 && (
              <span className="notification-reaction" data-reaction={view.reaction.text}>
                <ReactionEmoji reaction={view.reaction.key} reactionEmojis={view.note?.reactionEmojis} />
              </span>
            )}
          </p>
          {createdAt && <RelativeTime iso={createdAt} />}
        </header>
        {view.people.length > 0 ? <GroupPeople people={view.people} reactionEmojis={view.note?.reactionEmojis} /> : who && <p className="notification-acct">{who}</p>}
        {view.detail && (
          <p className="notification-detail">
            <EmojiText text={view.detail} />
          </p>
        )}
        {excerpt && (
          <p className="notification-note">
            <EmojiText text={excerpt} />
          </p>
        )}
        {forAccount !== undefined && (
          <p className="notification-for" data-for-account={item.accountId}>
            {forAccount ? t('notifications.forAccount', { acct: accountAcct(forAccount) }) : t('notifications.forRemoved')}
          </p>
        )}
      </div>
    </article>
  );
});
