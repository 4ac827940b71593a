import { useEffect, useRef } from 'react';
import type { ChatTarget } from '../../../shared/model/chat';
import { registerChatStepper } from './chatKeyboard';
import { stepConversation } from './chatState';
import { useChatStore } from './chatStore';
import { conversationTitle } from './ConversationList';

/** `]` / `[` open the next / previous conversation of the column's account. */
export function useChatKeyboard(columnId: string, accountId: string, open: ChatTarget | null, onOpen: (target: ChatTarget, title: string) => void): void {
  const latest = useRef({ open, onOpen });
  useEffect(() => {
    latest.current = { open, onOpen };
  });
  useEffect(
    () =>
      registerChatStepper(columnId, (by) => {
        const list = useChatStore.getState().conversations[accountId] ?? [];
        const next = stepConversation(list, latest.current.open, by);
        const conversation = next && list.find((c) => c.target.kind === next.kind && c.target.id === next.id);
        if (conversation) latest.current.onOpen(conversation.target, conversationTitle(conversation));
      }),
    [columnId, accountId],
  );
}
