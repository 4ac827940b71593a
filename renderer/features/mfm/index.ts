export { Mfm, type MfmProps } from './Mfm';
export { MfmPlain, UserDisplayName } from './MfmPlain';
export { CustomEmoji, ReactionEmoji } from './MfmEmoji';
export { MfmActionsContext, MfmServerEmojisContext, type MfmActions } from './MfmContext';
export type { EmojiUrls } from './customEmoji';
export { serverReactionKey } from './customEmoji';
export { mfmLimits } from './limits';
