import type { BenchDeck, FloodResult } from './deck';
import type { BenchWindow } from './probe';

/** How many note ids a column keeps while its reader is at the top (renderer/store/noteOrder.ts `columnWindow`). */
const columnWindow = 500;

/**
 * Per column: the flood notes of its server that its window must hold (the newest `columnWindow`,
 * since older ones fall off), each exactly once. `lost_ever` counts flood notes the column never
 * held at all during the run (seen through the probe's store subscription).
 */
export async function checkColumns(deck: BenchDeck, results: FloodResult[], tracked: boolean) {
  const lines: string[] = [];
  let lost = 0;
  let doubled = 0;
  let lostEver = 0;
  for (const column of deck.columns) {
    const sent = results.find((r) => r.server === column.server)!.noteIds;
    const { held, seen } = await deck.page.evaluate(
      (id) => ({ held: (window as unknown as BenchWindow).__missdeckBench!.columnNoteIds(id), seen: (window as unknown as BenchWindow).__missdeckBench!.seenNoteIds(id) }),
      column.id,
    );
    const counts = new Map<string, number>();
    for (const id of held) counts.set(id, (counts.get(id) ?? 0) + 1);
    const doubles = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    const sentSet = new Set(sent);
    const floodHeld = held.filter((id) => sentSet.has(id));
    // The window keeps the newest max(columnWindow, held) notes; the flood's are the newest there are.
    const expected = sent.slice(-Math.min(sent.length, Math.max(columnWindow, held.length)));
    const heldSet = new Set(held);
    const missing = expected.filter((id) => !heldSet.has(id));
    const seenSet = new Set(seen);
    const neverSeen = tracked ? sent.filter((id) => !seenSet.has(id)) : [];
    lost += missing.length;
    doubled += doubles.length;
    lostEver += neverSeen.length;
    lines.push(
      `column ${column.kind}(${column.account}) ${column.id}: holds ${held.length} (${floodHeld.length} flood), expected newest ${expected.length} of ${sent.length} sent: lost=${missing.length} doubled=${doubles.length} never_held=${neverSeen.length}` +
        (missing.length > 0 ? ` lost_ids=${missing.slice(0, 10).join(',')}` : '') +
        (doubles.length > 0 ? ` doubled_ids=${doubles.slice(0, 10).join(',')}` : '') +
        (neverSeen.length > 0 ? ` never_held_ids=${neverSeen.slice(0, 10).join(',')}` : ''),
    );
  }
  return { lost, doubled, lostEver, lines };
}


/**
 * After the flood: wait until every column holds the flood notes its window should hold, or until
 * nothing has changed for `quietMs`, or `maxMs` at most. A renderer that falls behind catches up here,
 * so what is still missing afterwards is lost, not late. Returns how long it took and the missing count.
 */
export async function waitForColumnsToCatchUp(
  deck: BenchDeck,
  results: FloodResult[],
  { quietMs = 15_000, maxMs = 180_000 } = {},
): Promise<{ ms: number; missing: number; caughtUp: boolean }> {
  const start = Date.now();
  let lastMissing = -1;
  let lastChange = start;
  for (;;) {
    const held = await deck.page.evaluate(
      (ids) => ids.map((id) => (window as unknown as BenchWindow).__missdeckBench!.columnNoteIds(id)),
      deck.columns.map((c) => c.id),
    );
    let missing = 0;
    for (const [i, column] of deck.columns.entries()) {
      const sent = results.find((r) => r.server === column.server)!.noteIds;
      const ids = held[i]!;
      const expected = sent.slice(-Math.min(sent.length, Math.max(columnWindow, ids.length)));
      const set = new Set(ids);
      missing += expected.filter((id) => !set.has(id)).length;
    }
    const now = Date.now();
    if (missing === 0) return { ms: now - start, missing, caughtUp: true };
    if (missing !== lastMissing) {
      lastMissing = missing;
      lastChange = now;
    }
    if (now - lastChange > quietMs || now - start > maxMs) return { ms: now - start, missing, caughtUp: false };
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
