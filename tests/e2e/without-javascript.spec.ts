import { inBatches } from '../helpers/batches.ts';
import { sampledPageUrls } from '../helpers/pages.ts';
import { editionForPath, translator } from '../../src/i18n/editions.ts';
import { expect, quickExitUrl, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

// One context visits many pages, and each page is read in one call: a fresh context per page, or a
// locator per check, would take most of the time.
for (const urls of inBatches(sampledPageUrls, 30)) {
  test(`readable and navigable without JavaScript: ${urls[0]} … ${urls.at(-1)}`, async ({ page }) => {
    const problems: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      // Each page in its edition's words (English under /en/).
      const t = translator(editionForPath(url));
      const words = { quickExit: t('quickExit.button'), hint: t('quickExit.hint'), privacy: t('footer.privacy') };
      // Scripts are off in the page, not for the test: this runs as the test's own code.
      const checks = await page.evaluate(({ words, quickExitUrl }) => {
        // Shown: laid out with a size and not hidden by visibility, as Playwright's isVisible().
        const shown = (element: Element | null | undefined): boolean => {
          if (!element) return false;
          const box = element.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
        };
        const named = (name: string, within: ParentNode = document) => [...within.querySelectorAll('a')].filter((a) => (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim() === name);
        const withText = (text: string) => [...document.querySelectorAll('body *')].filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(text)));
        const h1s = document.querySelectorAll('h1');
        const footer = [...document.querySelectorAll('footer')].find((f) => !f.closest('article, aside, main, nav, section'));
        return {
          'one visible h1': h1s.length === 1 && shown(h1s[0]),
          'the acute strip with 112': shown(document.querySelector('[data-acute-strip] a[href="tel:112"]')),
          'the quick exit as a plain link': named(words.quickExit).some((a) => a.getAttribute('href') === quickExitUrl),
          // The Shift hint and "open now" need JavaScript, so they stay hidden without it.
          'no Shift hint': withText(words.hint).length > 0 && !withText(words.hint).some(shown),
          'no empty open-now text': ![...document.querySelectorAll('[data-open-now-text]')].some(shown),
          // "Lyssna" is shown by its script only, where the browser can speak.
          'no Lyssna control': ![...document.querySelectorAll('listen-aloud')].some(shown),
          'the footer': named(words.privacy, footer ?? document.createElement('div')).some(shown),
        };
      }, { words, quickExitUrl });
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
