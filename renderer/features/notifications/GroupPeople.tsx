import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { userAcct, userDisplayName } from '../../lib/acct';
import { ReactionEmoji, type EmojiUrls } from '../mfm';
import { Avatar } from '../notes/Avatar';
import type { GroupPerson } from './notificationView';

/** How many people a grouped row draws before "+N". */
export const peopleShown = 12;

/**
 * A grouped notification's people, as Misskey's MkNotification lists them: avatars, each with their
 * reaction drawn as in the reactions bar (`reactionEmojis`: the note's, for other servers' emoji).
 */
export const GroupPeople = memo(function GroupPeople({ people, reactionEmojis }: { people: readonly GroupPerson[]; reactionEmojis?: EmojiUrls }) {
  const { t } = useTranslation();
  const shown = people.slice(0, peopleShown);
  const rest = people.length - shown.length;
  return (
    <ul className="notification-people" aria-label={t('notifications.groupPeople', { count: people.length })}>
      {shown.map((person, index) => {
        const name = userDisplayName({ name: person.user.name ?? null, username: person.user.username ?? '' });
        const acct = person.user.username ? userAcct({ username: person.user.username, host: person.user.host ?? null }) : '';
        const reaction = person.reaction;
        return (
          <li key={`${person.user.id ?? index}/${index}`} className="notification-person" title={reaction ? `${name} ${reaction.text}` : name} data-acct={acct}>
            <Avatar url={person.user.avatarUrl} size={28} />
            {reaction && (
              <span className="notification-person-reaction" data-reaction={reaction.text}>
                <ReactionEmoji reaction={reaction.key} reactionEmojis={reactionEmojis} />
              </span>
            )}
            <span className="visually-hidden">{reaction ? t('notifications.groupPersonReacted', { name, reaction: reaction.text }) : name}</span>
          </li>
        );
      })}
      {rest > 0 && (
        <li className="notification-people-more" aria-label={t('notifications.groupMore', { count: rest })}>
          {t('notifications.groupMoreShort', { count: rest })}
        </li>
      )}
    </ul>
  );
});
