import { expect, test, type Locator, type Page } from '@playwright/test';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';
import { openSettings, setSetting } from './support/settingsThroughUi';

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

const columnOf = (page: Page, kind: string) => page.locator(`main.deck-columns section[data-column-kind="${kind}"]`);
const kindsOnDeck = (page: Page) => page.locator('main.deck-columns section[data-column-id]').evaluateAll((columns) => columns.map((c) => c.getAttribute('data-column-kind')));
const noteIn = (column: Locator, text: string) => column.locator('article[data-note-id]').filter({ hasText: text });

async function removeColumn(column: Locator): Promise<void> {
  await column.locator('[data-column-settings-button]').click();
  await column.getByRole('menu').getByRole('menuitem', { name: 'Remove column' }).click();
}

test("a note's thread opens as a column right of its column, replies arrive live, closing returns focus; a search opens beside too", async ({ page, context }) => {
  test.setTimeout(120_000);
  session = await startDeckSession();
  const server = session.standinUrl;
  const root = await control<{ note: { id: string } }>(server, 'post', { username: 'bob', text: 'Thread root from bob' });
  const middle = await control<{ note: { id: string } }>(server, 'post', { username: 'alice', text: 'Alice answers in the thread', replyId: root.note.id });
  await control(server, 'post', { username: 'admin', text: 'An earlier reply to alice', replyId: middle.note.id });
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  await expect.poll(() => kindsOnDeck(page)).toEqual(['home', 'notifications', 'local', 'mentions']);

  // Side panel (the default): the date opens the thread dialog.
  const note = columnOf(page, 'local').locator(`article[data-note-id="${middle.note.id}"]`);
  await note.locator('.note-main > header .note-time-button').click();
  const panel = page.getByRole('dialog', { name: 'Note' });
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  const settings = await openSettings(page);
  await settings.getByRole('radio', { name: 'A new column to the right' }).check();
  await page.keyboard.press('Escape');

  // A new column right of local: the conversation (bob's root), the note, and its reply below.
  await note.locator('.note-main > header .note-time-button').click();
  await expect.poll(() => kindsOnDeck(page)).toEqual(['home', 'notifications', 'local', 'thread', 'mentions']);
  await expect(panel).toHaveCount(0);
  const thread = columnOf(page, 'thread');
  await expect(thread.locator('[data-column-settings-button]')).toBeFocused();
  await expect(thread.locator('h2')).toHaveText('Thread @alice');
  await expect(thread.locator('.note-detail-above')).toContainText('Thread root from bob');
  await expect(thread.locator('.note-detail-focus')).toContainText('Alice answers in the thread');
  await expect(noteIn(thread.locator('[role=feed]'), 'An earlier reply to alice')).toBeVisible();

  // A reply posted now arrives in the column without a reload.
  await control(server, 'post', { username: 'bob', text: 'A reply that arrives live', replyId: middle.note.id });
  await expect(noteIn(thread.locator('[role=feed]'), 'A reply that arrives live')).toBeVisible();
  await page.screenshot({ path: '/tmp/thread-column-light-en.png' });
  await setSetting(page, 'theme', 'dark');
  await setSetting(page, 'language', 'ja');
  await expect(thread.locator('.thread-column-replies')).toHaveText('返信');
  await page.screenshot({ path: '/tmp/thread-column-dark-ja.png' });
  await setSetting(page, 'language', 'en');
  await setSetting(page, 'theme', 'light');

  // Asking again for the same thread brings the open column forward rather than a second one.
  await note.locator('.note-main > header .note-time-button').click();
  await expect(thread.locator('[data-column-settings-button]')).toBeFocused();
  expect(await kindsOnDeck(page)).toEqual(['home', 'notifications', 'local', 'thread', 'mentions']);

  // Closing it returns focus to the date button it was opened from.
  await removeColumn(thread);
  await expect.poll(() => kindsOnDeck(page)).toEqual(['home', 'notifications', 'local', 'mentions']);
  await expect(note.locator('.note-main > header .note-time-button')).toBeFocused();

  // The keyboard's o on a note, and its menu's "Open thread", go the same way.
  const rootNote = columnOf(page, 'local').locator(`article[data-note-id="${root.note.id}"]`);
  // Focused as j/k focus a note.
  await rootNote.evaluate((article: HTMLElement) => {
    article.tabIndex = -1;
    article.focus();
  });
  await page.keyboard.press('o');
  await expect.poll(() => kindsOnDeck(page)).toEqual(['home', 'notifications', 'local', 'thread', 'mentions']);
  await expect(thread.locator('.note-detail-focus')).toContainText('Thread root from bob');
  await expect(noteIn(thread.locator('[role=feed]'), 'Alice answers in the thread')).toBeVisible();
  await removeColumn(thread);
  await expect.poll(() => kindsOnDeck(page)).toEqual(['home', 'notifications', 'local', 'mentions']);
  await rootNote.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Open thread' }).click();
  await expect.poll(() => kindsOnDeck(page)).toEqual(['home', 'notifications', 'local', 'thread', 'mentions']);
  await removeColumn(thread);

  // The search box searches the account of the column the user was in, opening the result right of it.
  await columnOf(page, 'home').locator(`article[data-note-id="${middle.note.id}"] .note-main .note-text`).first().click();
  await page.getByRole('button', { name: 'Search notes' }).click();
  const search = page.getByRole('dialog', { name: 'Search notes' });
  await search.getByRole('searchbox', { name: 'Search for' }).fill('thread');
  await page.screenshot({ path: '/tmp/search-dialog-light-en.png' });
  await search.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => kindsOnDeck(page)).toEqual(['home', 'search', 'notifications', 'local', 'mentions']);
  await expect(columnOf(page, 'search').locator('h2')).toContainText('thread');
});

test('the search dialog in Japanese and dark, and an empty search is refused with a reason', async ({ page, context }) => {
  session = await startDeckSession();
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, session.standinUrl, 'alice');
  await setSetting(page, 'theme', 'dark');
  await setSetting(page, 'language', 'ja');
  await page.getByRole('button', { name: 'ノートを検索' }).click();
  const search = page.getByRole('dialog', { name: 'ノートを検索' });
  await search.getByRole('button', { name: '検索', exact: true }).click();
  await expect(search.getByRole('alert')).toHaveText('検索する言葉を入力してください。');
  await page.screenshot({ path: '/tmp/search-dialog-dark-ja.png' });
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  expect(await kindsOnDeck(page)).toEqual(['home', 'notifications', 'local', 'mentions']);
});
