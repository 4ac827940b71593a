import { useMemo, type ReactNode } from 'react';
import { MfmActionsContext, MfmServerEmojisContext, type MfmActions } from '../mfm';
import { NoteScopeContext, type NoteScope } from './noteScope';
import { noteActions } from './state/noteActions';
import { notesUiActions } from './state/notesUi';
import { useServerEmojis } from './state/serverData';
import { useAppState } from '../../store';

/**
 * The account notes inside are seen from, with its server's custom emoji and what a hashtag or a
 * mention does: given once for a column, so each of its rows need not look them up itself.
 */
export function NoteAccountScope({ accountId, columnId, children }: { accountId: string | null; columnId: string | null; children: ReactNode }) {
  const serverEmojis = useServerEmojis(accountId);
  const host = useAppState((s) => (accountId ? s.accounts.find((a) => a.id === accountId)?.host : undefined));
  const actions = useMemo<MfmActions>(
    () =>
      accountId
        ? {
            onHashtag: (tag) => void noteActions.openHashtagColumn(accountId, tag),
            onMention: ({ username, host }) => notesUiActions.openProfile({ accountId, username, host }),
            ...(host ? { onSearch: { host, run: (query: string) => void noteActions.openSearchColumn(accountId, query) } } : {}),
          }
        : {},
    [accountId, host],
  );
  const scope = useMemo<NoteScope>(() => ({ accountId, columnId, providesContent: accountId !== null }), [accountId, columnId]);
  return (
    <NoteScopeContext value={scope}>
      <MfmServerEmojisContext value={serverEmojis.urls}>
        <MfmActionsContext value={actions}>{children}</MfmActionsContext>
      </MfmServerEmojisContext>
    </NoteScopeContext>
  );
}
