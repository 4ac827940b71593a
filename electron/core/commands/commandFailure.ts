import type { CommandError, ErrorCode } from '../../../shared/contract/result';
import type { CoreText } from '../../../shared/messages/coreText';

/** Thrown inside the core; the command router turns it into a `{ ok: false, error }` envelope. */
export class CommandFailure extends Error {
  readonly error: CommandError;

  /** `text` comes from `coreMessage(key, params)`, so the renderer can show it in the user's language. */
  constructor(code: ErrorCode, text: CoreText, extra: Omit<CommandError, 'code' | keyof CoreText> = {}) {
    super(text.message);
    this.name = 'CommandFailure';
    this.error = { code, ...text, ...extra };
  }
}
