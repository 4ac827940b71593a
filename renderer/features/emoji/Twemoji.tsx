import { memo } from 'react';
import { splitTwemoji, twemojiFileSrc, twemojiSrc } from './twemoji';
import './emoji.css';

interface ImageProps {
  /** Off-screen in a long scrolling list (the picker): load when scrolled near. */
  lazy?: boolean;
}

/**
 * One unicode emoji as its bundled image, the emoji itself as alt text (copied with a selection and
 * read by screen readers); as text when the set has no image for it. A fixed em box: no layout shift.
 */
export const Twemoji = memo(function Twemoji({ emoji, lazy }: { emoji: string } & ImageProps) {
  const src = twemojiSrc(emoji);
  if (!src) return <span className="twemoji-text">{emoji}</span>;
  return <TwemojiImage emoji={emoji} src={src} lazy={lazy} />;
});

/** Text with every unicode emoji in it as its image (names, excerpts, reactions outside MFM). */
export const EmojiText = memo(function EmojiText({ text, lazy }: { text: string } & ImageProps) {
  return splitTwemoji(text).map((s, i) => (typeof s === 'string' ? s : <TwemojiImage key={i} emoji={s.emoji} src={twemojiFileSrc(s.file)} lazy={lazy} />));
});

function TwemojiImage({ emoji, src, lazy }: { emoji: string; src: string } & ImageProps) {
  return <img className="twemoji" src={src} alt={emoji} draggable={false} decoding="async" loading={lazy ? 'lazy' : undefined} />;
}
