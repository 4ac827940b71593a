export { EmojiText, Twemoji } from './Twemoji';
export { twemojiSrc } from './twemoji';
