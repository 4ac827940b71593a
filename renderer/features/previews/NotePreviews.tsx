import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useLocale } from '../../i18n/LocaleProvider';
import { useAppState } from '../../store';
import { parseMfm } from '../mfm/parseMfm';
import type { NoteView } from '../notes/noteView';
import { useSetting } from '../settings/settingsStore';
import { LinkPreviewCard, LinkPreviewPlaceholder } from './LinkPreviewCard';
import { previewKey, previewState, requestPreview, subscribePreview } from './previewCache';
import { previewLinks } from './previewLinks';

function PreviewSlot({ accountId, lang, url }: { accountId: string; lang: 'en' | 'ja'; url: string }) {
  const key = previewKey(accountId, lang, url);
  const subscribe = useCallback((onChange: () => void) => subscribePreview(key, onChange), [key]);
  const state = useSyncExternalStore(subscribe, () => previewState(key));
  // Asked once the row is on screen (the virtual list mounts only those), never during render.
  useEffect(() => requestPreview(accountId, lang, url), [accountId, lang, url]);
  if (state.status === 'loading') return <LinkPreviewPlaceholder url={url} />;
  // No preview (failed, timed out, malformed): the link in the text is all there is.
  return state.preview ? <LinkPreviewCard preview={state.preview} /> : null;
}

/**
 * Preview cards for the links in a note (at most three, as Misskey picks them), from the server of
 * the account that shows it. Mount only for a note whose text has a link (`mayHaveLinks`).
 */
export function NotePreviews({ note, accountId }: { note: Pick<NoteView, 'text' | 'renote'>; accountId: string | null }) {
  const enabled = useSetting('linkPreviews');
  const { language } = useLocale();
  const origin = useAppState((s) => (accountId ? (s.accounts.find((a) => a.id === accountId)?.server ?? null) : null));
  const quoteUrl = note.renote?.url;
  const quoteUri = note.renote?.uri;
  const links = useMemo(
    () => (enabled && note.text ? previewLinks(parseMfm(note.text).nodes, { quoteUrls: [quoteUrl, quoteUri], serverOrigin: origin }) : []),
    [enabled, note.text, quoteUrl, quoteUri, origin],
  );
  if (!accountId || accountId === '*' || links.length === 0) return null;
  const lang = language === 'ja' ? 'ja' : 'en';
  return (
    <div className="link-previews">
      {links.map((url) => (
        <PreviewSlot key={url} accountId={accountId} lang={lang} url={url} />
      ))}
    </div>
  );
}
