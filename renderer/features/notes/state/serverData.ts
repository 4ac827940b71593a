import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CustomEmoji, ServerInfoView } from '../../../../shared/model/content';
import { getBridge } from '../../../bridge';
import type { EmojiUrls } from '../../mfm';

export interface ServerEmojis {
  list: readonly CustomEmoji[];
  /** name → URL, for `MfmServerEmojisContext`. */
  urls: EmojiUrls;
}

interface ServerDataState {
  emojis: Record<string, ServerEmojis>;
  info: Record<string, ServerInfoView>;
}

/** Per account: its server's custom emoji and limits, fetched once when first needed. */
export const serverData = createStore<ServerDataState>()(() => ({ emojis: {}, info: {} }));

const inFlight = new Set<string>();

export function emojiUrls(list: readonly CustomEmoji[]): EmojiUrls {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const e of list) if (e && typeof e.name === 'string' && typeof e.url === 'string') out[e.name] = e.url;
  return out;
}

async function fetchOnce(kind: 'emojis' | 'info', accountId: string): Promise<void> {
  const key = `${kind}:${accountId}`;
  if (inFlight.has(key) || serverData.getState()[kind][accountId]) return;
  inFlight.add(key);
  try {
    if (kind === 'emojis') {
      const result = await getBridge().commands['server.emojis']({ accountId });
      const list = result.ok && Array.isArray(result.value) ? result.value : [];
      if (result.ok) serverData.setState((s) => ({ emojis: { ...s.emojis, [accountId]: { list, urls: emojiUrls(list) } } }));
    } else {
      const result = await getBridge().commands['server.info']({ accountId });
      if (result.ok && result.value) serverData.setState((s) => ({ info: { ...s.info, [accountId]: result.value } }));
    }
  } finally {
    inFlight.delete(key);
  }
}

const noEmojis: ServerEmojis = { list: [], urls: {} };

/** The account's server custom emoji (empty until loaded, or without an account). */
export function useServerEmojis(accountId: string | null | undefined): ServerEmojis {
  const value = useStore(serverData, (s) => (accountId ? s.emojis[accountId] : undefined));
  useEffect(() => {
    if (accountId && accountId !== '*') void fetchOnce('emojis', accountId);
  }, [accountId]);
  return value ?? noEmojis;
}

/** Misskey's defaults until the server has answered. */
export const defaultServerInfo: ServerInfoView = { name: null, version: null, maxNoteTextLength: 3000, maxFilesPerNote: 16, iconUrl: null, translatorAvailable: false };

export function useServerInfo(accountId: string | null | undefined): ServerInfoView {
  const value = useStore(serverData, (s) => (accountId ? s.info[accountId] : undefined));
  useEffect(() => {
    if (accountId && accountId !== '*') void fetchOnce('info', accountId);
  }, [accountId]);
  return value ?? defaultServerInfo;
}

/** For tests. */
export function resetServerData(): void {
  inFlight.clear();
  serverData.setState({ emojis: {}, info: {} }, true);
}
