import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { chromiumArgs } from '../../playwright.config';
import { startDeckSession } from './deckSession';
import { setSetting } from './settingsThroughUi';
import { signInThroughUi } from './signInThroughUi';
import { control } from './standinControl';

// The README's screenshots, taken as a person sees the deck: `npx tsx e2e/support/readmeScreenshots.ts`
// (after `npm run build`) writes docs/deck.png, docs/deck-ja-dark.png and docs/deck-ja-light.png.

const docs = resolve(import.meta.dirname, '../../docs');
const session = await startDeckSession();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  const server = session.standinUrl;
  await control(server, 'post', { username: 'bob', text: 'Reading https://preview.example/article with coffee ☕' });
  await control(server, 'post', {
    username: 'bob',
    text: `A long thread of thoughts about decks 🃏\n${Array.from({ length: 14 }, (_, i) => `${i + 1}. Columns side by side, each live, each its own account.`).join('\n')}`,
  });
  const { note } = await control<{ note: { id: string } }>(server, 'post', { username: 'bob', text: 'Good morning 🌅 $[tada 🎉] **MissDeck** :missdeck_ok:' });
  for (const [username, reaction] of [['alice', '👍'], ['admin', '🎉'], ['bob', ':blob_heart:']] as const) {
    await control(server, 'react', { username, noteId: note.id, reaction });
  }
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  await page.locator('[data-column-kind="home"] article[data-note-id]').first().waitFor();
  await page.locator('[data-column-kind="home"] .link-preview-title').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(1_000); // images decoding: this is a picture, not a test
  await setSetting(page, 'theme', 'dark');
  await page.screenshot({ path: resolve(docs, 'deck.png') });
  await setSetting(page, 'language', 'ja');
  await page.waitForTimeout(500);
  await page.screenshot({ path: resolve(docs, 'deck-ja-dark.png') });
  await setSetting(page, 'theme', 'light');
  await page.waitForTimeout(500);
  await page.screenshot({ path: resolve(docs, 'deck-ja-light.png') });
} finally {
  await browser.close();
  await session.close();
}
