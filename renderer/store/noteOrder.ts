import type { Note } from '../../shared/model/note';

/** How many note ids a column keeps in memory (newest first) while its reader is near the top. */
export const columnWindow = 500;
/** How far "load older" may grow a column; scrolling back to the top trims it to `columnWindow`. */
export const columnMaxWindow = 6000;

/** The limit for merging newer items into a column that holds `held`: keep what the reader loaded, within bounds. */
export const liveLimit = (held: number): number => Math.min(columnMaxWindow, Math.max(columnWindow, held));

type Dated = Pick<Note, 'id' | 'createdAt'>;

/** The sort time of a note: its createdAt in ms, an unreadable date counting as 0 (sorted last). */
const timeOf = (note: Dated): number => {
  const t = Date.parse(note.createdAt);
  return Number.isNaN(t) ? 0 : t;
};

/** Newest first by time, then by id (Misskey ids sort by time too). */
const compareKeys = (ta: number, ia: string, tb: number, ib: string): number => (ta !== tb ? tb - ta : ia < ib ? 1 : ia > ib ? -1 : 0);

/** Newest first: by createdAt, then by id (Misskey ids sort by time too). */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return compareKeys(timeOf(a), a.id, timeOf(b), b.id);
}

interface Keyed {
  id: string;
  t: number;
}

/**
 * Merge incoming notes into a column's ordered id list: never a duplicate, newest first,
 * at most `limit` ids (the oldest fall off). `lookup` gives the notes already held.
 *
 * `existing` is in this order already (it only ever comes from here), so the usual cases — live
 * notes newer than all held, an older page older than all held — are a concatenation, and the
 * rest a sort with each date parsed once: this runs for every column on every live batch.
 */
export function mergeNoteIds(
  existing: readonly string[],
  incoming: readonly Dated[],
  lookup: (id: string) => Dated | undefined,
  limit = columnWindow,
): string[] {
  // The incoming notes, once each (the last copy wins), newest first.
  const fresh = new Map<string, Keyed>();
  for (const note of incoming) fresh.set(note.id, { id: note.id, t: timeOf(note) });
  const add = [...fresh.values()].sort((a, b) => compareKeys(a.t, a.id, b.t, b.id));
  // The held ids that are still held (a note without its data is dropped) and not among the incoming.
  const kept: string[] = [];
  for (const id of existing) if (!fresh.has(id) && lookup(id)) kept.push(id);

  const cut = (ids: string[]) => (ids.length > limit ? ids.slice(0, limit) : ids);
  if (add.length === 0) return cut(kept);
  if (kept.length === 0) return cut(add.map((k) => k.id));
  const keyOf = (id: string): Keyed => ({ id, t: timeOf(lookup(id)!) });
  const newest = keyOf(kept[0]!);
  const oldest = keyOf(kept[kept.length - 1]!);
  const lastAdd = add[add.length - 1]!;
  const firstAdd = add[0]!;
  if (compareKeys(lastAdd.t, lastAdd.id, newest.t, newest.id) < 0) return cut([...add.map((k) => k.id), ...kept]);
  if (compareKeys(firstAdd.t, firstAdd.id, oldest.t, oldest.id) > 0) return cut([...kept, ...add.map((k) => k.id)]);
  // In between: merge the two sorted lists.
  const out: string[] = [];
  let i = 0;
  let j = 0;
  let held: Keyed | null = null;
  while (i < kept.length && j < add.length && out.length < limit) {
    held ??= keyOf(kept[i]!);
    const next = add[j]!;
    if (compareKeys(next.t, next.id, held.t, held.id) < 0) {
      out.push(next.id);
      j++;
    } else {
      out.push(held.id);
      held = null;
      i++;
    }
  }
  while (i < kept.length && out.length < limit) out.push(kept[i++]!);
  while (j < add.length && out.length < limit) out.push(add[j++]!.id);
  return out;
}
