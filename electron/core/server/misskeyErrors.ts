import type { ErrorCode } from '../../../shared/contract/result';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { PlainCoreMessageKey } from '../../../shared/messages/coreText';
import { CommandFailure } from '../commands/commandFailure';

/** Misskey error codes (`error.code`) → the sentence the user reads instead of the server's terse one. */
export type Wording = Readonly<Record<string, PlainCoreMessageKey>>;

/** Misskey codes that mean "the thing is not there (any more)": the renderer may drop what it shows. */
const notFoundCodes = new Set(['NO_SUCH_NOTE', 'NO_SUCH_USER', 'NO_SUCH_FILE', 'NO_SUCH_OBJECT', 'NO_SUCH_CHANNEL', 'NO_SUCH_REPLY_TARGET', 'NO_SUCH_RENOTE_TARGET']);

export const isMisskeyError = (failure: unknown, ...codes: string[]): failure is CommandFailure =>
  failure instanceof CommandFailure && failure.error.misskeyCode !== undefined && codes.includes(failure.error.misskeyCode);

/**
 * Rethrows `failure`: a Misskey error listed in `wording` as a CommandFailure with that sentence
 * (the Misskey code kept in `misskeyCode`), anything else unchanged.
 */
export function rethrowExplained(failure: unknown, wording: Wording): never {
  if (failure instanceof CommandFailure && failure.error.misskeyCode !== undefined && Object.hasOwn(wording, failure.error.misskeyCode)) {
    const misskeyCode = failure.error.misskeyCode;
    const code: ErrorCode = notFoundCodes.has(misskeyCode) ? 'NOT_FOUND' : failure.error.code;
    throw new CommandFailure(code, coreMessage(wording[misskeyCode]!), { misskeyCode });
  }
  throw failure;
}

/** Awaits a request, rewording its Misskey errors (see `rethrowExplained`). */
export async function explained<T>(request: Promise<T>, wording: Wording): Promise<T> {
  try {
    return await request;
  } catch (failure) {
    return rethrowExplained(failure, wording);
  }
}
