import { expect, test } from '@playwright/test';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

test('keyboard: j moves to a note, o opens its thread, Escape closes it', async ({ page, context }) => {
  session = await startDeckSession();
  const server = session.standinUrl;
  await control(server, 'post', { username: 'bob', text: 'A note to open from the keyboard' });
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  const home = page.locator('section[data-column-kind="home"]');
  const first = home.locator('article[data-note-id]').first();
  await expect(first).toContainText('A note to open from the keyboard');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await expect(first).toBeFocused();
  await page.keyboard.press('o');
  const detail = page.getByRole('dialog', { name: 'Note' });
  await expect(detail).toBeVisible();
  // The thread view: conversation above, the note, replies below.
  await expect(detail.getByRole('region', { name: 'Conversation' })).toBeAttached();
  await expect(detail.locator('.note-detail-focus article[data-note-id]')).toContainText('A note to open from the keyboard');
  await expect(detail.getByText('No replies.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
});
