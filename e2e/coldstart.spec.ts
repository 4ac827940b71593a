import { expect, test } from '@playwright/test';
import { filesOnDisk, startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';

// Issue 15, "Starting from cache": the deck paints from the core's cache before the server answers.

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

test('a restart paints from the cache before the server answers, then fills in what was posted meanwhile, each once', async ({ page, context }) => {
  session = await startDeckSession();
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, session.standinUrl, 'alice');
  const home = page.locator('[data-column-kind="home"]').first();
  const firstNote = home.locator('article[data-note-id]').first();
  await expect(firstNote).toBeVisible();
  const shownBefore = await home.locator('article[data-note-id]').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-note-id')));
  const cachedText = (await firstNote.innerText()).split('\n').find((line) => line.length > 12) ?? '';

  // Quit; while MissDeck is closed, bob posts, and the server becomes slow to answer.
  const posted: string[] = [];
  await session.restartHost(async () => {
    for (const n of [1, 2, 3]) {
      const { note } = await control<{ note: { id: string } }>(session.standinUrl, 'post', { username: 'bob', text: `Posted while MissDeck was closed ${n}` });
      posted.push(note.id);
    }
    // Held until the test releases them (a long delay, removed below), so the check cannot race a clock.
    await control(session.standinUrl, 'delay', { ms: 120_000 });
  });
  // The core wrote its cache on the way out, sealed: no note text on disk.
  for (const file of filesOnDisk(session.dataDir)) expect(file.text, file.name).not.toContain(cachedText);

  await page.goto(session.hostUrl);
  // From the cache: the notes shown last time, and "updating", while the server still holds its answers.
  await expect(home.locator(`article[data-note-id="${shownBefore[0]}"]`)).toBeVisible();
  await expect(home.locator('[data-column-updating]')).toBeVisible();
  for (const id of posted) await expect(home.locator(`article[data-note-id="${id}"]`)).toHaveCount(0);

  // Then the server answers, and the gap is filled from the newest cached note forward.
  await control(session.standinUrl, 'delay', { ms: 0 });
  for (const id of posted) await expect(home.locator(`article[data-note-id="${id}"]`)).toHaveCount(1, { timeout: 15_000 });
  await expect(home.locator('[data-column-updating]')).toHaveCount(0);
  const shownAfter = await home.locator('article[data-note-id]').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-note-id')));
  expect(new Set(shownAfter).size).toBe(shownAfter.length);
  expect(shownAfter.slice(0, 3).sort()).toEqual([...posted].sort());
});
