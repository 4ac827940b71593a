import type { CommandName } from './commands';

/** The one place IPC channel names are made. Everything of ours starts with this prefix. */
export const channelPrefix = 'missdeck:';
export const commandChannel = (name: CommandName): string => `${channelPrefix}command:${name}`;
export const eventChannel = `${channelPrefix}event`;

/** Frames of the host's loopback WebSocket, which carries the same contract as IPC. */
export type HostClientFrame =
  | { t: 'hello'; secret: string }
  | { t: 'call'; id: number; name: string; input: unknown };
export type HostServerFrame =
  | { t: 'ready' }
  | { t: 'result'; id: number; result: unknown }
  | { t: 'event'; name: string; payload: unknown }
  | { t: 'openUrl'; url: string };
export const hostRpcPath = '/rpc';
