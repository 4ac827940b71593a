import type { MissDeckApi } from '../../../shared/contract/bridge';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract/commands';
import type { EventName, Events } from '../../../shared/contract/events';
import type { Result } from '../../../shared/contract/result';
import type { AccountView } from '../../../shared/model/account';
import type { BridgeConnection } from '../../bridge';
import type { TransportStatus } from '../../bridge/transportStatus';

export type FakeHandlers = {
  [N in CommandName]?: (input: CommandInput<N>) => Result<CommandOutput<N>> | Promise<Result<CommandOutput<N>>>;
};

/** A bridge for store tests: answers from `handlers` (else `{ ok: true, value: null }`), records calls, emits events. */
export function fakeBridge(handlers: FakeHandlers = {}) {
  const calls: { name: CommandName; input: unknown }[] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let status: TransportStatus = { state: 'connected' };
  const statusListeners = new Set<(status: TransportStatus) => void>();

  const commands = new Proxy(
    {},
    {
      get: (_t, name: CommandName) => async (input: unknown) => {
        calls.push({ name, input });
        const handler = handlers[name] as ((input: unknown) => unknown) | undefined;
        return handler ? handler(input) : { ok: true, value: null };
      },
    },
  ) as MissDeckApi['commands'];

  const api: MissDeckApi = {
    commands,
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };

  const connection: BridgeConnection = {
    api,
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
  };

  return {
    api,
    connection,
    calls,
    callsOf: (name: CommandName) => calls.filter((c) => c.name === name).map((c) => c.input),
    emit<E extends EventName>(name: E, payload: Events[E]) {
      for (const listener of listeners.get(name) ?? []) (listener as (p: Events[E]) => void)(payload);
    },
    setStatus(next: TransportStatus) {
      status = next;
      for (const listener of statusListeners) listener(next);
    },
  };
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** An account as core would describe it. */
export function account(id: string, patch: Partial<AccountView> = {}): AccountView {
  return {
    id,
    server: 'https://misskey.io',
    host: 'misskey.io',
    userId: `u-${id}`,
    username: id,
    name: null,
    avatarUrl: null,
    serverName: 'Misskey.io',
    serverIconUrl: null,
    serverVersion: '2025.1.0',
    serverThemeColor: null,
    isDefault: false,
    needsReauth: false,
    ...patch,
  };
}

/** Let pending promise callbacks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
