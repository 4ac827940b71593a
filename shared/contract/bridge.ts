import { commandNames, type CommandInput, type CommandName, type CommandOutput } from './commands';
import type { EventName, Events } from './events';
import { listenerOn } from './lazyBridge';
import type { Result } from './result';

/** How bridge calls travel: `ipcRenderer` in Electron's preload, a WebSocket in the host. */
export interface BridgeTransport {
  invoke(name: CommandName, input: unknown): Promise<Result<unknown>>;
  /** Listen to every event; returns a function that stops listening. */
  listen(listener: (name: EventName, payload: unknown) => void): () => void;
}

export type CommandFunctions = {
  [N in CommandName]: (input: CommandInput<N>) => Promise<Result<CommandOutput<N>>>;
};

export interface MissDeckApi {
  commands: CommandFunctions;
  on<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void;
}

/** One function per contract command and one subscription per event, over any transport. */
export function createBridge(transport: BridgeTransport): MissDeckApi {
  const functions: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const name of commandNames) {
    functions[name] = (input: unknown) => transport.invoke(name, input ?? {});
  }
  return { commands: functions as CommandFunctions, on: listenerOn(transport) };
}
