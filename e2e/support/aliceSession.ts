import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { startDeckSession, type DeckSession } from './deckSession';
import { signInThroughUi } from './signInThroughUi';

/** alice's native login token, seeded on every stand-in. */
export const aliceToken = 'standinAliceTok1';

/** A Misskey API call on the stand-in as alice (or another token), as a client would make it. */
export async function standinApi<T>(server: string, endpoint: string, body: Record<string, unknown>, token = aliceToken): Promise<T> {
  const response = await fetch(`${server}/api/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, i: token }),
  });
  if (!response.ok) throw new Error(`${endpoint} failed: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? null : await response.json()) as T;
}

/** One stand-in, alice signed in through the UI; her home column once it shows notes. */
export async function signedInAsAlice(page: Page, context: BrowserContext): Promise<{ session: DeckSession; home: Locator }> {
  const session = await startDeckSession();
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, session.standinUrl, 'alice');
  const home = page.locator('[data-column-kind="home"]');
  await expect(home.locator('[data-note-id]').first()).toBeVisible();
  return { session, home };
}
