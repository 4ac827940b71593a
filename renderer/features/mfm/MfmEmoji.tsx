import { useContext } from 'react';
import { customEmojiUrl, parseReaction, reactionEmojiUrl, type EmojiUrls } from './customEmoji';
import { capCombiningMarks } from '../../lib/combiningMarks';
import { MfmServerEmojisContext } from './MfmContext';
import { EmojiText } from '../emoji';

// Not loading="lazy": rows are virtualised, so every emoji mounted is near the view anyway, and a
// lazy image costs Chromium about twice as much to create (measured), in every row of a flood.

/** `:name:` as an image when its URL is known and http(s), else as the literal text. */
export function CustomEmoji({ name, emojis, host, serverEmojis }: { name: string; emojis?: EmojiUrls; host: string | null; serverEmojis?: EmojiUrls }) {
  const fromContext = useContext(MfmServerEmojisContext);
  const url = customEmojiUrl(name, emojis, host, serverEmojis ?? fromContext);
  const code = `:${name}:`;
  if (!url) return <span className="mfm-emoji-text">{code}</span>;
  return <img className="mfm-emoji" src={url} alt={code} title={code} draggable={false} decoding="async" />;
}

/** A reaction key (`❤`, `:name:`, `:name@host:`, `:name@.:`) as an emoji image or text. */
export function ReactionEmoji({ reaction, reactionEmojis, serverEmojis }: { reaction: string; reactionEmojis?: EmojiUrls; serverEmojis?: EmojiUrls }) {
  const fromContext = useContext(MfmServerEmojisContext);
  const parsed = parseReaction(reaction);
  if (parsed.kind === 'unicode') {
    return (
      <span className="mfm-unicode-emoji">
        <EmojiText text={capCombiningMarks(parsed.text)} />
      </span>
    );
  }
  const url = reactionEmojiUrl(parsed, reactionEmojis, serverEmojis ?? fromContext);
  const code = parsed.host ? `:${parsed.name}@${parsed.host}:` : `:${parsed.name}:`;
  if (!url) return <span className="mfm-emoji-text">{code}</span>;
  return <img className="mfm-emoji" src={url} alt={code} title={code} draggable={false} decoding="async" />;
}
