import type { BridgeTransport } from '../../shared/contract/bridge';
import { commandChannel, eventChannel } from '../../shared/contract/channels';
import { isCommandName } from '../../shared/contract/commands';
import { isEventName, type EventName } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import { coreMessage } from '../../shared/messages/coreMessage';

/** The part of `ipcRenderer` the transport uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, message: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, message: unknown) => void): unknown;
}

type Listener = (name: EventName, payload: unknown) => void;

/**
 * The bridge transport over `ipcRenderer`: only contract channels, never a generic send.
 * One `ipcRenderer` listener feeds every subscriber, and the IPC event object (which reaches
 * `ipcRenderer` itself) never leaves the preload.
 */
export function createIpcTransport(ipcRenderer: IpcRendererLike): BridgeTransport {
  const listeners = new Set<Listener>();
  const onMessage = (_event: unknown, message: unknown) => {
    if (typeof message !== 'object' || message === null) return;
    const { name, payload } = message as { name?: unknown; payload?: unknown };
    if (!isEventName(name)) return;
    for (const listener of [...listeners]) {
      try {
        listener(name, payload);
      } catch (error) {
        console.error('[preload] event listener failed', error);
      }
    }
  };
  return {
    invoke(name, input) {
      if (!isCommandName(name)) {
        return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_COMMAND', ...coreMessage('unknownCommand', { command: String(name).slice(0, 80) }) } });
      }
      return ipcRenderer.invoke(commandChannel(name), input) as Promise<Result<unknown>>;
    },
    listen(listener) {
      if (listeners.size === 0) ipcRenderer.on(eventChannel, onMessage);
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) ipcRenderer.removeListener(eventChannel, onMessage);
      };
    },
  };
}
