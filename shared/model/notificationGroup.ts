import type { Notification } from './notification';

// Misskey's i/notifications-grouped merges CONSECUTIVE notifications of the same type on the same note:
// `reaction:grouped` {note, reactions[{user, reaction}]} and `renote:grouped` {note = newest renote, users[]}; the
// group keeps its oldest member's id (reading/i-notifications-grouped.json). A live notification that continues the
// newest row is merged the same way, so the row reads as it would after a reload.

type Loose = Record<string, unknown>;
type NoteRef = { id?: unknown; renoteId?: unknown; renote?: { id?: unknown } | null };

const obj = (value: unknown): Loose | null => (typeof value === 'object' && value !== null ? (value as Loose) : null);
const idOf = (value: unknown): string | null => {
  const id = obj(value)?.id;
  return typeof id === 'string' ? id : null;
};

/** What a notification groups by: `reaction:<note>` / `renote:<renoted note>`, or null when it never groups. */
export function groupKey(notification: Notification): string | null {
  const n = notification as unknown as Loose;
  const note = obj(n.note) as NoteRef | null;
  switch (n.type) {
    case 'reaction':
    case 'reaction:grouped': {
      const id = idOf(note);
      return id ? `reaction:${id}` : null;
    }
    case 'renote':
    case 'renote:grouped': {
      const target = typeof note?.renoteId === 'string' ? note.renoteId : idOf(note?.renote);
      return target ? `renote:${target}` : null;
    }
    default:
      return null;
  }
}

/** The people in a row, as Misskey lists them (newest first). */
function reactionsOf(row: Loose): { user: unknown; reaction: unknown }[] {
  if (row.type === 'reaction:grouped') return Array.isArray(row.reactions) ? (row.reactions as { user: unknown; reaction: unknown }[]) : [];
  return [{ user: row.user, reaction: row.reaction }];
}
function usersOf(row: Loose): unknown[] {
  if (row.type === 'renote:grouped') return Array.isArray(row.users) ? row.users : [];
  return [row.user];
}

export type MergeOutcome =
  /** Not the same type on the same note (or older than the row): the notification is a row of its own. */
  | { kind: 'separate' }
  /** Already one of the row's people (a backfill fetching what the grouped page held): nothing changes. */
  | { kind: 'known' }
  | { kind: 'merged'; row: Notification };

/**
 * Merge a single notification into the row above it when Misskey would have grouped them: same type, same note,
 * and it is newer. The row keeps its id (the oldest member's) and takes the newest createdAt.
 * A person already in the row with the same reaction (or, for renotes, already among the renoters) is `known`.
 */
export function mergeIntoRow(row: Notification, incoming: Notification): MergeOutcome {
  const r = row as unknown as Loose;
  const n = incoming as unknown as Loose;
  if (n.type !== 'reaction' && n.type !== 'renote') return { kind: 'separate' };
  const key = groupKey(incoming);
  if (key === null || key !== groupKey(row)) return { kind: 'separate' };
  const userId = idOf(n.user) ?? (typeof n.userId === 'string' ? n.userId : null);
  if (n.type === 'reaction') {
    const reactions = reactionsOf(r);
    if (reactions.some((entry) => idOf(entry.user) === userId && entry.reaction === n.reaction)) return { kind: 'known' };
    if (String(n.createdAt) < String(r.createdAt)) return { kind: 'separate' };
    const merged = { id: r.id, createdAt: n.createdAt, type: 'reaction:grouped', note: n.note ?? r.note, reactions: [{ user: n.user, reaction: n.reaction }, ...reactions] };
    return { kind: 'merged', row: merged as unknown as Notification };
  }
  const users = usersOf(r);
  if (users.some((user) => idOf(user) === userId) || idOf(n.note) === idOf(r.note)) return { kind: 'known' };
  if (String(n.createdAt) < String(r.createdAt)) return { kind: 'separate' };
  const merged = { id: r.id, createdAt: n.createdAt, type: 'renote:grouped', note: n.note, users: [n.user, ...users] };
  return { kind: 'merged', row: merged as unknown as Notification };
}
