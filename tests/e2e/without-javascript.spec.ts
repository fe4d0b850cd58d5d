import { inBatches } from '../helpers/batches.ts';
import { allPageUrls } from '../helpers/pages.ts';
import { editionForPath, translator } from '../../src/i18n/editions.ts';
import { expect, quickExitUrl, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

// One context visits many pages: a fresh browser context per page would take most of the time.
for (const urls of inBatches(allPageUrls, 30)) {
  test(`readable and navigable without JavaScript: ${urls[0]} … ${urls.at(-1)}`, async ({ page }) => {
    const problems: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      // Each page in its edition's words (English under /en/).
      const t = translator(editionForPath(url));
      const checks = {
        'one visible h1': (await page.locator('h1').count()) === 1 && (await page.locator('h1').isVisible()),
        'the acute strip with 112': await page.locator('[data-acute-strip] a[href="tel:112"]').isVisible(),
        'the quick exit as a plain link': (await page.getByRole('link', { name: t('quickExit.button') }).getAttribute('href')) === quickExitUrl,
        // The Shift hint and "open now" need JavaScript, so they stay hidden without it.
        'no Shift hint': await page.getByText(t('quickExit.hint')).isHidden(),
        'no empty open-now text': (await page.locator('[data-open-now-text]:visible').count()) === 0,
        // "Lyssna" is shown by its script only, where the browser can speak.
        'no Lyssna control': (await page.locator('listen-aloud:visible').count()) === 0,
        'the footer': await page.getByRole('contentinfo').getByRole('link', { name: t('footer.privacy') }).isVisible(),
      };
      for (const [check, ok] of Object.entries(checks)) if (!ok) problems.push(`${url}: ${check}`);
    }
    expect(problems).toEqual([]);
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
