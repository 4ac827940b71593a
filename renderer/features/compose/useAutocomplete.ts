import { useEffect, useState } from 'react';
import type { UserLite } from '../../../shared/model/content';
import { getBridge } from '../../bridge';
import { useAppStoreApi } from '../../store';
import { searchCustom } from '../notes/emojiCatalog';
import { acctOf, userView } from '../notes/noteView';
import { useServerEmojis } from '../notes/state/serverData';
import { recentHashtags, type CompletionQuery } from './autocomplete';

export interface Suggestion {
  key: string;
  /** What replaces the query in the text. */
  insert: string;
  label: string;
  detail?: string;
  imageUrl?: string;
  avatarUrl?: string | null;
}

/** Suggestions for the completion at the caret: users (`users.search`), recent hashtags, custom emoji. */
export function useSuggestions(accountId: string | null, query: CompletionQuery | null): Suggestion[] {
  const store = useAppStoreApi();
  const { list } = useServerEmojis(accountId);
  const [users, setUsers] = useState<{ q: string; list: UserLite[] }>({ q: '', list: [] });
  const mentionQuery = query?.kind === 'mention' ? query.query : '';

  useEffect(() => {
    if (!accountId || mentionQuery === '') return;
    let live = true;
    const [username = '', host] = mentionQuery.split('@');
    const timer = setTimeout(() => {
      void getBridge()
        .commands['users.search']({ accountId, query: (username || mentionQuery).slice(0, 128), limit: 8 })
        .then((r) => {
          if (!live) return;
          const found = r.ok && Array.isArray(r.value) ? r.value : [];
          setUsers({ q: mentionQuery, list: host ? found.filter((u) => (u.host ?? '').startsWith(host)) : found });
        });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [accountId, mentionQuery]);

  if (!query) return [];
  if (query.kind === 'mention') {
    if (users.q !== query.query) return [];
    return users.list.map((u) => {
      const view = userView(u);
      const acct = acctOf(view);
      return { key: view.id || acct, insert: acct, label: view.name?.trim() || view.username, detail: acct, avatarUrl: view.avatarUrl };
    });
  }
  if (query.kind === 'hashtag') {
    return recentHashtags(Object.values(store.getState().notesById), query.query).map((tag) => ({ key: tag, insert: `#${tag}`, label: `#${tag}` }));
  }
  if (query.query.length < 1) return [];
  return searchCustom(list, query.query, 10).map((e) => ({ key: e.name, insert: `:${e.name}:`, label: `:${e.name}:`, imageUrl: e.url }));
}
