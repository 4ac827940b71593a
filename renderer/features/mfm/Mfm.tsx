import { useLocale } from '../../i18n/LocaleProvider';
import { useContext, useMemo, useState } from 'react';
import type { EmojiUrls } from './customEmoji';
import { MfmActionsContext, MfmServerEmojisContext, type MfmActions } from './MfmContext';
import { parseMfm, parseMfmSimple } from './parseMfm';
import { newRenderContext, renderNodes, rootBranch } from './renderMfm';
import { formatNumber } from '../../i18n';
import { capCombiningMarks } from '../../lib/combiningMarks';
import './mfm.css';

export interface MfmProps extends MfmActions {
  text: string;
  /** The note's (or user's) `emojis` map: name → URL. */
  emojis?: EmojiUrls;
  /** The author's server; null for our own. */
  host: string | null;
  /** Names: text, unicode and custom emoji only (mfm-js `parseSimple`). */
  plain?: boolean;
  /** Our server's emoji list; defaults to MfmServerEmojisContext. */
  serverEmojis?: EmojiUrls;
  /** More classes for the root element (a row saves a wrapper element per note this way). */
  className?: string;
}

/**
 * MFM as React elements, never HTML. Links only to http(s); effects from a bounded set of CSS
 * classes with clamped values, kept inside the text's box; parse and render bounded (limits.ts).
 */
export function Mfm({ text, emojis, host, plain = false, serverEmojis, className, onMention, onHashtag, onOpenLink, onSearch }: MfmProps) {
  const fromContext = useContext(MfmServerEmojisContext);
  const outer = useContext(MfmActionsContext);
  const serverList = serverEmojis ?? fromContext;
  const parsed = useMemo(() => {
    const shown = capCombiningMarks(text);
    return plain ? { nodes: parseMfmSimple(shown), rest: '', degraded: false } : parseMfm(shown);
  }, [text, plain]);
  const content = useMemo(
    () => renderNodes(parsed.nodes, newRenderContext(emojis, host, serverList), rootBranch),
    [parsed, emojis, host, serverList],
  );
  const actions = useMemo(
    () => ({ onMention: onMention ?? outer.onMention, onHashtag: onHashtag ?? outer.onHashtag, onOpenLink: onOpenLink ?? outer.onOpenLink, onSearch: onSearch ?? outer.onSearch }),
    [onMention, onHashtag, onOpenLink, onSearch, outer],
  );
  if (plain) return <span className={className ? `mfm mfm-inline ${className}` : 'mfm mfm-inline'}>{content}</span>;
  return (
    <MfmActionsContext value={actions}>
      <div className={className ? `mfm ${className}` : 'mfm'} data-mfm-degraded={parsed.degraded || undefined}>
        {content}
        {parsed.rest && <MfmRest rest={parsed.rest} emojis={emojis} host={host} serverEmojis={serverEmojis} />}
      </div>
    </MfmActionsContext>
  );
}

/** The text past the parse limit: offered, then rendered the same way (so again in bounded steps). */
function MfmRest({ rest, emojis, host, serverEmojis }: { rest: string; emojis?: EmojiUrls; host: string | null; serverEmojis?: EmojiUrls }) {
  const { t } = useLocale();
  const [shown, setShown] = useState(false);
  if (shown) return <Mfm text={rest} emojis={emojis} host={host} serverEmojis={serverEmojis} />;
  return (
    <button type="button" className="mfm-show-more" onClick={() => setShown(true)}>
      {t('mfm.showMore', { count: rest.length, formatted: formatNumber(rest.length) })}
    </button>
  );
}
