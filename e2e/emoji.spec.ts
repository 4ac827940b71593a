import { mkdirSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { addColumnThroughUi } from './support/addColumnThroughUi';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';
import { setSetting } from './support/settingsThroughUi';

/**
 * Unicode emoji are the bundled Twemoji images, served by the app itself (never a CDN), in a note's
 * text, a name, reactions, the reaction picker and notifications; the screenshots are for looking at.
 */

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

const shots = process.env.EMOJI_SHOTS_DIR ?? 'e2e/artifacts';

/** Every emoji image inside, once loaded: alt, path and whether it has pixels. */
async function loadedEmoji(scope: Locator): Promise<{ alt: string; path: string; loaded: boolean }[]> {
  await expect(scope.locator('img.twemoji').first()).toBeVisible();
  return scope.locator('img.twemoji').evaluateAll((images) =>
    Promise.all(
      (images as HTMLImageElement[]).map(async (img) => {
        await img.decode().catch(() => undefined);
        return { alt: img.alt, path: new URL(img.src).pathname, loaded: img.naturalWidth > 0 };
      }),
    ),
  );
}

test('emoji are bundled images from the app itself: text, names, reactions, picker, notifications', async ({ page, context }) => {
  test.setTimeout(120_000);
  mkdirSync(shots, { recursive: true });
  const imageRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') imageRequests.push(request.url());
  });
  session = await startDeckSession();
  const server = session.standinUrl;
  const alice = `@alice@${new URL(server).host}`;
  const { note: own } = await control<{ note: { id: string } }>(server, 'post', { username: 'alice', text: 'お昼は 🍣 でした' });
  const { note } = await control<{ note: { id: string } }>(server, 'post', { username: 'bob', text: 'Family 👨‍👩‍👧, thumbs 👍🏽, flag 🇯🇵, keycap 1️⃣, hearts ❤️ ❤ — $[x2 🎉]' });
  await control(server, 'react', { username: 'admin', noteId: note.id, reaction: '👍🏽' });
  await control(server, 'react', { username: 'bob', noteId: own.id, reaction: '❤' });

  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  const home = page.locator('[data-column-kind="home"]');
  const article = home.locator(`article[data-note-id="${note.id}"]`);
  await expect(article).toBeVisible();
  await expect(article.getByRole('button', { name: '👍🏽 1' })).toBeVisible();

  expect(await loadedEmoji(article.locator('.note-text'))).toEqual(
    [
      ['👨‍👩‍👧', '1f468-200d-1f469-200d-1f467'],
      ['👍🏽', '1f44d-1f3fd'],
      ['🇯🇵', '1f1ef-1f1f5'],
      ['1️⃣', '31-20e3'],
      ['❤️', '2764'],
      ['❤', '2764'],
      ['🎉', '1f389'],
    ].map(([alt, file]) => ({ alt, path: `/twemoji/${file}.svg`, loaded: true })),
  );
  expect(await loadedEmoji(article.locator('.note-reactions'))).toEqual([{ alt: '👍🏽', path: '/twemoji/1f44d-1f3fd.svg', loaded: true }]);

  // A name with an emoji (the stand-in's Alice is "Alice 🐈"), on her own note.
  const ownArticle = home.locator(`article[data-note-id="${own.id}"]`);
  expect(await loadedEmoji(ownArticle.locator('.note-header'))).toContainEqual({ alt: '🐈', path: '/twemoji/1f408.svg', loaded: true });

  const notifications = await addColumnThroughUi(page, { kind: 'notifications', account: alice });
  // The column's kind icon (🔔) is an emoji too.
  expect(await loadedEmoji(notifications.locator('.column-icon'))).toEqual([{ alt: '🔔', path: '/twemoji/1f514.svg', loaded: true }]);
  const reactionRow = notifications.locator('article.notification[data-notification-type="reaction"]').first();
  expect(await loadedEmoji(reactionRow)).toEqual([
    { alt: '❤', path: '/twemoji/2764.svg', loaded: true },
    { alt: '🍣', path: '/twemoji/1f363.svg', loaded: true },
  ]);

  await article.getByRole('button', { name: 'React' }).click();
  const picker = page.getByRole('dialog', { name: 'Pick a reaction' });
  const smileys = picker.getByRole('group', { name: 'Smileys' });
  await smileys.getByRole('button').first().scrollIntoViewIfNeeded();
  expect((await loadedEmoji(smileys)).slice(0, 2)).toEqual([
    { alt: '👍', path: '/twemoji/1f44d.svg', loaded: true },
    { alt: '❤️', path: '/twemoji/2764.svg', loaded: true },
  ]);
  await picker.screenshot({ path: `${shots}/emoji-picker-en-light.png` });
  await page.keyboard.press('Escape');

  for (const language of ['en', 'ja'] as const) {
    if (language === 'ja') await setSetting(page, 'language', 'ja');
    for (const theme of ['light', 'dark'] as const) {
      await setSetting(page, 'theme', theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.screenshot({ path: `${shots}/emoji-deck-${language}-${theme}.png` });
    }
  }

  // Every image of the emoji set came from the app's own origin.
  const emojiRequests = imageRequests.filter((url) => url.includes('twemoji') || url.endsWith('.svg'));
  expect(emojiRequests.length).toBeGreaterThan(0);
  expect(emojiRequests.filter((url) => new URL(url).origin !== session.hostOrigin)).toEqual([]);
});
