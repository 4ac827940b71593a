import { t } from '../../i18n';
import * as mfm from 'mfm-js';
import type { ReactNode } from 'react';
import type { EmojiUrls } from './customEmoji';
import { fitsScale, fnEffect } from './fnEffect';
import { mfmLimits } from './limits';
import { CustomEmoji } from './MfmEmoji';
import { Twemoji } from '../emoji';
import { MfmHashtag, MfmMention, MfmSearch, MfmUrl, SafeAnchor } from './MfmInteractive';
import { splitRuby } from './ruby';
import { formatUnixtime, parseUnixtime } from './unixtime';
import { safeWebUrl } from '../../lib/safeUrl';

/** Shared by one text's whole render: where emoji come from, and the node budget left. */
export interface RenderContext {
  emojis: EmojiUrls | undefined;
  serverEmojis: EmojiUrls | undefined;
  /** The author's server (null: ours), for mentions and emoji written without one. */
  host: string | null;
  budget: { left: number };
}

/** Per branch of the tree. */
interface Branch {
  depth: number;
  /** Product of the font and transform scales above. */
  scale: number;
  /** Inside a link label: no nested interactive elements. */
  inLink: boolean;
}

export const rootBranch: Branch = { depth: 0, scale: 1, inLink: false };

export const newRenderContext = (emojis: EmojiUrls | undefined, host: string | null, serverEmojis: EmojiUrls | undefined): RenderContext => ({
  emojis,
  serverEmojis,
  host,
  budget: { left: mfmLimits.maxNodes },
});

/** Nodes into React children; past the node budget the rest is its MFM source, as text. */
export function renderNodes(nodes: readonly mfm.MfmNode[], ctx: RenderContext, branch: Branch): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (ctx.budget.left <= 0) {
      out.push(mfm.toString(nodes.slice(i)));
      break;
    }
    out.push(renderNode(nodes[i]!, ctx, branch, i));
  }
  return out;
}

function renderNode(node: mfm.MfmNode, ctx: RenderContext, branch: Branch, key: number): ReactNode {
  ctx.budget.left--;
  if (branch.depth >= mfmLimits.maxRenderDepth) return mfm.toString(node);
  const inner: Branch = { ...branch, depth: branch.depth + 1 };
  const children = () => renderNodes(node.children ?? [], ctx, inner);
  switch (node.type) {
    case 'text':
      return node.props.text;
    case 'plain':
      return <span key={key} className="mfm-plain">{node.children.map((c) => c.props.text).join('')}</span>;
    case 'bold':
      return <b key={key}>{children()}</b>;
    case 'italic':
      return <i key={key}>{children()}</i>;
    case 'strike':
      return <del key={key}>{children()}</del>;
    case 'small':
      return <small key={key} className="mfm-small">{children()}</small>;
    case 'center':
      return <div key={key} className="mfm-center">{children()}</div>;
    case 'quote':
      return <blockquote key={key} className="mfm-quote">{children()}</blockquote>;
    case 'inlineCode':
      return <code key={key} className="mfm-inline-code">{node.props.code}</code>;
    case 'blockCode':
      return (
        <div key={key} className="mfm-code-block">
          {node.props.lang && <span className="mfm-code-lang">{node.props.lang}</span>}
          <pre>
            <code data-lang={node.props.lang ?? undefined}>{node.props.code}</code>
          </pre>
        </div>
      );
    case 'mathInline':
      return <code key={key} className="mfm-math mfm-math-inline" title={t('mfm.tex')}>{node.props.formula}</code>;
    case 'mathBlock':
      return (
        <pre key={key} className="mfm-math mfm-math-block" title={t('mfm.tex')}>
          <code>{node.props.formula}</code>
        </pre>
      );
    case 'mention':
      return (
        <MfmMention
          key={key}
          acct={node.props.acct}
          username={node.props.username}
          host={node.props.host ?? ctx.host}
          inert={branch.inLink}
        />
      );
    case 'hashtag':
      return <MfmHashtag key={key} tag={node.props.hashtag} inert={branch.inLink} />;
    case 'url':
      return <MfmUrl key={key} url={node.props.url} inert={branch.inLink} />;
    case 'link': {
      const href = safeWebUrl(node.props.url);
      if (!href || branch.inLink) return mfm.toString(node);
      const label = renderNodes(node.children, ctx, { ...inner, inLink: true });
      return (
        <SafeAnchor key={key} className={node.props.silent ? 'mfm-link mfm-link-silent' : 'mfm-link'} href={href} title={href}>
          {label}
        </SafeAnchor>
      );
    }
    case 'search':
      return <MfmSearch key={key} query={node.props.query} />;
    case 'unicodeEmoji':
      return <Twemoji key={key} emoji={node.props.emoji} />;
    case 'emojiCode':
      return <CustomEmoji key={key} name={node.props.name} emojis={ctx.emojis} host={ctx.host} serverEmojis={ctx.serverEmojis} />;
    case 'fn':
      return renderFn(node, ctx, inner, key);
    default:
      return mfm.toString(node as mfm.MfmNode);
  }
}

function renderFn(node: mfm.MfmFn, ctx: RenderContext, inner: Branch, key: number): ReactNode {
  const result = fnEffect(node.props.name, node.props.args);
  switch (result.kind) {
    case 'none':
      return <span key={key}>{renderNodes(node.children, ctx, inner)}</span>;
    case 'ruby': {
      const ruby = splitRuby(node.children);
      if (!ruby) return <span key={key}>{renderNodes(node.children, ctx, inner)}</span>;
      return (
        <ruby key={key} className="mfm-ruby">
          {renderNodes(ruby.base, ctx, inner)}
          <rp>(</rp>
          <rt>{ruby.reading}</rt>
          <rp>)</rp>
        </ruby>
      );
    }
    case 'unixtime': {
      const source = mfm.toString(node.children);
      const date = node.children.every((c) => c.type === 'text') ? parseUnixtime(source) : null;
      if (!date) return <span key={key}>{renderNodes(node.children, ctx, inner)}</span>;
      return (
        <time key={key} className="mfm-unixtime" dateTime={date.toISOString()} title={date.toISOString()}>
          {formatUnixtime(date)}
        </time>
      );
    }
    case 'effect': {
      const { effect } = result;
      // Past the cumulative bound a scaling effect no longer applies (x4 in x4 in x4 … stays put).
      if (effect.scale && !fitsScale(inner.scale, effect.scale)) {
        return <span key={key}>{renderNodes(node.children, ctx, inner)}</span>;
      }
      const branch = effect.scale ? { ...inner, scale: inner.scale * effect.scale } : inner;
      return (
        <span key={key} className={`mfm-fn ${effect.className}`} style={effect.style}>
          {renderNodes(node.children, ctx, branch)}
        </span>
      );
    }
  }
}
