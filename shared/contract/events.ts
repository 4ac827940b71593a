import type { AccountView, SignInAttemptView } from '../model/account';
import type { AppStatus } from '../model/appStatus';
import type { ColumnView, ConnectionState } from '../model/column';
import type { Note } from '../model/note';

/** What the core streams to the renderer, batched: never one message per note under load. */
export type TimelineItem =
  | { type: 'notes'; columnId: string; notes: Note[] }
  | { type: 'connection'; accountId: string; state: ConnectionState; retryInMs?: number };

/** Every event main may push to the renderer, with its payload. */
export interface Events {
  'app.statusChanged': AppStatus;
  'accounts.changed': { accounts: AccountView[] };
  'accounts.signInProgress': SignInAttemptView;
  'deck.changed': { columns: ColumnView[] };
  'timeline.batch': { items: TimelineItem[] };
}

export type EventName = keyof Events;
export const eventNames: readonly EventName[] = [
  'app.statusChanged',
  'accounts.changed',
  'accounts.signInProgress',
  'deck.changed',
  'timeline.batch',
];
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (eventNames as readonly string[]).includes(name);
