import { useLocale } from '../../i18n/LocaleProvider';
import { useContext, useState, type MouseEvent, type ReactNode } from 'react';
import { MfmActionsContext } from './MfmContext';
import { displayUrl } from './urlDisplay';

/** `@user` / `@user@host`; `host` is already resolved against the note author's server. */
export function MfmMention({ acct, username, host, inert }: { acct: string; username: string; host: string | null; inert: boolean }) {
  const { onMention } = useContext(MfmActionsContext);
  if (inert || !onMention) return <span className="mfm-mention">{acct}</span>;
  return (
    <button type="button" className="mfm-mention" onClick={() => onMention({ username, host })}>
      {acct}
    </button>
  );
}

export function MfmHashtag({ tag, inert }: { tag: string; inert: boolean }) {
  const { onHashtag } = useContext(MfmActionsContext);
  if (inert || !onHashtag) return <span className="mfm-hashtag">#{tag}</span>;
  return (
    <button type="button" className="mfm-hashtag" onClick={() => onHashtag(tag)}>
      #{tag}
    </button>
  );
}

/**
 * An anchor to an http(s) URL, nothing else: `href` comes from safeWebUrl. With `onOpenLink` the
 * click goes there (the app opens the system browser); otherwise `target=_blank` does.
 */
export function SafeAnchor({ href, className, title, children }: { href: string; className: string; title?: string; children: ReactNode }) {
  const { onOpenLink } = useContext(MfmActionsContext);
  const onClick = onOpenLink
    ? (e: MouseEvent) => {
        e.preventDefault();
        onOpenLink(href);
      }
    : undefined;
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer nofollow" title={title} onClick={onClick}>
      {children}
    </a>
  );
}

/** A bare URL: shortened for display, the full URL in `title`; a non-http(s) URL stays text. */
export function MfmUrl({ url, inert }: { url: string; inert: boolean }) {
  const shown = displayUrl(url);
  if (!shown || inert) return <span className="mfm-url-text">{url}</span>;
  return (
    <SafeAnchor className="mfm-url" href={shown.href} title={shown.href}>
      {shown.short}
    </SafeAnchor>
  );
}

export const googleSearchUrl = (query: string) => `https://www.google.com/search?q=${encodeURIComponent(query)}`;

/** `query 検索` / `query Search`: the query in a box, a button that searches the web and one that searches the account's server. */
export function MfmSearch({ query }: { query: string }) {
  const { t } = useLocale();
  const { onOpenLink, onSearch } = useContext(MfmActionsContext);
  const [value, setValue] = useState(query);
  const search = () => {
    const url = googleSearchUrl(value);
    if (onOpenLink) onOpenLink(url);
    else window.open(url, '_blank', 'noopener,noreferrer');
  };
  return (
    <div className="mfm-search" role="search">
      <input
        type="search"
        className="mfm-search-input"
        aria-label={t('mfm.searchQuery')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') search();
        }}
      />
      <button type="button" className="mfm-search-button" onClick={search}>
        {t('mfm.search')}
      </button>
      {onSearch && value.trim() !== '' && (
        <button type="button" className="mfm-search-button" onClick={() => onSearch.run(value.trim())}>
          {t('openInColumn.searchOnServer', { host: onSearch.host })}
        </button>
      )}
    </div>
  );
}
