import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../shared/model/chat';
import type { UserLite } from '../../../shared/model/content';
import { userAcct } from '../../lib/acct';
import { safeWebUrl } from '../../lib/safeUrl';
import { Mfm, ReactionEmoji, UserDisplayName } from '../mfm';
import { safeMediaUrl } from '../media/mediaUrl';
import { Avatar } from '../notes/Avatar';
import { ReactionPicker } from '../notes/ReactionPicker';
import { reactionCounts } from './chatState';

export interface ChatMessageRowProps {
  message: ChatMessage;
  accountId: string;
  meId: string;
  /** Who wrote it when the message itself does not say (1:1 lite form). */
  author: UserLite | null;
  onReact(message: ChatMessage, reaction: string, remove: boolean): void;
  onDelete(message: ChatMessage): void;
}

/** One chat message: MFM as Misskey renders chat text, a file, reactions; react to others', delete one's own. */
export const ChatMessageRow = memo(function ChatMessageRow({ message, accountId, meId, author, onReact, onDelete }: ChatMessageRowProps) {
  const { t, i18n } = useTranslation();
  const [picking, setPicking] = useState(false);
  const [showSensitive, setShowSensitive] = useState(false);
  const mine = message.fromUserId === meId;
  const user = message.fromUser ?? author;
  const file = message.file;
  const fileUrl = file ? safeMediaUrl(file.thumbnailUrl ?? file.url) : null;
  const fileLink = file ? safeWebUrl(file.url) : null;
  const isImage = file !== null && isImageType(file.type);
  return (
    <li className={mine ? 'chat-message chat-message-mine' : 'chat-message'} data-chat-message-id={message.id} data-mine={mine || undefined}>
      {!mine && <Avatar url={user?.avatarUrl ?? null} size={28} />}
      <div className="chat-bubble-wrap">
        {!mine && user && (
          <span className="chat-author" title={userAcct(user)}>
            <UserDisplayName user={user} />
          </span>
        )}
        <div className="chat-bubble">
          {message.text !== null && message.text !== '' && <Mfm text={message.text} host={user?.host ?? null} className="chat-text" />}
          {file && (
            <div className="chat-file">
              {isImage && fileUrl && (!file.isSensitive || showSensitive) ? (
                <img src={fileUrl} alt={file.name} loading="lazy" className="chat-image" referrerPolicy="no-referrer" />
              ) : file.isSensitive && !showSensitive ? (
                <button type="button" className="secondary-button small" onClick={() => setShowSensitive(true)}>
                  {t('chat.sensitive')}
                </button>
              ) : null}
              {fileLink && (
                <a href={fileLink} target="_blank" rel="noreferrer noopener" className="chat-file-name">
                  {t('chat.file', { name: file.name })}
                </a>
              )}
            </div>
          )}
        </div>
        <div className="chat-meta">
          <time dateTime={message.createdAt}>{formatTime(i18n.language, message.createdAt)}</time>
          {reactionCounts(message, meId).map((r) => (
            <button
              key={r.reaction}
              type="button"
              className={r.mine ? 'chat-reaction chat-reaction-mine' : 'chat-reaction'}
              aria-pressed={r.mine}
              disabled={mine}
              aria-label={t('chat.reactedCount', { reaction: r.reaction, count: r.count })}
              onClick={() => onReact(message, r.reaction, r.mine)}
              data-chat-reaction={r.reaction}
            >
              <ReactionEmoji reaction={r.reaction} />
              {r.count > 1 ? ` ${r.count}` : ''}
            </button>
          ))}
          {!mine && (
            <button type="button" className="chat-action" onClick={() => setPicking(true)} aria-label={t('chat.react')} title={t('chat.react')} data-chat-react>
              +
            </button>
          )}
          {mine && (
            <button type="button" className="chat-action" onClick={() => onDelete(message)} title={t('chat.delete')} data-chat-delete>
              {t('chat.delete')}
            </button>
          )}
        </div>
        {picking && (
          <ReactionPicker
            accountId={accountId}
            onPick={(reaction) => {
              setPicking(false);
              onReact(message, reaction, false);
            }}
            onClose={() => setPicking(false)}
          />
        )}
      </div>
    </li>
  );
});

const isImageType = (type: string) => type.startsWith('image/');

/** One formatter per UI language (making one per row would be costly). */
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function formatTime(language: string, iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  let format = timeFormats.get(language);
  if (!format) timeFormats.set(language, (format = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' })));
  return format.format(time);
}
