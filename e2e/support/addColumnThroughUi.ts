import { expect, type Locator, type Page } from '@playwright/test';
import type { ColumnKind } from '../../shared/model/column';

export interface NewColumnChoice {
  kind: ColumnKind;
  /** `@user@host`, or "All accounts". */
  account?: string;
  /** The list, antenna, channel or role to follow, by name. */
  source?: string;
  /** The user, hashtag or search words. */
  text?: string;
}

/** Adds a column with the Add column dialog; returns the new column. */
export async function addColumnThroughUi(page: Page, choice: NewColumnChoice): Promise<Locator> {
  const before = await page.locator('section[data-column-id]').evaluateAll((columns) => columns.map((column) => column.getAttribute('data-column-id')));
  await page.getByRole('navigation', { name: 'Accounts and deck' }).getByRole('button', { name: 'Add column' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add column' });
  await dialog.locator(`input[name="column-kind"][value="${choice.kind}"]`).check();
  if (choice.account) await dialog.getByRole('combobox', { name: 'Account' }).selectOption({ label: choice.account });
  if (choice.source) {
    const select = dialog.locator('[data-sources-state="loaded"] select');
    await expect(select).toBeVisible();
    await select.selectOption({ label: choice.source });
  }
  if (choice.text) await dialog.locator('.field input[type="text"], .field input:not([type])').last().fill(choice.text);
  await dialog.getByRole('button', { name: 'Add column', exact: true }).click();
  await expect(dialog).toBeHidden();
  // The new column of that kind: a sign-in just before may still be adding its own starter columns.
  const newOfKind = () =>
    page.locator(`section[data-column-id][data-column-kind="${choice.kind}"]`).evaluateAll((columns) => columns.map((column) => column.getAttribute('data-column-id')));
  let addedId: string | null | undefined;
  await expect.poll(async () => (addedId = (await newOfKind()).find((id) => !before.includes(id)))).toBeTruthy();
  const column = page.locator(`section[data-column-id="${addedId}"]`);
  // A column scrolled out of the deck's view renders no rows.
  await column.scrollIntoViewIfNeeded();
  return column;
}
