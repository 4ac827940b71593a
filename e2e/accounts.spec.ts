import { expect, test, type Page } from '@playwright/test';
import { deliverProtocolUrl, filesOnDisk, recordFramesToRenderer, startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

const sidebarAccounts = (page: Page) => page.getByRole('list', { name: 'Signed-in accounts' }).locator('li[data-account-id]');

test('three accounts on two servers: restored after a restart, re-auth on revoke with columns kept, removal', async ({ page, context }) => {
  test.setTimeout(90_000);
  session = await startDeckSession({ servers: 2 });
  const [serverA, serverB] = session.standinUrls as [string, string];
  const hostA = new URL(serverA).host;
  const hostB = new URL(serverB).host;
  const frames = recordFramesToRenderer(page);

  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, serverA, 'alice');
  await signInThroughUi(page, context, session, serverA, 'bob');
  await signInThroughUi(page, context, session, serverB, 'alice');
  await expect(sidebarAccounts(page)).toHaveCount(3);
  await expect(page.locator('[data-column-kind="home"]')).toHaveCount(3);

  // Restart the app: everything comes back from disk.
  await session.restartHost();
  await page.goto(session.hostUrl);
  await expect(sidebarAccounts(page)).toHaveCount(3);
  // In account order, each connected again by the restarted core.
  await expect(sidebarAccounts(page).nth(0)).toHaveAttribute('title', new RegExp(`^@alice@${hostA}\\b`));
  await expect(sidebarAccounts(page).nth(1)).toHaveAttribute('title', new RegExp(`^@bob@${hostA}\\b`));
  await expect(sidebarAccounts(page).nth(2)).toHaveAttribute('title', new RegExp(`^@alice@${hostB}\\b`));
  for (let i = 0; i < 3; i++) await expect(sidebarAccounts(page).nth(i)).toHaveAttribute('data-live-state', 'live');
  const homes = page.locator('[data-column-kind="home"]');
  await expect(homes).toHaveCount(3);
  // Each account's first sign-in brought four columns: bring each home column into view (one scrolled out renders no rows).
  for (let i = 0; i < 3; i++) {
    await homes.nth(i).scrollIntoViewIfNeeded();
    await expect(homes.nth(i).locator('[data-note-id]').first()).toBeVisible();
  }

  // The server revokes alice@A's token: her column stays and asks her to sign in again.
  await control(serverA, 'revokeTokensOf', { username: 'alice' });
  await control(serverA, 'dropSockets');
  const aliceColumn = page.locator(`[data-column-kind="home"][aria-label$="@alice@${hostA}"]`);
  await aliceColumn.scrollIntoViewIfNeeded();
  await expect(aliceColumn.locator('[data-column-notice="reauth"]')).toContainText(`@alice@${hostA} needs to sign in again.`);
  await expect(aliceColumn.locator('[data-note-id]').first()).toBeVisible();
  await expect(homes).toHaveCount(3);

  // Signing in again restores the same account and column.
  await control(serverA, 'setMiAuthUser', { username: 'alice' });
  const consentPromise = context.waitForEvent('page');
  await aliceColumn.getByRole('button', { name: 'Sign in again' }).click();
  await expect(page.getByRole('heading', { name: `Sign in again as @alice@${hostA}` })).toBeVisible();
  const consent = await consentPromise;
  const callback = consent.waitForRequest((request) => request.url().startsWith('missdeck:'));
  await consent.getByRole('button', { name: 'Accept' }).click();
  await deliverProtocolUrl(session, (await callback).url());
  await expect(aliceColumn.locator('[data-column-notice="reauth"]')).toHaveCount(0);
  await expect(sidebarAccounts(page)).toHaveCount(3);

  // Remove bob with his columns.
  await page.getByRole('button', { name: 'Accounts', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Accounts' });
  await dialog.locator('li[data-account-id]').nth(1).getByRole('button', { name: 'Remove', exact: true }).click();
  await page.getByRole('alertdialog', { name: `Remove @bob@${hostA}?` }).getByRole('button', { name: 'Remove account and its columns' }).click();
  await expect(dialog.getByRole('status')).toContainText(`@bob@${hostA}`);
  await expect(dialog.locator('li[data-account-id]')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(sidebarAccounts(page)).toHaveCount(2);
  await expect(homes).toHaveCount(2);
  await page.screenshot({ path: 'e2e/artifacts/accounts-after-removal.png' });

  // No token from either server ever reached the renderer or the disk in plaintext.
  const tokens = [
    ...(await control<{ tokens: string[] }>(serverA, 'tokens')).tokens,
    ...(await control<{ tokens: string[] }>(serverB, 'tokens')).tokens,
  ];
  expect(tokens.length).toBeGreaterThanOrEqual(10);
  expect(frames.length).toBeGreaterThan(10);
  for (const token of tokens) {
    expect(frames.filter((frame) => frame.includes(token))).toEqual([]);
    for (const file of filesOnDisk(session.dataDir)) expect(file.text, file.name).not.toContain(token);
  }
});
