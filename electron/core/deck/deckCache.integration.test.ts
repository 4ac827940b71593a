import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnView } from '../../../shared/model/column';
import type { CachedColumnView } from '../../../shared/model/columnCache';
import type { Note } from '../../../shared/model/note';
import { memoryBlobs, memoryStore, quietLogger, signIn, startCore, startStandin, type CoreUnderTest, type Standin, timelineItems, until } from '../../../e2e/support/core/coreHarness';

let server: Standin;
let harness: CoreUnderTest;
const store = () => memoryStore();
let disk: { store: ReturnType<typeof store>; blobs: ReturnType<typeof memoryBlobs> };

beforeEach(async () => {
  server = await startStandin({ name: 'Cache server' });
  disk = { store: store(), blobs: memoryBlobs() };
  harness = await startCore(disk);
});

afterEach(async () => {
  await harness.core.dispose();
  await server.close();
});

const itemsOf = timelineItems;
const notesIn = (h: CoreUnderTest, columnId: string): Note[] =>
  itemsOf(h).flatMap((item) => (item.type === 'notes' && item.columnId === columnId ? item.notes : []));

/** Signs alice in, loads her home column and stops the core, as quitting the app does. */
async function runOnce(): Promise<ColumnView> {
  await signIn(harness, server, 'alice');
  const home = (await harness.call<ColumnView[]>('deck.get')).find((column) => column.kind === 'home')!;
  await harness.call('timeline.load', { columnId: home.id });
  await harness.call('deck.setReadingPosition', { columnId: home.id, position: null });
  await harness.core.dispose();
  return home;
}

describe('the column cache across a restart', () => {
  it('answers with the cached notes before any request, then fills in what was posted meanwhile, each once', async () => {
    const home = await runOnce();
    const cachedIds = [...disk.blobs.files.keys()];
    expect(cachedIds).toContain(`column-${home.id}`);
    const posted = [1, 2, 3].map((n) => server.post({ username: 'bob', text: `while closed ${n}` }).note.id);
    server.delay({ ms: 1_500 });

    harness = await startCore(disk);
    const cached = await harness.call<CachedColumnView>('timeline.cached', { columnId: home.id });
    // Answered from disk while the delayed server has not answered the catch-up yet.
    expect(notesIn(harness, home.id)).toHaveLength(0);
    expect(cached.updating).toBe(true);
    expect(cached.notes.length).toBeGreaterThan(5);
    expect(cached.notes.map((note) => note.id)).not.toContain(posted[0]);

    await until(() => itemsOf(harness).some((item) => item.type === 'caughtUp' && item.columnId === home.id), 10_000);
    const filled = notesIn(harness, home.id).map((note) => note.id);
    expect(filled.filter((id) => posted.includes(id)).sort()).toEqual([...posted].sort());
    expect(new Set(filled).size).toBe(filled.length);
    expect(filled.some((id) => cached.notes.some((note) => note.id === id))).toBe(false);
    server.delay({ ms: 0 });

    // Asked again in this run (a reloaded page), the column loads from the server as before.
    expect(await harness.call('timeline.cached', { columnId: home.id })).toBeNull();
    // The next start paints what this one filled in.
    await harness.core.dispose();
    harness = await startCore(disk);
    const next = await harness.call<CachedColumnView>('timeline.cached', { columnId: home.id });
    expect(next.notes.slice(0, 3).map((note) => note.id).sort()).toEqual([...posted].sort());
  });

  it('hands every cached column over in one answer, once, leaving out columns with nothing cached', async () => {
    const home = await runOnce();
    harness = await startCore(disk);
    const local = (await harness.call<ColumnView[]>('deck.get')).find((column) => column.kind === 'local')!;
    const views = await harness.call<Record<string, CachedColumnView>>('timeline.startViews', {});
    expect(Object.keys(views)).toEqual([home.id]);
    expect(views[home.id]!.notes.length).toBeGreaterThan(5);
    expect(views[local.id]).toBeUndefined();
    // Taken: a reloaded page loads from the server, one by one or all at once.
    expect(await harness.call('timeline.startViews', {})).toEqual({});
    expect(await harness.call('timeline.cached', { columnId: home.id })).toBeNull();
  });

  it('keeps where the reader was', async () => {
    await signIn(harness, server, 'alice');
    const home = (await harness.call<ColumnView[]>('deck.get')).find((column) => column.kind === 'home')!;
    const notes = await harness.call<Note[]>('timeline.load', { columnId: home.id });
    const position = { heldKey: notes[0]!.id, anchorKey: notes[4]!.id, above: 31 };
    await harness.call('deck.setReadingPosition', { columnId: home.id, position });
    await harness.core.dispose();
    harness = await startCore(disk);
    expect((await harness.call<CachedColumnView>('timeline.cached', { columnId: home.id })).position).toEqual(position);
  });

  it("removing an account deletes its columns' cache", async () => {
    const home = await runOnce();
    harness = await startCore(disk);
    const [account] = await harness.call<{ id: string }[]>('accounts.list');
    await harness.call('accounts.remove', { accountId: account!.id, columns: 'keep' });
    expect(disk.blobs.files.has(`column-${home.id}`)).toBe(false);
    expect(await harness.call('timeline.cached', { columnId: home.id })).toBeNull();
  });

  it('a corrupt cache is dropped with a log line, and the column loads from the server as without one', async () => {
    const home = await runOnce();
    disk.blobs.files.set(`column-${home.id}`, 'sealed:zz-not-hex');
    const logger = quietLogger();
    harness = await startCore({ ...disk, logger });
    expect(await harness.call('timeline.cached', { columnId: home.id })).toBeNull();
    expect(logger.lines.some((line) => line.startsWith('warn: column cache unreadable'))).toBe(true);
    expect((await harness.call<Note[]>('timeline.load', { columnId: home.id })).length).toBeGreaterThan(0);
  });
});
