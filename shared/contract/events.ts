import type { CoreText } from '../messages/coreText';
import type { ChatEvent } from '../model/chat';
import type { AccountView, SignInAttemptView } from '../model/account';
import type { Announcement } from '../model/announcement';
import type { AppStatus } from '../model/appStatus';
import type { ColumnView, ConnectionState } from '../model/column';
import type { DecksView } from '../model/deck';
import type { Note } from '../model/note';
import type { AccountMutes } from '../model/mutes';
import type { NoteUpdate } from '../model/noteUpdate';
import type { NotificationItem } from '../model/notification';
import type { Settings } from '../model/settings';

/** What the core streams to the renderer, batched: never one message per note under load. */
export type TimelineItem =
  | { type: 'notes'; columnId: string; notes: Note[] }
  | { type: 'notifications'; columnId: string; items: NotificationItem[] }
  /** Notes a reconnect could not fill in: the renderer offers to load them (`timeline.load` with both ids). */
  | { type: 'gap'; columnId: string; sinceId: string; untilId: string }
  /** Notes taken out of a column that no stream tells about (a clip or favourites changed from MissDeck). */
  | { type: 'columnNotesRemoved'; columnId: string; noteIds: string[] }
  | { type: 'noteUpdated'; accountId: string; noteId: string; update: NoteUpdate }
  /** A channel the server did not accept (no `connected` ack), or accepted again. */
  | { type: 'columnState'; columnId: string; state: 'live' | 'refused' | 'polling'; reason?: CoreText }
  /** A column painted from the cache has caught up with its server (or tried to). */
  | { type: 'caughtUp'; columnId: string }
  | { type: 'unread'; accountId: string; unreadNotifications: number }
  | { type: 'connection'; accountId: string; state: ConnectionState; retryInMs?: number }
  /** An account's unread announcements (all of them: `unread`), a new one (`created`), or all read elsewhere. */
  | { type: 'announcements'; accountId: string; unread?: Announcement[]; created?: Announcement; allRead?: true }
  | { type: 'chat'; accountId: string; event: ChatEvent };

/** Things the app menu (Electron main) asks the renderer to do. */
export const appMenuCommands = ['newNote', 'openSettings', 'showShortcuts'] as const;
export type AppMenuCommand = (typeof appMenuCommands)[number];

/** Every event main may push to the renderer, with its payload. */
export interface Events {
  'app.statusChanged': AppStatus;
  'accounts.changed': { accounts: AccountView[] };
  'accounts.signInProgress': SignInAttemptView;
  'deck.changed': { columns: ColumnView[] };
  'timeline.batch': { items: TimelineItem[] };
  'drive.uploadProgress': { uploadId: string; loaded: number; total: number };
  /** A menu item was chosen that the renderer carries out. Sent by Electron main only (never by the core). */
  'app.menuCommand': { command: AppMenuCommand };
  'settings.changed': Settings;
  /** An account's mutes changed (here, on its server, or in another client). */
  'mutes.changed': AccountMutes;
  'decks.changed': DecksView;
}

export type EventName = keyof Events;
export const eventNames: readonly EventName[] = [
  'app.statusChanged',
  'accounts.changed',
  'accounts.signInProgress',
  'deck.changed',
  'timeline.batch',
  'drive.uploadProgress',
  'app.menuCommand',
  'settings.changed',
  'mutes.changed',
  'decks.changed',
];
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (eventNames as readonly string[]).includes(name);
