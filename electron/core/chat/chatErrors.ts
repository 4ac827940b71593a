import { coreMessage } from '../../../shared/messages/coreMessage';
import type { PlainCoreMessageKey } from '../../../shared/messages/coreText';
import { CommandFailure } from '../commands/commandFailure';
import { rethrowExplained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_ROOM: 'chatNoSuchRoom',
  NO_SUCH_MESSAGE: 'chatNoSuchMessage',
  RECIPIENT_IS_YOURSELF: 'chatYourself',
  CONTENT_REQUIRED: 'chatContentRequired',
  NO_SUCH_USER: 'noSuchUser',
};

/** Misskey's chat refuses many things with a plain Error (500 INTERNAL_ERROR); its message is the only reason given. */
const refusals: readonly [RegExp, PlainCoreMessageKey][] = [
  [/^recipient is cannot chat/, 'chatRecipientRefuses'],
  [/^blocked$/, 'chatBlocked'],
  [/not a member of the room/, 'chatNotMember'],
  [/^already invited/, 'chatAlreadyInvited'],
  [/MiChatRoomInvitation/, 'chatNoInvitation'],
  [/cannot react to own message/, 'chatOwnMessageReaction'],
];

/** Rethrows a chat request's failure with a sentence the user can act on. */
export function rethrowChat(failure: unknown): never {
  if (failure instanceof CommandFailure) {
    const { code, serverReason, misskeyCode } = failure.error;
    const extra = misskeyCode === undefined ? {} : { misskeyCode };
    if (code === 'PERMISSION_DENIED') throw new CommandFailure(code, coreMessage('chatNotPermitted'), extra);
    if (serverReason !== undefined && misskeyCode === 'INTERNAL_ERROR') {
      const known = refusals.find(([pattern]) => pattern.test(serverReason));
      throw new CommandFailure('MISSKEY_ERROR', known ? coreMessage(known[1]) : coreMessage('chatServerRefused', { reason: serverReason }), { ...extra, serverReason });
    }
  }
  return rethrowExplained(failure, wording);
}

export async function chatRequest<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (failure) {
    return rethrowChat(failure);
  }
}
