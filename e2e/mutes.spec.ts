import { expect, test, type Page } from '@playwright/test';
import { addColumnThroughUi } from './support/addColumnThroughUi';
import { aliceToken, standinApi } from './support/aliceSession';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';

// Mutes as the server means them (issue 13), against the stand-in: mute from a note's menu,
// word mutes written from the settings, and what the columns of that account show.

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

const TOKENS = { alice: aliceToken, bob: 'standinBobToken1' } as const;

const api = <T>(endpoint: string, body: Record<string, unknown>, as: keyof typeof TOKENS): Promise<T> => standinApi<T>(session.standinUrl, endpoint, body, TOKENS[as]);

const post = async (text: string, as: keyof typeof TOKENS) => (await api<{ createdNote: { id: string } }>('notes/create', { text }, as)).createdNote.id;

async function openSettings(page: Page) {
  const dialog = page.getByRole('dialog', { name: /^(Settings|設定)$/ });
  if (!(await dialog.isVisible())) await page.locator('nav').getByRole('button', { name: /^(Settings|設定)$/ }).click();
  return dialog;
}

const looks = [
  ['light', 'en'],
  ['dark', 'en'],
  ['light', 'ja'],
  ['dark', 'ja'],
] as const;

/** Switches theme and language from the settings; leaves the dialog open. */
async function setLook(page: Page, theme: string, language: string) {
  const settings = await openSettings(page);
  await settings.locator('select[data-setting="theme"]').selectOption(theme);
  await settings.locator('select[data-setting="language"]').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  return settings;
}

test('mute from a note’s menu: the user’s notes leave every column of the account; a muted word folds notes, written to the server', async ({ page, context }) => {
  session = await startDeckSession();
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, session.standinUrl, 'alice');
  const home = page.locator('[data-column-kind="home"]');
  await expect(home.locator('[data-note-id]').first()).toBeVisible();
  const local = await addColumnThroughUi(page, { kind: 'local' });

  const bobNote = await post('bob says hello to the deck', 'bob');
  await expect(home.locator(`[data-note-id="${bobNote}"]`)).toBeVisible();
  await expect(local.locator(`[data-note-id="${bobNote}"]`)).toBeVisible();

  await home.locator(`article[data-note-id="${bobNote}"]`).getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Mute @bob…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mute @bob' });
  await dialog.getByRole('radio', { name: '1 hour' }).check();
  await dialog.getByRole('button', { name: 'Mute', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Gone at once from both columns of the account, with every other note of bob's.
  await expect(page.locator(`[data-note-id="${bobNote}"]`)).toHaveCount(0);
  await expect(page.locator('article[aria-label^="Bob"]')).toHaveCount(0);
  const mutes = await api<{ muteeId: string; expiresAt: string | null }[]>('mute/list', {}, 'alice');
  expect(mutes).toHaveLength(1);
  expect(mutes[0]!.expiresAt).not.toBeNull();
  // The server drops his new notes; they stay away.
  const later = await post('bob again, while muted', 'bob');
  const aliceNote = await post('alice after the mute', 'alice');
  await expect(home.locator(`[data-note-id="${aliceNote}"]`)).toBeVisible();
  await expect(page.locator(`[data-note-id="${later}"]`)).toHaveCount(0);

  // A muted word from the settings: stored on the server (the web client sees it), folds matching notes live.
  const settings = await openSettings(page);
  await settings.locator('textarea[data-mutes="soft"]').fill('cherry');
  await settings.locator('textarea[data-mutes="hard"]').fill('durian');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(settings.locator('[data-relation="mute"] li')).toHaveCount(1);
  await expect(settings.locator('[data-relation="mute"]')).toContainText('@bob');
  const me = await api<{ mutedWords: unknown; hardMutedWords: unknown }>('i', {}, 'alice');
  expect(me.mutedWords).toEqual([['cherry']]);
  expect(me.hardMutedWords).toEqual([['durian']]);
  for (const [theme, language] of looks) {
    const shown = await setLook(page, theme, language);
    await shown.locator('[data-relation="mute"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/mutes-settings-${language}-${theme}.png` });
  }
  await setLook(page, 'light', 'en');
  // Unmute from the list: the server forgets the mute, and his new notes show again here.
  await settings.locator('[data-relation="mute"] li').getByRole('button', { name: 'Unmute' }).click();
  await expect(settings.locator('[data-relation="mute"]')).toContainText('None.');
  expect(await api<unknown[]>('mute/list', {}, 'alice')).toEqual([]);
  await settings.getByRole('button', { name: 'Close' }).click();

  const cherry = await post('a cherry tart for everyone', 'bob');
  const durian = await post('durian season is here', 'bob');
  const plain = await post('plain words from bob', 'bob');
  await expect(home.locator(`[data-note-id="${plain}"]`)).toBeVisible();
  for (const column of [home, local]) {
    await expect(column.locator(`article[data-note-id="${cherry}"][data-muted="soft"]`)).toContainText('Muted: cherry');
    await expect(column.locator(`[data-note-id="${durian}"]`)).toHaveCount(0);
  }
  for (const [theme, language] of looks) {
    await (await setLook(page, theme, language)).getByRole('button', { name: /^(Close|閉じる)$/ }).click();
    await home.screenshot({ path: `/tmp/mutes-row-${language}-${theme}.png` });
  }
  await (await setLook(page, 'light', 'en')).getByRole('button', { name: 'Close' }).click();
  await home.locator(`article[data-note-id="${cherry}"] button`).click();
  await expect(home.locator(`article[data-note-id="${cherry}"]`)).toContainText('a cherry tart for everyone');
});
