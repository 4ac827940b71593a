import { expect, test } from '@playwright/test';
import { addColumnThroughUi } from './support/addColumnThroughUi';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

test('20 dropped sockets during a flood: every note the server sent is in each of its columns exactly once', async ({ page, context }) => {
  test.setTimeout(150_000);
  session = await startDeckSession();
  const server = session.standinUrl;
  const alice = `@alice@${new URL(server).host}`;
  // The bench probe reads the store: the lists are virtualised, so the DOM holds only what is on screen.
  await page.goto(`${session.hostUrl}&bench=1`);
  await signInThroughUi(page, context, session, server, 'alice');
  const columns = [page.locator('[data-column-kind="home"]')];
  for (const kind of ['local', 'social', 'global'] as const) columns.push(await addColumnThroughUi(page, { kind, account: alice }));
  for (const column of columns) await expect(column).toHaveAttribute('data-live-state', 'live');
  const columnIds = await Promise.all(columns.map((column) => column.getAttribute('data-column-id')));

  const { floodId } = await control<{ floodId: string }>(server, 'flood', { rate: 20, durationMs: 20_000 });
  let drops = 0;
  while (drops < 20) {
    await page.waitForTimeout(300 + Math.random() * 1_200);
    await control(server, 'dropSockets');
    drops++;
  }
  let status = await control<{ running: boolean; noteIds: string[]; sent: number }>(server, 'floodStatus', { floodId });
  while (status.running) {
    await page.waitForTimeout(500);
    status = await control(server, 'floodStatus', { floodId });
  }
  expect(status.noteIds.length).toBeGreaterThan(300);

  type Probe = { __missdeckBench: { columnNoteIds(columnId: string): string[] } };
  const held = (columnId: string) => page.evaluate((id) => (window as unknown as Probe).__missdeckBench.columnNoteIds(id), columnId);
  const missingFrom = async (columnId: string) => {
    const holds = new Set(await held(columnId));
    return status.noteIds.filter((id) => !holds.has(id)).length;
  };
  for (const columnId of columnIds) {
    await expect.poll(() => missingFrom(columnId!), { timeout: 30_000, message: `notes missing from ${columnId}` }).toBe(0);
    const ids = await held(columnId!);
    const flooded = new Set(status.noteIds);
    const mine = ids.filter((id) => flooded.has(id));
    expect(mine.length, `each flood note once in ${columnId}`).toBe(new Set(mine).size);
    expect(new Set(mine)).toEqual(flooded);
  }
  test.info().annotations.push({ type: 'notes flooded / sockets dropped', description: `${status.noteIds.length} / ${drops}` });
});
