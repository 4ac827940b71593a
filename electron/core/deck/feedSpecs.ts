import type { ColumnView } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { PlainCoreMessageKey } from '../../../shared/messages/coreText';
import { CommandFailure } from '../commands/commandFailure';

/** How a note column stays current after its first page. */
export type LiveSource =
  | { kind: 'channel'; channel: string; params: Record<string, unknown> }
  /**
   * Notes that arrive as events of the account's `main` channel (mentions, direct notes, replies to
   * the viewer). `pollIntervalMs`: also ask for newer notes on a timer, for what the channel misses.
   */
  | { kind: 'main'; event: 'mention' | 'reply'; accept: (note: Note) => boolean; pollIntervalMs?: number }
  /**
   * Nothing streams these (search, a user's notes): ask for newer notes on a timer. `latestOnly`:
   * re-read the first page instead (clips and favourites gain old notes, so `sinceId` cannot find them).
   */
  | { kind: 'poll'; intervalMs: number; latestOnly?: boolean };

export interface NoteFeedSpec {
  /** REST endpoint paging the column: `untilId` older (newest first), `sinceId` newer (oldest first). */
  endpoint: string;
  params: Record<string, unknown>;
  live: LiveSource;
  /** Applied to every note, from REST and stream alike. */
  keep: (note: Note) => boolean;
  /**
   * For endpoints that answer wrapped notes paged by their own ids (`i/favorites`): the note and
   * the id to page by. Without it, the answer is notes paged by note id.
   */
  unwrap?: (item: unknown) => { note: Note; cursor: string } | null;
}

const pollIntervalMs = 30_000;
/** A thread's replies: no stream carries replies to others' notes (Misskey has no `replied` note event), so poll them sooner. */
const threadPollIntervalMs = 10_000;

const flag = (column: ColumnView, name: string, fallback: boolean): boolean =>
  typeof column.params[name] === 'boolean' ? (column.params[name] as boolean) : fallback;

/** A column param the kind cannot do without; `missing` says so. */
function required(column: ColumnView, name: string, missing: PlainCoreMessageKey): string {
  const value = column.params[name];
  if (typeof value !== 'string' || value === '') throw new CommandFailure('INVALID_INPUT', coreMessage(missing));
  return value;
}

const isPureRenote = (note: Note) => note.renoteId != null && !note.text && !note.cw && (note.fileIds?.length ?? 0) === 0 && !note.poll;
const hasFiles = (note: Note) => (note.files?.length ?? 0) > 0 || (note.renote?.files?.length ?? 0) > 0;

/**
 * The per-column options that hold for every kind: renotes, files only. (`hideSensitive` folds notes
 * in the renderer, as Misskey's web client does, rather than dropping them here.)
 */
function keepFor(column: ColumnView): (note: Note) => boolean {
  const withRenotes = flag(column, 'withRenotes', true);
  const filesOnly = flag(column, 'withFiles', false);
  return (note) => (withRenotes || !isPureRenote(note)) && (!filesOnly || hasFiles(note));
}

/** An `i/favorites` item: `{ id (the favourite's, for paging), createdAt, noteId, note }`. */
function unwrapFavorite(item: unknown): { note: Note; cursor: string } | null {
  if (typeof item !== 'object' || item === null) return null;
  const { id, note } = item as { id?: unknown; note?: unknown };
  if (typeof id !== 'string' || typeof note !== 'object' || note === null) return null;
  const candidate = note as Note;
  return typeof candidate.id === 'string' && typeof candidate.createdAt === 'string' ? { note: candidate, cursor: id } : null;
}

