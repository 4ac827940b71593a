import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { addColumnThroughUi } from './support/addColumnThroughUi';
import { signedInAsAlice, standinApi } from './support/aliceSession';
import type { DeckSession } from './support/deckSession';
import { control } from './support/standinControl';
import { setSetting } from './support/settingsThroughUi';

// Issue 14: scheduled notes, server drafts, clips — against the Misskey stand-in.

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

const shots = process.env.SCREENSHOT_DIR ?? '/tmp';


async function startWithAlice(page: Page, context: BrowserContext): Promise<Locator> {
  const started = await signedInAsAlice(page, context);
  session = started.session;
  return started.home;
}

const composerOf = (page: Page) => page.getByRole('form', { name: 'Compose a note' });
const sidebar = (page: Page) => page.getByRole('navigation', { name: /^(Accounts and deck|アカウントとデッキ)$/ });

test('a scheduled note waits on the server, is listed, and appears in the home column when its time comes', async ({ page, context }) => {
  test.setTimeout(120_000);
  const home = await startWithAlice(page, context);
  const server = session.standinUrl;
  const composer = composerOf(page);
  const text = `Scheduled from MissDeck ${Date.now()}`;
  await composer.getByRole('textbox', { name: 'Note text' }).fill(text);
  await composer.getByRole('button', { name: 'Schedule', exact: true }).click();
  const picker = composer.getByLabel('Post at');
  await expect(picker).toBeVisible();
  await expect(composer.getByTestId('compose-schedule')).toContainText('Time zone:');
  await expect(composer.getByTestId('compose-schedule')).toContainText('0 of 1 scheduled notes used');
  await composer.screenshot({ path: `${shots}/schedule-composer-light.png` });
  const inTwoHours = new Date(Date.now() + 2 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await picker.fill(`${inTwoHours.getFullYear()}-${pad(inTwoHours.getMonth() + 1)}-${pad(inTwoHours.getDate())}T${pad(inTwoHours.getHours())}:${pad(inTwoHours.getMinutes())}`);
  await composer.getByRole('button', { name: 'Schedule', exact: true }).last().click();
  await expect(composer.getByRole('textbox', { name: 'Note text' })).toHaveValue('');

  const scheduled = await standinApi<{ id: string; text: string; isActuallyScheduled: boolean; scheduledAt: number }[]>(server, 'notes/drafts/list', { scheduled: true });
  expect(scheduled).toMatchObject([{ text, isActuallyScheduled: true }]);
  expect(Math.abs(scheduled[0]!.scheduledAt - inTwoHours.getTime())).toBeLessThan(60_000);
  await expect(home).not.toContainText(text);

  // The allowance (1) is used: the composer says so before the user tries.
  await expect(composer.getByRole('button', { name: 'Schedule', exact: true })).toBeDisabled();
  await expect(composer.locator('[data-schedule-blocked]')).toContainText('All 1 scheduled notes');

  // The list shows it; screenshots in light, dark and Japanese.
  await setSetting(page, 'theme', 'dark');
  await sidebar(page).getByRole('button', { name: 'Scheduled notes and drafts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scheduled notes and drafts' });
  await expect(dialog.getByRole('listitem')).toContainText(text);
  await expect(dialog).toContainText('1 of 1 scheduled notes used');
  await page.screenshot({ path: `${shots}/scheduled-list-dark.png` });
  await page.keyboard.press('Escape');
  await setSetting(page, 'theme', 'light');
  await sidebar(page).getByRole('button', { name: 'Scheduled notes and drafts' }).click();
  await expect(dialog.getByRole('listitem')).toContainText(text);
  await page.screenshot({ path: `${shots}/scheduled-list-light.png` });
  await page.keyboard.press('Escape');
  await setSetting(page, 'language', 'ja');
  await sidebar(page).getByRole('button', { name: '予約投稿と下書き' }).click();
  const jaDialog = page.getByRole('dialog', { name: '予約投稿と下書き' });
  await expect(jaDialog.getByRole('listitem')).toContainText(text);
  await page.screenshot({ path: `${shots}/scheduled-list-ja.png` });
  await page.keyboard.press('Escape');
  await setSetting(page, 'language', 'en');

  // Its time comes (the stand-in's clock is moved on): an ordinary note in the home column.
  await control(server, 'advanceClock', { ms: 3 * 3_600_000 });
  await expect(home).toContainText(text, { timeout: 15_000 });
  expect(await standinApi(server, 'notes/drafts/list', { scheduled: true })).toEqual([]);
});

test('reschedule, post now and cancel from the list', async ({ page, context }) => {
  test.setTimeout(90_000);
  const home = await startWithAlice(page, context);
  const server = session.standinUrl;
  const text = `Listed for later ${Date.now()}`;
  const at = Date.now() + 3_600_000;
  await standinApi(server, 'notes/drafts/create', { text, isActuallyScheduled: true, scheduledAt: at });
  await sidebar(page).getByRole('button', { name: 'Scheduled notes and drafts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scheduled notes and drafts' });
  const item = dialog.getByRole('listitem').filter({ hasText: text });
  await item.getByRole('button', { name: 'Reschedule' }).click();
  const later = new Date(at + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await item.getByLabel('Post at').fill(`${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T${pad(later.getHours())}:${pad(later.getMinutes())}`);
  await item.getByRole('button', { name: 'Save time' }).click();
  await expect
    .poll(async () => (await standinApi<{ scheduledAt: number }[]>(server, 'notes/drafts/list', { scheduled: true }))[0]?.scheduledAt)
    .toBeGreaterThan(at + 86_000_000);
  await item.getByRole('button', { name: 'Post now' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(home).toContainText(text, { timeout: 10_000 });

  await standinApi(server, 'notes/drafts/create', { text: 'to be cancelled', isActuallyScheduled: true, scheduledAt: at });
  await sidebar(page).getByRole('button', { name: 'Scheduled notes and drafts' }).click();
  await dialog.getByRole('listitem').filter({ hasText: 'to be cancelled' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(0);
  expect(await standinApi(server, 'notes/drafts/list', {})).toEqual([]);
});

test('a draft written in MissDeck is listed by the server’s draft API', async ({ page, context }) => {
  await startWithAlice(page, context);
  const text = `Draft kept by the server ${Date.now()}`;
  await composerOf(page).getByRole('textbox', { name: 'Note text' }).fill(text);
  await expect.poll(async () => (await standinApi<{ text: string }[]>(session.standinUrl, 'notes/drafts/list', { scheduled: false })).map((d) => d.text), { timeout: 10_000 }).toEqual([text]);
});

test('a note added to a clip shows in its clip column, and leaves it when removed', async ({ page, context }) => {
  test.setTimeout(90_000);
  const home = await startWithAlice(page, context);
  const server = session.standinUrl;
  const first = (await control<{ note: { id: string } }>(server, 'post', { username: 'bob', text: 'Worth keeping: the first one' })).note;
  const second = (await control<{ note: { id: string } }>(server, 'post', { username: 'bob', text: 'Worth keeping: the second one' })).note;
  const clipNote = async (noteId: string, action: 'Add' | 'Remove', create?: string) => {
    const article = home.locator(`article[data-note-id="${noteId}"]`).first();
    await expect(article).toBeVisible({ timeout: 10_000 });
    await article.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Clip…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clip this note' });
    if (create) {
      await dialog.getByRole('textbox', { name: 'New clip' }).fill(create);
      await dialog.getByRole('button', { name: 'Create and add' }).click();
    } else {
      await page.screenshot({ path: `${shots}/clip-picker.png` });
      await dialog.getByRole('button', { name: `${action}: Reading list` }).click();
    }
    await expect(dialog).toBeHidden();
  };
  await clipNote(first.id, 'Add', 'Reading list');
  const column = await addColumnThroughUi(page, { kind: 'clip', source: 'Reading list' });
  await expect(column.locator(`article[data-note-id="${first.id}"]`)).toBeVisible();
  await expect(column.locator(`article[data-note-id="${second.id}"]`)).toHaveCount(0);

  await clipNote(second.id, 'Add');
  await expect(column.locator(`article[data-note-id="${second.id}"]`)).toBeVisible();
  await page.screenshot({ path: `${shots}/clip-column.png` });
  await clipNote(first.id, 'Remove');
  await expect(column.locator(`article[data-note-id="${first.id}"]`)).toHaveCount(0);
  const clips = await standinApi<{ id: string }[]>(server, 'clips/list', {});
  expect((await standinApi<{ id: string }[]>(server, 'clips/notes', { clipId: clips[0]!.id })).map((n) => n.id)).toEqual([second.id]);

  // Favourites: marked from the note menu, shown at once in a favourites column.
  const favorites = await addColumnThroughUi(page, { kind: 'favorites' });
  const article = home.locator(`article[data-note-id="${second.id}"]`).first();
  await article.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Favourite', exact: true }).click();
  await expect(favorites.locator(`article[data-note-id="${second.id}"]`)).toBeVisible();
});
