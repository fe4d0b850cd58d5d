import { allPageUrls } from '../helpers/pages.ts';
import { expect, quickExitUrl, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

for (const url of allPageUrls) {
  test(`${url} is readable and navigable without JavaScript`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('[data-acute-strip] a[href="tel:112"]')).toBeVisible();
    await expect(page.getByRole('link', { name: /Lämna sidan snabbt/ })).toHaveAttribute('href', quickExitUrl);
    // The Shift hint only makes sense with JavaScript, so it stays hidden without it.
    await expect(page.getByText('eller tryck Skift tre gånger')).toBeHidden();

  });
}

test('the footer and menu links lead on, without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Integritet' }).click();
  await expect(page.locator('h1')).toHaveText('Integritet');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Hitta hjälp' }).click();
  await expect(page.locator('h1')).toHaveText('Vem gäller det?');
});

test('the skip link moves to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#innehall$/);
});
