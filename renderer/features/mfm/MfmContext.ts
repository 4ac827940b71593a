import { createContext } from 'react';
import type { EmojiUrls } from './customEmoji';

/** What the user may do from a note's text. Absent handlers leave mentions and hashtags as text. */
export interface MfmActions {
  onMention?: (user: { username: string; host: string | null }) => void;
  onHashtag?: (tag: string) => void;
  /** Searches the notes of the account's own server (as a search column); `host` names it on the button. */
  onSearch?: { host: string; run: (query: string) => void };
  /** Opens an http(s) URL (in Electron: the system browser). Without it links open by `target=_blank`. */
  onOpenLink?: (url: string) => void;
}

export const MfmActionsContext = createContext<MfmActions>({});

/** Our server's custom emoji (`/api/emojis`: name → URL), for local authors' `:name:`. */
export const MfmServerEmojisContext = createContext<EmojiUrls | undefined>(undefined);
