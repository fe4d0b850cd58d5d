import { expect, quickExitUrl, test } from './fixtures.ts';

const exitLink = (page: import('@playwright/test').Page) => page.getByRole('link', { name: /Lämna sidan snabbt/ });

test.beforeEach(async ({ page, offsite }) => {
  void offsite; // installs the network watch and the stubbed neutral page
  await page.goto('/');
  await page.getByRole('link', { name: 'Akut hjälp' }).first().click();
  await expect(page).toHaveURL(/\/akut\/$/);
  // The Shift hint shows once the page's script runs: only then do key presses count. Without
  // this wait a press could land between the address changing and the script starting.
  await expect(page.getByText('eller tryck Skift tre gånger')).toBeVisible();
});

test('the button leaves the site, and Back does not return to the page it left', async ({ page }) => {
  await exitLink(page).click();
  await expect(page).toHaveURL(quickExitUrl);
  await page.goBack();
  await expect(page).not.toHaveURL(/\/akut\/$/);
  await expect(page).toHaveURL(/\/$/);
  // The page we come back to is shown, not the blank cover.
  await expect(page.locator('[data-quick-exit-overlay]')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});

test('pressing Shift three times leaves the site, and Back does not return to the page it left', async ({ page }) => {
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status').filter({ hasText: /Skift 1 av 3/ })).toHaveCount(1);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(quickExitUrl);
  await page.goBack();
  await expect(page).not.toHaveURL(/\/akut\/$/);
});

test('Shift pressed twice, then another key, does not leave', async ({ page }) => {
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/akut\/$/);
});

test('keyboard only: Tab to the button and press Enter', async ({ page }) => {
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab');
  await expect(exitLink(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(quickExitUrl);
  await page.goBack();
  await expect(page).not.toHaveURL(/\/akut\/$/);
});

test('it is a link a screen reader announces with the Shift shortcut', async ({ page }) => {
  await expect(exitLink(page)).toHaveAccessibleName('Lämna sidan snabbt eller tryck Skift tre gånger');
  await expect(exitLink(page)).toHaveAttribute('rel', /noreferrer/);
});
