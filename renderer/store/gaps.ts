/** Notes a reconnect could not fill in, between two ids of a column (`timeline.batch` `gap`). */
export interface GapMarker {
  sinceId: string;
  untilId: string;
  loading: boolean;
  error: string | null;
}

export const gapKey = (gap: Pick<GapMarker, 'sinceId' | 'untilId'>): string => `gap:${gap.sinceId}:${gap.untilId}`;

/** A row of a note column: a note id, or a gap marker where missing notes belong. */
export type ColumnRow = { kind: 'note'; id: string } | { kind: 'gap'; gap: GapMarker; key: string };

/**
 * Misskey ids sort by time within a server (aid, aidx, meid, ulid, objectid are fixed-length per
 * server), so a gap belongs right before the first note no newer than its `sinceId`.
 */
const notNewerThan = (id: string, sinceId: string): boolean =>
  id.length === sinceId.length ? id <= sinceId : id.length < sinceId.length;

/** The column's rows, newest first, each gap before the first note at or older than its lower end. */
export function rowsWithGaps(ids: readonly string[], gaps: readonly GapMarker[]): ColumnRow[] {
  if (gaps.length === 0) return ids.map((id) => ({ kind: 'note', id }));
  const pending = [...gaps].sort((a, b) => (notNewerThan(a.sinceId, b.sinceId) ? (a.sinceId === b.sinceId ? 0 : 1) : -1));
  const rows: ColumnRow[] = [];
  let g = 0;
  for (const id of ids) {
    while (g < pending.length && notNewerThan(id, pending[g]!.sinceId)) {
      const gap = pending[g++]!;
      rows.push({ kind: 'gap', gap, key: gapKey(gap) });
    }
    rows.push({ kind: 'note', id });
  }
  while (g < pending.length) {
    const gap = pending[g++]!;
    rows.push({ kind: 'gap', gap, key: gapKey(gap) });
  }
  return rows;
}

/** Adds a gap once (the same range twice is one marker). */
export function addGap(gaps: readonly GapMarker[] | undefined, sinceId: string, untilId: string): GapMarker[] {
  const list = gaps ?? [];
  if (list.some((g) => g.sinceId === sinceId && g.untilId === untilId)) return [...list];
  return [...list, { sinceId, untilId, loading: false, error: null }];
}
