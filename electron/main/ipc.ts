import { commandChannel, eventChannel } from '../../shared/contract/channels';
import { commandNames } from '../../shared/contract/commands';
import type { EventName, Events } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import { coreMessage } from '../../shared/messages/coreMessage';
import type { Core } from '../core/core';
import type { Logger } from '../core/platform';

/** The part of `ipcMain` the binding uses; `E` is Electron's `IpcMainInvokeEvent` in the app. */
export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, input: unknown) => Promise<Result<unknown>>): void;
  removeHandler(channel: string): void;
}

/**
 * One `ipcMain.handle` per contract command. A call from a frame that is not our page is refused
 * before the core sees it; the core validates the input and answers a `Result`; nothing throws across.
 * Returns a function that removes the handlers.
 */
export function bindCommands<E>(
  ipc: IpcMainLike<E>,
  core: Pick<Core, 'dispatch'>,
  isTrustedSender: (event: E) => boolean,
  logger: Logger,
): () => void {
  const channels = commandNames.map((name) => {
    const channel = commandChannel(name);
    ipc.handle(channel, async (event, input) => {
      let trusted: boolean;
      try {
        trusted = isTrustedSender(event);
      } catch {
        trusted = false;
      }
      if (!trusted) {
        logger.warn('refused a command from an untrusted sender', { command: name });
        return { ok: false, error: { code: 'PERMISSION_DENIED', ...coreMessage('untrustedCaller') } };
      }
      try {
        return await core.dispatch(name, input);
      } catch (error) {
        logger.error('command failed unexpectedly', { command: name, error: String(error) });
        return { ok: false, error: { code: 'INTERNAL', ...coreMessage('internalError') } };
      }
    });
    return channel;
  });
  return () => {
    for (const channel of channels) ipc.removeHandler(channel);
  };
}

/** The one message shape on the event channel. */
export interface EventMessage {
  name: EventName;
  payload: unknown;
}

/** A typed message for the event channel (main's own events, such as `app.menuCommand`). */
export const eventMessage = <E extends EventName>(name: E, payload: Events[E]): EventMessage => ({ name, payload });

/** Core events to the renderer, one channel, `{ name, payload }`. Returns a function that stops. */
export function forwardEvents(
  core: Pick<Core, 'onEvent'>,
  send: (channel: string, message: EventMessage) => void,
): () => void {
  return core.onEvent((name, payload) => send(eventChannel, { name, payload }));
}
