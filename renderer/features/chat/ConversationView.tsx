import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage, ChatReach, ChatRoom, ChatTarget } from '../../../shared/model/chat';
import type { UserLite } from '../../../shared/model/content';
import { getBridge } from '../../bridge';
import { coreText } from '../../i18n/coreText';
import { userDisplayName } from '../../lib/acct';
import { useAppState } from '../../store';
import { markRead } from './chatActions';
import { ChatComposer } from './ChatComposer';
import { ChatMessageRow } from './ChatMessageRow';
import { emptyConversation } from './chatState';
import { loadMessages, setChatWatch, threadKey, useChatStore } from './chatStore';
import { RoomTools } from './RoomTools';

export interface ConversationViewProps {
  viewId: string;
  accountId: string;
  target: ChatTarget;
  /** What the header says (the user's name or the room's). */
  title: string;
  /** In a chat column's list: back to it, and opening the conversation as its own column. */
  onBack?: () => void;
  onOpenAsColumn?: () => void;
}

/** One conversation: its messages live, older ones on scrolling up, read while on screen and focused. */
export function ConversationView({ viewId, accountId, target, title, onBack, onOpenAsColumn }: ConversationViewProps) {
  const { t } = useTranslation();
  const key = threadKey(accountId, target);
  const thread = useChatStore((s) => s.threads[key] ?? emptyConversation);
  const error = useChatStore((s) => s.threadErrors[key] ?? null);
  const loading = useChatStore((s) => s.loading[key] ?? false);
  const meId = useAppState((s) => s.accounts.find((a) => a.id === accountId)?.userId ?? '');
  const [reach, setReach] = useState<ChatReach | null>(null);
  const [room, setRoom] = useState<ChatRoom | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const stickToBottom = useRef(true);
  const oldestBefore = useRef<{ id: string | undefined; height: number } | null>(null);

  useEffect(() => {
    setChatWatch(viewId, { accountId, target });
    void loadMessages(accountId, target);
    return () => setChatWatch(viewId, null);
  }, [viewId, accountId, target]);

  useEffect(() => {
    let live = true;
    if (target.kind === 'user') {
      void getBridge().commands['chat.reach']({ accountId, userId: target.id }).then((result) => live && result.ok && setReach(result.value));
    } else {
      void getBridge().commands['chat.rooms']({ accountId }).then((result) => live && result.ok && setRoom(result.value.rooms.find((r) => r.id === target.id) ?? null));
    }
    return () => {
      live = false;
    };
  }, [accountId, target]);

  // New messages while the conversation is on screen and the window focused are read at once.
  const newestId = thread.messages.at(-1)?.id;
  useEffect(() => {
    if (newestId === undefined) return;
    if (document.hasFocus()) markRead(accountId, target);
    const onFocus = () => markRead(accountId, target);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [newestId, accountId, target]);

  // Stays at the bottom as messages come, unless the user scrolled up; keeps its place when older ones load.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const before = oldestBefore.current;
    if (before && before.id !== thread.messages[0]?.id) {
      list.scrollTop += list.scrollHeight - before.height;
      oldestBefore.current = null;
    } else if (stickToBottom.current) {
      list.scrollTop = list.scrollHeight;
    }
  }, [thread.messages]);

  const onScroll = () => {
    const list = listRef.current;
    if (!list) return;
    stickToBottom.current = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    if (list.scrollTop < 80 && thread.hasOlder && !loading && thread.messages.length > 0) {
      oldestBefore.current = { id: thread.messages[0]?.id, height: list.scrollHeight };
      void loadMessages(accountId, target, true);
    }
  };

  const onReact = useCallback(
    (message: ChatMessage, reaction: string, remove: boolean) => {
      void getBridge().commands['chat.react']({ accountId, messageId: message.id, reaction, remove }).then((result) => setActionError(result.ok ? null : coreText(result.error)));
    },
    [accountId],
  );
  const onDelete = useCallback(
    (message: ChatMessage) => {
      if (!window.confirm(t('chat.deleteConfirm'))) return;
      void getBridge().commands['chat.delete']({ accountId, messageId: message.id }).then((result) => setActionError(result.ok ? null : coreText(result.error)));
    },
    [accountId, t],
  );

  const other: UserLite | null = reach?.user ?? null;
  const shownTitle = other ? userDisplayName(other) : (room?.name ?? title);
  return (
    <div className="chat-conversation" data-chat-conversation-open={`${target.kind}:${target.id}`}>
      <div className="chat-toolbar">
        {onBack && (
          <button type="button" className="secondary-button small" onClick={onBack} aria-label={t('chat.back')} title={t('chat.back')} data-chat-back>
            ←
          </button>
        )}
        <h3 className="chat-title">{shownTitle}</h3>
        {onOpenAsColumn && (
          <button type="button" className="secondary-button small" onClick={onOpenAsColumn} title={t('chat.openAsColumn')} aria-label={t('chat.openAsColumn')} data-chat-open-column>
            ⧉
          </button>
        )}
      </div>
      {target.kind === 'room' && room && <RoomTools accountId={accountId} roomId={room.id} name={room.name} isOwner={room.ownerId === meId} onLeft={() => onBack?.()} />}
      {(error || actionError) && (
        <p className="column-note column-note-warn" role="alert">
          {error ?? actionError}
        </p>
      )}
      <ol className="chat-messages" ref={listRef} onScroll={onScroll} aria-label={shownTitle} aria-busy={loading} data-chat-messages>
        {loading && thread.messages.length > 0 && <li className="chat-note">{t('chat.loadingOlder')}</li>}
        {!thread.hasOlder && thread.messages.length > 0 && <li className="chat-note">{t('chat.beginning')}</li>}
        {!loading && thread.messages.length === 0 && !error && <li className="chat-note">{t('chat.empty')}</li>}
        {thread.messages.map((message) => (
          <ChatMessageRow key={message.id} message={message} accountId={accountId} meId={meId} author={message.fromUserId === other?.id ? other : null} onReact={onReact} onDelete={onDelete} />
        ))}
      </ol>
      {reach && !reach.canSend ? (
        <p className="column-note column-note-warn" role="status" data-chat-cannot-send={reach.reason}>
          {t(`chat.cannotChat.${reach.reason}`, { name: userDisplayName(reach.user) })}
        </p>
      ) : (
        (target.kind === 'room' || reach) && <ChatComposer accountId={accountId} target={target} label={t('chat.messageTo', { name: shownTitle })} />
      )}
    </div>
  );
}
