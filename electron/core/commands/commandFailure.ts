import type { CommandError, ErrorCode } from '../../../shared/contract/result';

/** Thrown inside the core; the command router turns it into a `{ ok: false, error }` envelope. */
export class CommandFailure extends Error {
  readonly error: CommandError;

  constructor(code: ErrorCode, message: string, extra: Omit<CommandError, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'CommandFailure';
    this.error = { code, message, ...extra };
  }
}
