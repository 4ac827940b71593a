import { expect, type Page } from '@playwright/test';

const sidebar = (page: Page) => page.getByRole('navigation', { name: /^(Accounts and deck|アカウントとデッキ)$/ });

/** Opens the settings dialog from the sidebar (in English or Japanese). */
export async function openSettings(page: Page) {
  await sidebar(page).getByRole('button', { name: /^(Settings|設定)$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^(Settings|設定)$/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Sets the theme or the language in the settings dialog, then closes it. */
export async function setSetting(page: Page, setting: 'theme' | 'language', value: string) {
  const dialog = await openSettings(page);
  await dialog.locator(`select[data-setting="${setting}"]`).selectOption(value);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}
