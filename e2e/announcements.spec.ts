import { expect, test } from '@playwright/test';
import { addColumnThroughUi } from './support/addColumnThroughUi';
import { standinApi } from './support/aliceSession';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';
import { setSetting } from './support/settingsThroughUi';

// Issue 13: grouped notifications and server announcements, through the host and the stand-in.

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

const shots = process.env.MISSDECK_SHOTS ?? '/tmp';

test('grouped reactions update live in one row; an announcement pops up once, is read on the server and stays listed', async ({ page, context }) => {
  test.setTimeout(120_000);
  session = await startDeckSession();
  const server = session.standinUrl;
  const { note } = await control<{ note: { id: string } }>(server, 'post', { username: 'alice', text: 'A note about pudding 🍮' });
  await control(server, 'react', { username: 'bob', noteId: note.id, reaction: '👍' });
  await control(server, 'react', { username: 'admin', noteId: note.id, reaction: ':missdeck_ok:' });
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  await expect(page.locator('[data-column-kind="home"] [data-note-id]').first()).toBeVisible();

  const column = await addColumnThroughUi(page, { kind: 'notifications' });
  const group = column.locator('article[data-notification-type="reaction:grouped"]');
  await expect(group).toHaveCount(1);
  await expect(group.locator('.notification-person')).toHaveCount(2);
  // Each reaction drawn as in the reactions bar: unicode as the bundled Twemoji, our server's emoji as its image.
  await expect(group.locator('.notification-person-reaction img.twemoji[alt="👍"]')).toHaveAttribute('src', /twemoji\/1f44d\.svg$/);
  await expect(group.locator('.notification-person-reaction img.mfm-emoji[alt=":missdeck_ok:"]')).toHaveAttribute('src', `${server}/files/emoji-missdeck_ok.png`);
  const groupId = await group.getAttribute('data-notification-id');

  await control(server, 'createUser', { username: 'carol' });
  await control(server, 'react', { username: 'carol', noteId: note.id, reaction: '❤' });
  await expect(group.locator('.notification-person')).toHaveCount(3);
  await expect(group).toHaveAttribute('data-notification-id', groupId!);
  await expect(group.locator('.notification-person').first()).toHaveAttribute('title', /❤/);
  await expect(column.locator('article[data-notification-type="reaction"]')).toHaveCount(0);

  // A global announcement arrives live: shown once, read on the server with OK.
  const global = (await control<{ announcement: { id: string } }>(server, 'announce', { title: 'Scheduled maintenance', text: 'The server will restart at **03:00 UTC**.' }))
    .announcement;
  const popup = page.getByRole('dialog', { name: 'Scheduled maintenance' });
  await expect(popup).toBeVisible();
  await expect(popup.locator('.announcement-text b')).toHaveText('03:00 UTC');
  await popup.getByRole('button', { name: 'OK' }).click();
  await expect(popup).toBeHidden();
  await expect.poll(async () => (await standinApi<{ id: string; isRead: boolean }[]>(server, 'announcements', {})).find((a) => a.id === global.id)?.isRead).toBe(true);

  // A personal one that needs confirmation asks first.
  const personal = (
    await control<{ announcement: { id: string } }>(server, 'announce', { title: 'Please confirm', text: 'A personal notice for alice.', username: 'alice', needConfirmationToRead: true, icon: 'warning' })
  ).announcement;
  const confirmPopup = page.getByRole('dialog', { name: 'Please confirm' });
  await expect(confirmPopup).toBeVisible();
  await confirmPopup.getByRole('button', { name: 'OK' }).click();
  await expect(confirmPopup.getByRole('group', { name: 'Are you sure you read this?' })).toBeVisible();
  await confirmPopup.getByRole('button', { name: 'Yes, I read it' }).click();
  await expect(confirmPopup).toBeHidden();
  await expect.poll(async () => (await standinApi<{ id: string }[]>(server, 'announcements', { isActive: false })).map((a) => a.id)).toEqual([personal.id]);

  // Both stay listed: the global one (read) as current, the personal one as past.
  await page.getByRole('navigation').getByRole('button', { name: 'Announcements' }).click();
  const list = page.getByRole('dialog', { name: 'Announcements' });
  await expect(list.locator(`[data-announcement-id="${global.id}"]`)).toHaveAttribute('data-read', 'true');
  await list.getByRole('button', { name: 'Past' }).click();
  await expect(list.locator(`[data-announcement-id="${personal.id}"]`)).toContainText('A personal notice for alice.');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();

  // Not shown again after a reload: the one still unread is the only one that pops up.
  await control(server, 'announce', { title: 'Welcome', text: 'Hello $[x2 everyone] :blob_wave: https://example.test', imageUrl: `${server}/files/nope.png` });
  await page.reload();
  const welcome = page.getByRole('dialog', { name: 'Welcome' });
  await expect(welcome).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Scheduled maintenance' })).toHaveCount(0);

  // Screenshots: the popup and the grouped row, light and dark, English and Japanese.
  for (const language of ['en', 'ja'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      await welcome.getByRole('button', { name: /^(Later|あとで)$/ }).click();
      await expect(welcome).toBeHidden();
      await setSetting(page, 'theme', theme);
      await setSetting(page, 'language', language);
      await page.screenshot({ path: `${shots}/notif-group-${language}-${theme}.png` });
      await group.screenshot({ path: `${shots}/notif-group-row-${language}-${theme}.png` });
      await page.reload();
      await expect(welcome).toBeVisible();
      await page.screenshot({ path: `${shots}/announcement-${language}-${theme}.png` });
    }
  }
});
