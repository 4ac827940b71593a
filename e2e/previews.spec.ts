import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';
import { openSettings, setSetting } from './support/settingsThroughUi';

// Link previews (issue 13) through the host and the stand-in's `/url` (success modelled there, failure as recorded).

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});


async function closeSettings(page: Page, dialog: Locator) {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** Serious and critical axe findings inside the preview cards. */
async function axeOnCards(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('.link-previews').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const noteWith = (column: Locator, text: string) => column.locator('article.note').filter({ hasText: text });

test('a note with a link shows the card from the server, a failing link only the plain link; sensitive cards blur', async ({ page, context }) => {
  test.setTimeout(120_000);
  session = await startDeckSession();
  const server = session.standinUrl;
  await control(server, 'post', { username: 'bob', text: 'Careful: https://preview.example/sensitive' });
  await control(server, 'post', { username: 'bob', text: 'Read https://preview.example/article and https://example.com/broken' });

  // Nothing remote is fetched by the app itself: every request goes to the host or the user's server.
  const foreign: string[] = [];
  page.on('request', (request) => {
    const { origin, protocol } = new URL(request.url());
    if (protocol.startsWith('http') && origin !== session.hostOrigin && origin !== new URL(server).origin) foreign.push(request.url());
  });

  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  const home = page.locator('[data-column-kind="home"]');

  const article = noteWith(home, 'Read ');
  const card = article.locator('a.link-preview');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('MissDeck gets link previews');
  await expect(card).toContainText('Preview Example');
  await expect(card).toHaveAttribute('href', 'https://preview.example/article');
  const thumb = card.locator('img.link-preview-thumb');
  await expect(thumb).toHaveAttribute('src', new RegExp(`^${server}/proxy/preview\\.webp\\?`));
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  // The failing link: no card, no placeholder left, the plain link in the text.
  await expect(article.locator('.link-preview')).toHaveCount(1);
  await expect(article.locator('.note-text a[href="https://example.com/broken"]')).toBeVisible();
  await expect(article.locator('iframe')).toHaveCount(0);

  const sensitive = noteWith(home, 'Careful');
  await expect(sensitive.locator('.link-preview[data-sensitive]')).toBeVisible();
  await expect(sensitive.locator('a.link-preview')).toHaveCount(0);
  expect(await axeOnCards(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/previews-en-system.png' });
  await sensitive.getByRole('button', { name: 'Sensitive content Click to show (preview of preview.example)' }).click();
  await expect(sensitive.locator('a.link-preview')).toContainText('A page marked sensitive');

  const requests = (await control<{ requests: { path: string; status: number }[] }>(server, 'log')).requests.filter((r) => r.path === '/url');
  expect(requests.map((r) => r.status).sort()).toEqual([200, 200, 422]);
  expect(foreign).toEqual([]);

  for (const theme of ['light', 'dark'] as const) {
    await setSetting(page, 'theme', theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await home.screenshot({ path: `/tmp/previews-en-${theme}.png` });
    expect(await axeOnCards(page)).toEqual([]);
  }

  // Japanese: the server is asked again with lang=ja-JP.
  await setSetting(page, 'language', 'ja');
  await expect(noteWith(home, 'Read ').locator('a.link-preview')).toContainText('MissDeck にリンクプレビューが付きました');
  for (const theme of ['light', 'dark'] as const) {
    await setSetting(page, 'theme', theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await home.screenshot({ path: `/tmp/previews-ja-${theme}.png` });
  }
  await setSetting(page, 'language', 'en');

  // The setting turns them off (and on again).
  const dialog = await openSettings(page);
  await dialog.getByRole('checkbox', { name: 'Show link previews' }).uncheck();
  await closeSettings(page, dialog);
  await expect(home.locator('.link-preview')).toHaveCount(0);
  await expect(noteWith(home, 'Read ').locator('.note-text a[href="https://preview.example/article"]')).toBeVisible();
  const again = await openSettings(page);
  await again.getByRole('checkbox', { name: 'Show link previews' }).check();
  await closeSettings(page, again);
  await expect(noteWith(home, 'Read ').locator('a.link-preview')).toHaveCount(1);
});
