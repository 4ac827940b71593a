import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chatTargetKey, type ChatConversation, type ChatInvitation, type ChatTarget } from '../../../shared/model/chat';
import { getBridge } from '../../bridge';
import { coreText } from '../../i18n/coreText';
import { userAcct, userDisplayName } from '../../lib/acct';
import { UserDisplayName } from '../mfm';
import { Avatar } from '../notes/Avatar';
import { findUser } from './chatActions';
import { ChatNotificationsSwitch } from './ChatNotificationsSwitch';
import { loadConversations, setChatWatch, useChatStore } from './chatStore';

export const conversationTitle = (c: ChatConversation): string => (c.user ? userDisplayName(c.user) : (c.room?.name ?? c.last.toRoomId ?? ''));

/** The account's conversations, newest first with unread marks; invitations to accept or decline; new chats and rooms. */
export function ConversationList({ viewId, accountId, onOpen }: { viewId: string; accountId: string; onOpen(target: ChatTarget, title: string): void }) {
  const { t } = useTranslation();
  const list = useChatStore((s) => s.conversations[accountId]);
  const listError = useChatStore((s) => s.listErrors[accountId] ?? null);
  const [invitations, setInvitations] = useState<ChatInvitation[]>([]);
  const [acct, setAcct] = useState('');
  const [roomName, setRoomName] = useState('');
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setChatWatch(viewId, { accountId, target: null });
    void loadConversations(accountId);
    void getBridge()
      .commands['chat.rooms']({ accountId })
      .then((result) => live && result.ok && setInvitations(result.value.invitations));
    return () => {
      live = false;
      setChatWatch(viewId, null);
    };
  }, [viewId, accountId]);

  const start = async () => {
    const found = await findUser(accountId, acct);
    if ('error' in found) return setNote(found.error || t('chat.userNotFound', { acct }));
    setAcct('');
    onOpen({ kind: 'user', id: found.user.id }, userDisplayName(found.user));
  };
  const createRoom = async () => {
    const result = await getBridge().commands['chat.createRoom']({ accountId, name: roomName.trim() });
    if (!result.ok) return setNote(coreText(result.error));
    setRoomName('');
    onOpen({ kind: 'room', id: result.value.id }, result.value.name);
  };
  const answer = async (invitation: ChatInvitation, join: boolean) => {
    const command = join ? 'chat.join' : 'chat.ignoreInvitation';
    const result = await getBridge().commands[command]({ accountId, roomId: invitation.room.id });
    if (!result.ok) return setNote(coreText(result.error));
    setInvitations((all) => all.filter((each) => each.id !== invitation.id));
    if (join) onOpen({ kind: 'room', id: invitation.room.id }, invitation.room.name);
  };

  return (
    <div className="chat-list" data-chat-list>
      <form
        className="chat-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <input value={acct} onChange={(event) => setAcct(event.currentTarget.value)} aria-label={t('chat.startWith')} placeholder={t('chat.startWith')} data-chat-start-input />
        <button type="submit" className="secondary-button small" disabled={acct.trim() === ''}>
          {t('chat.start')}
        </button>
      </form>
      <form
        className="chat-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void createRoom();
        }}
      >
        <input value={roomName} onChange={(event) => setRoomName(event.currentTarget.value)} aria-label={t('chat.roomName')} placeholder={t('chat.newRoom')} maxLength={256} data-chat-room-name />
        <button type="submit" className="secondary-button small" disabled={roomName.trim() === ''} data-chat-create-room>
          {t('chat.create')}
        </button>
      </form>
      <ChatNotificationsSwitch accountId={accountId} />
      {(note || listError) && (
        <p className="column-note column-note-warn" role="alert">
          {note ?? listError}
        </p>
      )}
      {invitations.length > 0 && (
        <section aria-label={t('chat.invitations')} className="chat-invitations">
          <h3 className="chat-heading">{t('chat.invitations')}</h3>
          <ul>
            {invitations.map((invitation) => (
              <li key={invitation.id} className="chat-invitation" data-chat-invitation={invitation.room.id}>
                <span className="chat-row-title">{invitation.room.name}</span>
                {invitation.room.owner && <span className="chat-acct">{t('chat.invitedBy', { acct: userAcct(invitation.room.owner) })}</span>}
                <span className="chat-toolbar">
                  <button type="button" className="primary-button small" onClick={() => void answer(invitation, true)} data-chat-accept>
                    {t('chat.accept')}
                  </button>
                  <button type="button" className="secondary-button small" onClick={() => void answer(invitation, false)} data-chat-decline>
                    {t('chat.decline')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3 className="chat-heading">{t('chat.conversations')}</h3>
      {list && list.length === 0 && <p className="chat-note">{t('chat.noConversations')}</p>}
      <ul className="chat-conversations">
        {list?.map((conversation) => {
          const key = chatTargetKey(conversation.target);
          const title = conversationTitle(conversation);
          return (
            <li key={key}>
              <button type="button" className="chat-conversation-row" onClick={() => onOpen(conversation.target, title)} data-chat-conversation={key} data-unread={!conversation.isRead || undefined}>
                {conversation.user ? <Avatar url={conversation.user.avatarUrl} size={32} /> : <span className="chat-room-icon" aria-hidden="true">#</span>}
                <span className="chat-row-main">
                  <span className="chat-row-title">{conversation.user ? <UserDisplayName user={conversation.user} /> : title}</span>
                  <span className="chat-row-last">{conversation.last.text ?? (conversation.last.file ? t('chat.fileMessage') : '')}</span>
                </span>
                {!conversation.isRead && (
                  <span className="chat-unread-dot" role="img" aria-label={t('chat.unread')} title={t('chat.unread')}>
                    ●
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
