import type { Note } from './note';
import type { NotificationItem } from './notification';

/**
 * Where a reader had scrolled to in a column: `heldKey` is the newest row shown when they left the
 * top (newer rows wait behind "N new"), `anchorKey` the row at the top of the view and `above` how
 * far its top was scrolled past, in pixels. No position means the top.
 */
export interface ReadingPosition {
  heldKey: string;
  anchorKey: string;
  above: number;
}

/** What a column showed when the app last ran, kept by the core so a start paints before any request. */
export interface CachedColumnView {
  notes: Note[];
  notifications: NotificationItem[];
  position: ReadingPosition | null;
  /** The core is still filling in what came after the cached items (as after a reconnect). */
  updating: boolean;
  /** Ranges the catch-up could not fill, as `gap` items would have said. */
  gaps: { sinceId: string; untilId: string }[];
}
