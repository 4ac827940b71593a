import { expect, test, type Page } from '@playwright/test';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';

/**
 * Typing Japanese with an IME: Enter (and Ctrl+Enter) while a conversion is open confirms the
 * conversion and must never post. Once the composition ends, Ctrl+Enter posts, and the note shows
 * with Japanese line breaking.
 */

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

const createCalls = async (server: string) =>
  (await control<{ requests: { path: string; method: string }[] }>(server, 'log')).requests.filter((entry) => entry.method === 'POST' && entry.path.startsWith('/api/notes/create')).length;

/** What Chromium sends while an IME converts: keyCode 229 and `isComposing`. */
async function pressWhileComposing(page: Page, init: { ctrlKey?: boolean }) {
  await page.getByRole('textbox', { name: 'Note text' }).evaluate((box, { ctrlKey }) => {
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, ctrlKey, bubbles: true, cancelable: true }));
    box.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, ctrlKey, bubbles: true, cancelable: true }));
  }, init);
}

test('Enter during IME composition never posts; Ctrl+Enter after it does, and Japanese shows', async ({ page, context }) => {
  test.setTimeout(120_000);
  session = await startDeckSession();
  const server = session.standinUrl;
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  const box = page.getByRole('textbox', { name: 'Note text' });
  await expect(box).toBeVisible();
  const before = await createCalls(server);

  const text = 'きょうはいい天気ですね。日本語の長い文章でも、句読点や「かぎかっこ」が行頭に来ないように折り返されることを確かめます。';
  await box.click();
  await box.evaluate((el) => el.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true })));
  await box.fill(text);
  await box.evaluate((el, data) => el.dispatchEvent(new CompositionEvent('compositionupdate', { data, bubbles: true })), text);
  await pressWhileComposing(page, {});
  await pressWhileComposing(page, { ctrlKey: true });
  await box.evaluate((el, data) => el.dispatchEvent(new CompositionEvent('compositionend', { data, bubbles: true })), text);

  // Nothing was posted, and the text is still there.
  await page.waitForTimeout(500);
  expect(await createCalls(server)).toBe(before);
  await expect(box).toHaveValue(text);

  await box.press('Control+Enter');
  await expect(box).toHaveValue('');
  expect(await createCalls(server)).toBe(before + 1);

  const note = page.locator('section[data-column-kind="home"] article[data-note-id]').filter({ hasText: 'きょうはいい天気ですね' });
  await expect(note).toBeVisible();
  const style = await note.locator('.note-text').first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { wordBreak: s.wordBreak, lineBreak: s.lineBreak, overflowWrap: s.overflowWrap };
  });
  expect(style).toEqual({ wordBreak: 'normal', lineBreak: 'strict', overflowWrap: 'anywhere' });
});
