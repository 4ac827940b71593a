import { expect, test } from '@playwright/test';
import { deliverProtocolUrl, filesOnDisk, recordFramesToRenderer, startDeckSession, type DeckSession } from './support/deckSession';
import { control } from './support/standinControl';

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

test('sign in with MiAuth, watch the home timeline live, post a note — and no token reaches the renderer', async ({ page, context }) => {
  session = await startDeckSession({ callback: 'missdeck' });
  const framesToRenderer = recordFramesToRenderer(page);
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));

  await page.goto(session.hostUrl);
  await page.getByRole('textbox', { name: 'Server', exact: true }).fill(session.standinUrl);
  const consentPagePromise = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/Waiting for you to approve MissDeck on/)).toBeVisible();

  // The core opened the server's MiAuth page "in the browser": a second page here.
  const consent = await consentPagePromise;
  await expect(consent.getByText('MissDeck').first()).toBeVisible();
  const callback = consent.waitForRequest((request) => request.url().startsWith('missdeck:'));
  await consent.getByRole('button', { name: 'Accept' }).click();
  const callbackUrl = (await callback).url();
  expect(callbackUrl).toMatch(/^missdeck:\/\/auth\?session=[0-9a-f-]{36}$/);
  await deliverProtocolUrl(session, callbackUrl);

  // The deck opens with a home column filled from the REST timeline.
  const home = page.locator('[data-column-kind="home"]');
  await expect(home).toBeVisible();
  await expect(home).toHaveAttribute('aria-label', /Home — @alice@127\.0\.0\.1/);
  await expect(home.locator('[data-note-id]').first()).toBeVisible();
  expect(await home.locator('[data-note-id]').count()).toBeGreaterThan(3);

  // Another user posts on the server: the note arrives live, within a second, without reload.
  const text = `Live from bob ${Date.now()}`;
  const { note } = await control<{ note: { id: string } }>(session.standinUrl, 'post', { username: 'bob', text });
  await expect(home.locator(`[data-note-id="${note.id}"]`)).toContainText(text, { timeout: 1_000 });

  // Posting from the compose box: the note shows in the column and the box empties.
  const mine = `Hello from MissDeck ${Date.now()} <script>window.__pwned = 1</script>`;
  await page.getByLabel('Note text').fill(mine);
  await page.getByRole('button', { name: 'Post' }).click();
  await expect(home.locator('[data-note-id]', { hasText: mine })).toBeVisible();
  await expect(page.getByLabel('Note text')).toHaveValue('');
  await expect(home.locator('script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.screenshot({ path: 'e2e/artifacts/deck-after-slice.png' });

  // No token, neither the seeded ones nor the one MiAuth issued, ever crossed to the renderer or hit the disk.
  const { tokens } = await control<{ tokens: string[] }>(session.standinUrl, 'tokens');
  expect(tokens.length).toBeGreaterThan(3);
  expect(framesToRenderer.length).toBeGreaterThan(5);
  for (const token of tokens) {
    expect(framesToRenderer.filter((frame) => frame.includes(token))).toEqual([]);
    for (const file of filesOnDisk(session.dataDir)) expect(file.text, file.name).not.toContain(token);
  }
  expect(pageErrors).toEqual([]);
});

test('sign in through the host’s loopback callback, as `npm run web` does', async ({ page, context }) => {
  session = await startDeckSession({ callback: 'loopback' });
  await page.goto(session.hostUrl);
  await page.getByRole('textbox', { name: 'Server', exact: true }).fill(session.standinUrl);
  const consentPagePromise = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const consent = await consentPagePromise;
  await consent.getByRole('button', { name: 'Accept' }).click();
  await expect(consent.getByText('Sign-in received')).toBeVisible();
  await expect(page.locator('[data-column-kind="home"] [data-note-id]').first()).toBeVisible();
});

test('a server address that is not Misskey gets a clear message and opens nothing', async ({ page, context }) => {
  session = await startDeckSession({ callback: 'missdeck' });
  let opened = 0;
  context.on('page', () => opened++);
  await page.goto(session.hostUrl);
  await page.getByRole('textbox', { name: 'Server', exact: true }).fill('http://misskey.example');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Plain http is only allowed for servers on this computer');
  await page.getByRole('textbox', { name: 'Server', exact: true }).fill(`${session.hostOrigin}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('does not look like a Misskey server');
  expect(opened).toBe(0);
});