/** What each note column kind asks of the server. */
export function noteFeedSpec(column: ColumnView): NoteFeedSpec {
  const withRenotes = flag(column, 'withRenotes', true);
  const withReplies = flag(column, 'withReplies', false);
  const withFiles = flag(column, 'withFiles', false);
  const keep = keepFor(column);
  const timeline = (endpoint: string, channel: string, options: Record<string, unknown>): NoteFeedSpec => ({
    endpoint,
    params: options,
    live: { kind: 'channel', channel, params: options },
    keep,
  });
  switch (column.kind) {
    case 'home':
      return timeline('notes/timeline', 'homeTimeline', { withRenotes, withFiles });
    case 'local':
      return timeline('notes/local-timeline', 'localTimeline', { withRenotes, withReplies, withFiles });
    case 'social':
      return timeline('notes/hybrid-timeline', 'hybridTimeline', { withRenotes, withReplies, withFiles });
    case 'global':
      return timeline('notes/global-timeline', 'globalTimeline', { withRenotes, withFiles });
    case 'list': {
      const listId = required(column, 'listId', 'listColumnNeedsList');
      return { endpoint: 'notes/user-list-timeline', params: { listId, withRenotes, withFiles }, live: { kind: 'channel', channel: 'userList', params: { listId, withFiles, withRenotes } }, keep };
    }
    case 'antenna': {
      const antennaId = required(column, 'antennaId', 'antennaColumnNeedsAntenna');
      return { endpoint: 'antennas/notes', params: { antennaId }, live: { kind: 'channel', channel: 'antenna', params: { antennaId } }, keep };
    }
    case 'channel': {
      const channelId = required(column, 'channelId', 'channelColumnNeedsChannel');
      return { endpoint: 'channels/timeline', params: { channelId }, live: { kind: 'channel', channel: 'channel', params: { channelId } }, keep };
    }
    case 'role': {
      const roleId = required(column, 'roleId', 'roleColumnNeedsRole');
      return { endpoint: 'roles/notes', params: { roleId }, live: { kind: 'channel', channel: 'roleTimeline', params: { roleId } }, keep };
    }
    case 'hashtag': {
      const tag = required(column, 'tag', 'hashtagColumnNeedsTag').replace(/^#/, '');
      return { endpoint: 'notes/search-by-tag', params: { tag }, live: { kind: 'channel', channel: 'hashtag', params: { q: [[tag]] } }, keep };
    }
    case 'mentions':
      return { endpoint: 'notes/mentions', params: {}, live: { kind: 'main', event: 'mention', accept: () => true }, keep };
    case 'direct':
      return { endpoint: 'notes/mentions', params: { visibility: 'specified' }, live: { kind: 'main', event: 'mention', accept: (note) => note.visibility === 'specified' }, keep };
    case 'user': {
      const userId = required(column, 'userId', 'userColumnNeedsUser');
      return { endpoint: 'users/notes', params: { userId, withRenotes, withReplies, withFiles }, live: { kind: 'poll', intervalMs: pollIntervalMs }, keep };
    }
    case 'search': {
      const query = required(column, 'query', 'searchColumnNeedsQuery');
      return { endpoint: 'notes/search', params: { query }, live: { kind: 'poll', intervalMs: pollIntervalMs }, keep };
    }
    case 'thread': {
      // Replies and quotes of the note; replies to the viewer's own notes come at once on `main`.
      const noteId = required(column, 'noteId', 'threadColumnNeedsNote');
      return { endpoint: 'notes/children', params: { noteId }, live: { kind: 'main', event: 'reply', accept: (note) => note.replyId === noteId, pollIntervalMs: threadPollIntervalMs }, keep };
    }
    case 'clip': {
      const clipId = required(column, 'clipId', 'clipColumnNeedsClip');
      return { endpoint: 'clips/notes', params: { clipId }, live: { kind: 'poll', intervalMs: pollIntervalMs, latestOnly: true }, keep };
    }
    case 'favorites':
      return { endpoint: 'i/favorites', params: {}, live: { kind: 'poll', intervalMs: pollIntervalMs, latestOnly: true }, keep, unwrap: unwrapFavorite };
    case 'notifications':
    case 'allNotifications':
    case 'chat':
      throw new CommandFailure('INVALID_INPUT', coreMessage('notificationsNotNotes'));
  }
}
