import { expect, test } from '@playwright/test';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';
import { setSetting } from './support/settingsThroughUi';

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

const longText = Array.from({ length: 24 }, (_, i) => `Line ${i + 1}: a long note that Misskey folds behind "Show more".`).join('\n');

test('reading: a long note folds and v opens it, a seen renote is one line, Translate shows the translation', async ({ page, context }) => {
  test.setTimeout(120_000);
  session = await startDeckSession();
  const server = session.standinUrl;
  await control(server, 'setTranslator', { available: true });
  const original = await control<{ note: { id: string } }>(server, 'post', { username: 'bob', text: 'A note alice renotes' });
  await control(server, 'post', { username: 'alice', renoteId: original.note.id });
  await control(server, 'post', { username: 'bob', text: longText });
  await control(server, 'post', { username: 'bob', text: '翻訳してほしいノートです。' });
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  const home = page.locator('section[data-column-kind="home"]');
  const notes = home.locator('article[data-note-id]');
  await expect(notes.first()).toContainText('翻訳してほしいノートです。');

  // The long note: folded, "Show more" over its end; v on the focused note opens and folds it.
  const long = notes.nth(1);
  const more = long.getByRole('button', { name: 'Show more' });
  await expect(more).toBeVisible();
  const folded = (await long.boundingBox())!.height;
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(long).toBeFocused();
  await page.keyboard.press('v');
  await expect(long.getByRole('button', { name: 'Show less' })).toBeVisible();
  await expect.poll(async () => (await long.boundingBox())!.height).toBeGreaterThan(folded + 150);
  await page.keyboard.press('v');
  await expect(long.getByRole('button', { name: 'Show more' })).toBeVisible();

  // Alice's own renote: one line, opened by a click.
  const renote = notes.nth(2);
  await expect(renote.locator('.note-renote-line')).toContainText('A note alice renotes');
  await expect(renote.locator('.note-footer')).toHaveCount(0);

  // Translate: in the note's menu (the server offers it), shown under the note as text.
  const japanese = notes.first();
  await japanese.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Translate' }).click();
  const translation = japanese.locator('section.note-translation');
  await expect(translation).toContainText('Translated from Japanese');
  await expect(translation).toContainText('[EN] 翻訳してほしいノートです。');

  for (const language of ['en', 'ja'] as const) {
    if (language === 'ja') await setSetting(page, 'language', 'ja');
    for (const theme of ['light', 'dark'] as const) {
      await setSetting(page, 'theme', theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await home.screenshot({ path: `/tmp/reading-${language}-${theme}.png` });
    }
  }
  await expect(long.getByRole('button', { name: 'もっと見る' })).toBeVisible();

  await renote.locator('.note-renote-line').click();
  await expect(renote.locator('.note-footer')).toHaveCount(1);
  await expect(renote).toContainText('A note alice renotes');
});
