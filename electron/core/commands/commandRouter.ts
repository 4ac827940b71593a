import { commands, isCommandName, type CommandName, type CommandOutput, type ValidCommandInput } from '../../../shared/contract/commands';
import { fail, ok, type Result } from '../../../shared/contract/result';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { Logger } from '../platform';
import { CommandFailure } from './commandFailure';

export type CommandHandlers = {
  [N in CommandName]: (input: ValidCommandInput<N>) => Promise<CommandOutput<N>> | CommandOutput<N>;
};

/** Validates input against the contract, runs the handler, and answers with an envelope; never throws. */
export function createCommandRouter(handlers: CommandHandlers, logger: Logger) {
  return async function dispatch(name: string, input: unknown): Promise<Result<unknown>> {
    if (!isCommandName(name)) return fail({ code: 'UNKNOWN_COMMAND', ...coreMessage('unknownCommand', { command: String(name).slice(0, 80) }) });
    const parsed = commands[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      // zod's own wording: these are a programming error in the renderer, not something a person fixes.
      const detail = first?.message ?? 'rejected';
      const text = first?.path.length
        ? coreMessage('invalidInputAt', { command: name, path: first.path.join('.'), detail })
        : coreMessage('invalidInput', { command: name, detail });
      return fail({ code: 'INVALID_INPUT', ...text });
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof CommandFailure) return fail(error.error);
      logger.error('command failed unexpectedly', { name, error: error instanceof Error ? error.stack : String(error) });
      return fail({ code: 'INTERNAL', ...coreMessage('internalError') });
    }
  };
}
