import type { BridgeTransport, CommandFunctions, MissDeckApi } from './bridge';
import type { EventName, Events } from './events';

/** `api.on` over a transport: one subscription per call, filtered to the event asked for. */
export function listenerOn(transport: BridgeTransport): MissDeckApi['on'] {
  return (name, listener) =>
    transport.listen((eventName: EventName, payload) => {
      if (eventName === name) listener(payload as Events[typeof name]);
    });
}

/** Every command is named `area.action`; other names (`then`, `toJSON`…) are not commands. */
const commandName = /^[A-Za-z]+\.[A-Za-z]+$/;

/**
 * `createBridge` without the list of command names: each command's function is made the first
 * time it is asked for. The page served by the host uses it, so it does not load the contract's
 * zod schemas (and build them on every start) only to learn the names; the core still checks
 * every name and input. Not for Electron's preload: contextBridge copies an object's own keys.
 */
export function createLazyBridge(transport: BridgeTransport): MissDeckApi {
  const made = new Map<string, (input: unknown) => ReturnType<BridgeTransport['invoke']>>();
  const commands = new Proxy({} as CommandFunctions, {
    get(_target, name) {
      if (typeof name !== 'string' || !commandName.test(name)) return undefined;
      let call = made.get(name);
      if (!call) made.set(name, (call = (input: unknown) => transport.invoke(name as never, input ?? {})));
      return call;
    },
  });
  return { commands, on: listenerOn(transport) };
}
