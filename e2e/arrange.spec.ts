import { expect, test, type Locator, type Page } from '@playwright/test';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';
import { setSetting } from './support/settingsThroughUi';

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

const sidebar = (page: Page) => page.getByRole('navigation', { name: /^(Accounts and deck|アカウントとデッキ)$/ });
const columnOf = (page: Page, kind: string) => page.locator(`main.deck-columns section[data-column-kind="${kind}"]`);
const kindsOnDeck = (page: Page) => page.locator('main.deck-columns section[data-column-id]').evaluateAll((columns) => columns.map((c) => c.getAttribute('data-column-kind')));
const slotKinds = (page: Page) =>
  page.locator('main.deck-columns > *').evaluateAll((slots) => slots.map((slot) => [...(slot.matches('section') ? [slot] : slot.querySelectorAll('section[data-column-id]'))].map((c) => c.getAttribute('data-column-kind'))));

async function columnMenu(column: Locator): Promise<Locator> {
  await column.locator('[data-column-settings-button]').click();
  const menu = column.getByRole('menu');
  await expect(menu).toBeVisible();
  return menu;
}

test('stacked columns, the jump bar, and a user opened in a column right of the one clicked', async ({ page, context }) => {
  test.setTimeout(120_000);
  session = await startDeckSession();
  const server = session.standinUrl;
  for (let i = 0; i < 3; i++) await control(server, 'post', { username: 'bob', text: `Stackable note ${i}` });
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  await expect.poll(() => slotKinds(page)).toEqual([['home'], ['notifications'], ['local'], ['mentions']]);

  // From the column menu: mentions under local.
  await (await columnMenu(columnOf(page, 'mentions'))).getByRole('menuitem', { name: 'Stack under the left column' }).click();
  await expect.poll(() => slotKinds(page)).toEqual([['home'], ['notifications'], ['local', 'mentions']]);
  await expect(columnOf(page, 'mentions')).toHaveAttribute('data-stacked', 'true');

  // Dragged onto the lower part of notifications: home goes under it.
  const notifications = columnOf(page, 'notifications');
  const box = (await notifications.boundingBox())!;
  await columnOf(page, 'home').locator('header.column-header').dragTo(notifications, { targetPosition: { x: box.width / 2, y: box.height - 30 } });
  await expect.poll(() => slotKinds(page)).toEqual([['notifications', 'home'], ['local', 'mentions']]);

  // The split between local and mentions: resized from the keyboard, kept after a reload.
  const split = page.locator(`[data-stack-split="${await columnOf(page, 'mentions').getAttribute('data-column-id')}"]`);
  await expect(split).toHaveAttribute('aria-valuenow', '50');
  await split.focus();
  await page.keyboard.press('ArrowDown');
  await expect(split).toHaveAttribute('aria-valuenow', '55');
  await page.keyboard.press('ArrowDown');
  await expect(split).toHaveAttribute('aria-valuenow', '60');
  await page.reload();
  await expect(split).toHaveAttribute('aria-valuenow', '60');
  const localHeight = (await columnOf(page, 'local').boundingBox())!.height;
  const mentionsHeight = (await columnOf(page, 'mentions').boundingBox())!.height;
  expect(localHeight).toBeGreaterThan(mentionsHeight);

  // The jump bar names every column and scrolls one into view.
  const jump = page.getByRole('navigation', { name: 'Jump to a column' });
  await expect(jump.locator('.jump-name')).toHaveText(['Notifications', 'Home', 'Local', 'Mentions']);
  await jump.getByRole('button', { name: 'Mentions' }).click();
  await expect(columnOf(page, 'mentions').locator('[data-column-settings-button]')).toBeFocused();
  await page.screenshot({ path: '/tmp/arrange-light-en.png' });
  await setSetting(page, 'theme', 'dark');
  await setSetting(page, 'language', 'ja');
  await expect(page.getByRole('navigation', { name: 'カラムへ移動' })).toBeVisible();
  await page.screenshot({ path: '/tmp/arrange-dark-ja.png' });
  await setSetting(page, 'language', 'en');
  await setSetting(page, 'theme', 'light');

  // Unstack with the keyboard: Alt+Shift+↑ in the stacked column.
  await columnOf(page, 'home').locator('[data-column-settings-button]').focus();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(() => slotKinds(page)).toEqual([['notifications'], ['home'], ['local', 'mentions']]);
  await expect(columnOf(page, 'home').locator('[data-column-settings-button]')).toBeFocused();

  // Open in a column: clicking bob in home opens his column right of home, focused; closing it returns focus.
  await sidebar(page).getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('radio', { name: 'A new column to the right' }).check();
  await page.keyboard.press('Escape');
  const note = columnOf(page, 'home').locator('article[data-note-id]').filter({ hasText: 'Stackable note 2' });
  const avatar = note.locator('.avatar, button').first();
  await avatar.click();
  await expect.poll(() => kindsOnDeck(page)).toEqual(['notifications', 'home', 'user', 'local', 'mentions']);
  const userColumn = columnOf(page, 'user');
  await expect(userColumn.locator('[data-column-settings-button]')).toBeFocused();
  await expect(userColumn.locator('article[data-note-id]').filter({ hasText: 'Stackable note 2' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: /bob/ })).toHaveCount(0);
  await (await columnMenu(userColumn)).getByRole('menuitem', { name: 'Remove column' }).click();
  await expect.poll(() => kindsOnDeck(page)).toEqual(['notifications', 'home', 'local', 'mentions']);
  // Focus is back on the note the avatar belongs to (the avatar image itself takes no focus).
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article')?.textContent ?? '')).toContain('Stackable note 2');
});
