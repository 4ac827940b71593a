import type { Note } from '../../shared/model/note';

/** How many note ids a column keeps in memory (newest first) while its reader is near the top. */
export const columnWindow = 500;
/** How far "load older" may grow a column; scrolling back to the top trims it to `columnWindow`. */
export const columnMaxWindow = 1500;

/** The limit for merging newer items into a column that holds `held`: keep what the reader loaded, within bounds. */
export const liveLimit = (held: number): number => Math.min(columnMaxWindow, Math.max(columnWindow, held));

type Dated = Pick<Note, 'id' | 'createdAt'>;

/** Newest first: by createdAt, then by id (Misskey ids sort by time too). */
export function compareNewestFirst(a: Dated, b: Dated): number {
  const ta = Date.parse(a.createdAt);
  const tb = Date.parse(b.createdAt);
  if (ta !== tb) return (Number.isNaN(tb) ? 0 : tb) - (Number.isNaN(ta) ? 0 : ta);
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Merge incoming notes into a column's ordered id list: never a duplicate, newest first,
 * at most `limit` ids (the oldest fall off). `lookup` gives the notes already held.
 */
export function mergeNoteIds(
  existing: readonly string[],
  incoming: readonly Dated[],
  lookup: (id: string) => Dated | undefined,
  limit = columnWindow,
): string[] {
  const byId = new Map<string, Dated>();
  for (const id of existing) {
    const note = lookup(id);
    if (note) byId.set(id, note);
  }
  for (const note of incoming) byId.set(note.id, note);
  const merged = [...byId.values()].sort(compareNewestFirst).map((n) => n.id);
  return merged.length > limit ? merged.slice(0, limit) : merged;
}

/** Ids no column refers to any more, so their notes can be dropped. */
export function unreferencedIds(candidates: Iterable<string>, columns: Record<string, readonly string[]>): string[] {
  const referenced = new Set<string>();
  for (const ids of Object.values(columns)) for (const id of ids) referenced.add(id);
  const out: string[] = [];
  for (const id of candidates) if (!referenced.has(id)) out.push(id);
  return out;
}
