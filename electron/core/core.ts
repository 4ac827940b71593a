import type { EventName } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';

/** The whole app logic, independent of Electron: what main and the host wire up. */
export interface Core {
  /** Validates `input` against the contract, runs the command, and never throws. */
  dispatch(name: string, input: unknown): Promise<Result<unknown>>;
  /** Events for the renderer, already batched where it matters. */
  onEvent(listener: (name: EventName, payload: unknown) => void): () => void;
  /** A `missdeck://…` URL handed over by the OS (or the host's loopback callback). */
  handleAuthCallback(url: string): void;
  /** Loads stores and opens streams. */
  start(): Promise<void>;
  /** Closes sockets and timers. */
  dispose(): Promise<void>;
}
