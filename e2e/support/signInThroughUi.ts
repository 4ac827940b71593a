import { expect, type BrowserContext, type Page } from '@playwright/test';
import { deliverProtocolUrl, type DeckSession } from './deckSession';
import { control } from './standinControl';

/**
 * Adds an account the way a person does: the Server field, Sign in, Accept on the server's MiAuth
 * page (opened by the core as a second page), then the `missdeck://` callback handed to the core.
 */
export async function signInThroughUi(page: Page, context: BrowserContext, session: DeckSession, standinUrl: string, username: string): Promise<void> {
  await control(standinUrl, 'setMiAuthUser', { username });
  const sidebarAdd = page.getByRole('navigation', { name: 'Accounts and deck' }).getByRole('button', { name: 'Add account' });
  const serverField = page.getByRole('textbox', { name: 'Server', exact: true });
  // The add-account screen shows by itself when there is no account yet; otherwise open it.
  await expect(serverField.or(sidebarAdd)).toBeVisible();
  if (!(await serverField.isVisible())) await sidebarAdd.click();
  await serverField.fill(standinUrl);
  const consentPromise = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const consent = await consentPromise;
  const callback = consent.waitForRequest((request) => request.url().startsWith('missdeck:'));
  await consent.getByRole('button', { name: 'Accept' }).click();
  await deliverProtocolUrl(session, (await callback).url());
  await consent.close();
  await expect(serverField).toBeHidden();
}
