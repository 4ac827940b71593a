import './chat.css';
import { useEffect, useState } from 'react';
import type { ChatTarget } from '../../../shared/model/chat';
import type { ColumnParams } from '../../../shared/model/column';
import { useAppState } from '../../store';
import { ChatSignInNotice } from './ChatSignInNotice';
import { listenToChatEvents, loadChatStatus, setChatAccountResolver, useChatStore } from './chatStore';
import { ConversationList } from './ConversationList';
import { ConversationView } from './ConversationView';
import { useChatKeyboard } from './useChatKeyboard';

/** A conversation given by a column's params (`targetKind`, `targetId`), if it has one. */
export function columnTarget(params: ColumnParams): ChatTarget | null {
  const { targetKind, targetId } = params;
  if ((targetKind === 'user' || targetKind === 'room') && typeof targetId === 'string' && targetId !== '') return { kind: targetKind, id: targetId };
  return null;
}

/** A chat column: the account's conversations, one opened in place (back to the list), or one conversation of its own. */
export function ChatColumnBody({ columnId, accountId, params }: { columnId: string; accountId: string; params: ColumnParams }) {
  const status = useChatStore((s) => s.status[accountId]);
  const addColumn = useAppState((s) => s.addColumn);
  const accounts = useAppState((s) => s.accounts);
  const fixed = columnTarget(params);
  const [open, setOpen] = useState<{ target: ChatTarget; title: string } | null>(null);
  useChatKeyboard(columnId, accountId, open?.target ?? null, (target, title) => setOpen({ target, title }));

  useEffect(() => {
    setChatAccountResolver((id) => accounts.find((a) => a.id === id)?.userId ?? '');
  }, [accounts]);
  useEffect(() => {
    listenToChatEvents();
    void loadChatStatus(accountId);
  }, [accountId]);

  if (status && !status.permitted) return <ChatSignInNotice accountId={accountId} />;
  if (fixed) return <ConversationView viewId={columnId} accountId={accountId} target={fixed} title={typeof params.sourceName === 'string' ? params.sourceName : ''} />;
  if (open) {
    return (
      <ConversationView
        viewId={columnId}
        accountId={accountId}
        target={open.target}
        title={open.title}
        onBack={() => setOpen(null)}
        onOpenAsColumn={() => {
          void addColumn({ accountId, kind: 'chat', params: { targetKind: open.target.kind, targetId: open.target.id, sourceName: open.title.slice(0, 500) } });
          setOpen(null);
        }}
      />
    );
  }
  return <ConversationList viewId={columnId} accountId={accountId} onOpen={(target, title) => setOpen({ target, title })} />;
}
