import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addColumnThroughUi } from './support/addColumnThroughUi';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';

const sessions: DeckSession[] = [];

test.afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

const kindsOnDeck = (page: Page) => page.locator('main.deck-columns section[data-column-id]').evaluateAll((columns) => columns.map((c) => c.getAttribute('data-column-kind')));
const decksNav = (page: Page) => page.getByRole('list', { name: 'Decks' });
const starter = ['home', 'notifications', 'local', 'mentions'];

test('two decks keep their own columns; Ctrl+number and the side bar switch them', async ({ page, context }) => {
  const session = await startDeckSession();
  sessions.push(session);
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, session.standinUrl, 'alice');
  // A first sign-in gives a useful deck: home, notifications, local and mentions.
  await expect.poll(() => kindsOnDeck(page)).toEqual(starter);
  await expect(page.locator('section[data-column-kind="home"] article[data-note-id]').first()).toBeVisible();

  await page.getByRole('button', { name: 'Manage decks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manage decks' });
  await dialog.getByRole('button', { name: 'New deck' }).click();
  await expect(dialog.locator('[data-deck-row]')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => kindsOnDeck(page)).toEqual([]);
  await expect(decksNav(page).getByRole('button', { name: /^Deck 2/ })).toHaveAttribute('aria-current', 'true');

  const hashtag = await addColumnThroughUi(page, { kind: 'hashtag', account: `@alice@${new URL(session.standinUrl).host}`, text: 'decktest' });
  await expect(hashtag).toBeVisible();
  await expect.poll(() => kindsOnDeck(page)).toEqual(['hashtag']);

  await page.keyboard.press('Control+1');
  await expect.poll(() => kindsOnDeck(page)).toEqual(starter);
  await expect(page.locator('section[data-column-kind="home"] article[data-note-id]').first()).toBeVisible();
  await decksNav(page).getByRole('button', { name: /^Deck 2/ }).click();
  await expect.poll(() => kindsOnDeck(page)).toEqual(['hashtag']);

  // Both survive a restart of the app, the deck shown too.
  await session.restartHost();
  await page.goto(session.hostUrl);
  await expect.poll(() => kindsOnDeck(page)).toEqual(['hashtag']);
  await page.keyboard.press('Control+1');
  await expect.poll(() => kindsOnDeck(page)).toEqual(starter);
});

test('a deck exported to a file is restored by importing it on a fresh data folder; a hostile file is refused', async ({ page, context }) => {
  const first = await startDeckSession();
  sessions.push(first);
  await page.goto(first.hostUrl);
  await signInThroughUi(page, context, first, first.standinUrl, 'alice');
  await expect.poll(() => kindsOnDeck(page)).toEqual(starter);
  await page.getByRole('button', { name: 'Manage decks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manage decks' });
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await dialog.getByRole('textbox', { name: 'Name of the deck' }).fill('Morning');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('button', { name: 'Morning' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('missdeck-Morning.json');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'missdeck.deck', version: 1, name: 'Morning' });

  // Another computer: a fresh data folder, the same account signed in.
  const fresh = await startDeckSession();
  sessions.push(fresh);
  await page.goto(fresh.hostUrl);
  await signInThroughUi(page, context, fresh, first.standinUrl, 'alice');
  await expect.poll(() => kindsOnDeck(page)).toEqual(starter);
  await page.getByRole('button', { name: 'Manage decks' }).click();
  const input = page.locator('[data-deck-import-input]');
  await input.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"missdeck.deck","version":1,"name":"x","columns":[],"__proto__":{"admin":true}}') });
  await expect(page.locator('[data-decks-status]')).toContainText('The file could not be imported: This deck file was refused: it contains the key “__proto__”');
  await expect(page.locator('[data-deck-row]')).toHaveCount(1);

  await input.setInputFiles({ name: 'missdeck-Morning.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('[data-deck-row]')).toHaveCount(2);
  await expect(page.getByRole('dialog', { name: 'Manage decks' }).getByRole('button', { name: 'Morning' })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('dialog', { name: 'Manage decks' }).getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => kindsOnDeck(page)).toEqual(starter);
  await expect(page.locator('section[data-column-kind="home"] article[data-note-id]').first()).toBeVisible();
  await expect(decksNav(page).getByRole('button', { name: /^Morning/ })).toHaveAttribute('aria-current', 'true');
});
