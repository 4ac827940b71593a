import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';
import { openSettings, setSetting } from './support/settingsThroughUi';

/**
 * axe over every screen, in both themes: the deck, the compose box, the settings dialog, the note
 * detail panel and the add-account screen. Serious and critical violations fail the test, and are
 * printed with their ids and targets. Also saves the deck in Japanese (light, dark) and the settings dialog.
 */

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

const artifacts = 'e2e/artifacts';
const sidebar = (page: Page) => page.getByRole('navigation', { name: /^(Accounts and deck|アカウントとデッキ)$/ });

interface Finding {
  screen: string;
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

async function scan(page: Page, screen: string, include?: string): Promise<Finding[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ screen, id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 8).map((n) => n.target.join(' ')) }));
}

test('no serious or critical axe violations on any screen, in light and dark', async ({ page, context }) => {
  test.setTimeout(180_000);
  mkdirSync(artifacts, { recursive: true });
  session = await startDeckSession();
  const server = session.standinUrl;
  for (let i = 0; i < 4; i++) await control(server, 'post', { username: 'bob', text: `Accessible note ${i} with a #hashtag and @alice` });
  await control(server, 'post', { username: 'bob', text: '日本語のノートです。改行の扱い、句読点「。」の禁則処理を確かめます。', cw: null });

  await page.goto(session.hostUrl);
  await expect(page.getByRole('textbox', { name: 'Server', exact: true })).toBeVisible();
  const findings: Finding[] = [];
  // Before any account: the add-account screen, in the system theme (light here).
  findings.push(...(await scan(page, 'add-account (no account, light)')));

  await signInThroughUi(page, context, session, server, 'alice');
  const home = page.locator('section[data-column-kind="home"]');
  await expect(home.locator('article[data-note-id]').first()).toBeVisible();

  for (const theme of ['light', 'dark'] as const) {
    await setSetting(page, 'theme', theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(home.locator('article[data-note-id]').first()).toBeVisible();

    findings.push(...(await scan(page, `deck (${theme})`)));
    findings.push(...(await scan(page, `compose box (${theme})`, 'form.compose')));

    const settings = await openSettings(page);
    findings.push(...(await scan(page, `settings dialog (${theme})`, 'dialog.settings-dialog')));
    await page.keyboard.press('Escape');
    await expect(settings).toBeHidden();
    // Focus returns to the button that opened it.
    await expect(sidebar(page).getByRole('button', { name: 'Settings' })).toBeFocused();

    await home.getByRole('button', { name: /^Open note from / }).first().click();
    const detail = page.getByRole('dialog', { name: 'Note' });
    await expect(detail).toBeVisible();
    await expect(detail.locator('article[data-note-id]').first()).toBeVisible();
    findings.push(...(await scan(page, `note detail (${theme})`, 'dialog.note-detail-panel')));
    await page.keyboard.press('Escape');
    await expect(detail).toBeHidden();

    await sidebar(page).getByRole('button', { name: 'Add account' }).click();
    await expect(page.getByRole('textbox', { name: 'Server', exact: true })).toBeVisible();
    findings.push(...(await scan(page, `add-account (${theme})`)));
    await page.getByRole('button', { name: 'Back to the deck' }).click();
    await expect(home).toBeVisible();
  }

  // The deck in Japanese, light and dark, and the settings dialog.
  await setSetting(page, 'language', 'ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const jaHome = page.locator('section[data-column-kind="home"]');
  await expect(jaHome.getByRole('heading', { name: /ホーム/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'ノートの本文' })).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    const dialog = await openSettings(page);
    await dialog.locator('select[data-setting="theme"]').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    if (theme === 'dark') await dialog.screenshot({ path: `${artifacts}/settings-ja-dark.png` });
    findings.push(...(await scan(page, `settings dialog, ja (${theme})`, 'dialog.settings-dialog')));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    findings.push(...(await scan(page, `deck, ja (${theme})`)));
    await page.screenshot({ path: `${artifacts}/deck-ja-${theme}.png` });
  }
  await setSetting(page, 'language', 'system');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  if (findings.length > 0) console.log(JSON.stringify(findings, null, 2));
  expect(findings.map((f) => `${f.screen}: ${f.id} (${f.impact}) ${f.help} → ${f.targets.join(' | ')}`)).toEqual([]);
});

test('controls stay inside their column at 200 % zoom', async ({ browser }) => {
  test.setTimeout(120_000);
  session = await startDeckSession();
  // 200 % zoom: half the CSS pixels, twice the device pixels.
  const context = await browser.newContext({ viewport: { width: 700, height: 450 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await control(session.standinUrl, 'post', { username: 'bob', text: 'A note to read at 200 %' });
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, session.standinUrl, 'alice');
  const home = page.locator('section[data-column-kind="home"]');
  await expect(home.locator('article[data-note-id]').first()).toBeVisible();
  const clipped = await home.evaluate((column) => {
    const box = column.getBoundingClientRect();
    return [...column.querySelectorAll<HTMLElement>('button, select, input, a[href]')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
      })
      .map((el) => el.getAttribute('aria-label') ?? el.textContent);
  });
  expect(clipped).toEqual([]);
  await page.screenshot({ path: `${artifacts}/deck-zoom-200.png` });
  await context.close();
});
