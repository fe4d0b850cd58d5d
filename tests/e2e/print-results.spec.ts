// Issue 16, point 9: a result on paper. Paper has no links, so every link on a printed self-test
// result and navigator result writes out where it goes (a number to dial is its own text), and each
// result fits on one A4 sheet, to keep by the phone or bring to a visit.
import type { Page } from '@playwright/test';
import { builtPages } from '../helpers/dist.ts';
import { realContent } from '../helpers/navigator-data.ts';
import { expect, pdfPages, test } from './fixtures.ts';

const audit = '/testa-dina-vanor/audit/';
const municipalities = realContent().filter((e) => e.collection === 'municipalities').map((e) => e.id);
/** Every navigator result for one's own drinking as an adult: one per municipality. */
const navigatorResults = builtPages()
  .map((p) => p.url)
  .filter((url) => /^\/hitta-hjalp\/for-mig\/alkohol\/[^/]+\/26-och-aldre\/$/.test(url) && municipalities.some((id) => url.includes(`/${id}/`)));

/** AUDIT answered to its highest band (the longest result), without giving a sex. */
async function answerAuditHigh(page: Page) {
  await page.goto(audit);
  await page.getByRole('button', { name: 'Starta testet' }).click();
  for (let i = 0; i < 10; i += 1) {
    await page.locator('fieldset.question:visible label.option').last().click();
    await page.getByRole('button', { name: 'Nästa' }).click();
  }
  await page.getByLabel('Vill inte ange').check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByRole('heading', { name: 'Ditt resultat' })).toBeFocused();
}

/**
 * The printed links of <main> that do not say where they go: each line names the link. A number
 * to dial must be the link's own text; any other link prints its address after it, this site's
 * own paths after the site's origin when one is set.
 */
const unaddressedLinks = (page: Page) =>
  page.evaluate(() => {
    const origin = document.documentElement.dataset.printOrigin ?? '';
    const digits = (text: string) => text.replace(/\D/g, '');
    return [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
      .filter((a) => a.offsetParent !== null)
      .flatMap((a) => {
        const href = a.getAttribute('href')!;
        if (href.startsWith('#')) return [];
        if (href.startsWith('tel:')) {
          // +46 455 … is dialled as 0455 …: compare the subscriber digits.
          const number = digits(href.replace(/^tel:\+46/, '0'));
          return digits(a.textContent ?? '').endsWith(number.slice(-6)) ? [] : [`${a.textContent} → ${href}: the number is not the text`];
        }
        const written = getComputedStyle(a, '::after').content;
        const expected = href.startsWith('/') ? `${origin}${href}` : href;
        return written.includes(`(${expected})`) ? [] : [`${a.textContent?.trim()} → ${href}: prints ${written}`];
      });
  });

test('a printed self-test result writes out every link and fits one A4 page, with any municipality chosen', async ({ page }) => {
  await answerAuditHigh(page);
  const result = page.locator('[data-result]');
  const places = await result.locator('select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(places.length).toBeGreaterThan(0);
  for (const place of ['', ...places]) {
    await page.emulateMedia({ media: 'screen' });
    if (place) await result.getByLabel(/Var bor du/).selectOption(place);
    await page.emulateMedia({ media: 'print' });
    const links = await page.locator('main a[href]:visible').count();
    expect(links, place).toBeGreaterThan(2);
    expect(await unaddressedLinks(page), place || 'no municipality').toEqual([]);
    expect(pdfPages(await page.pdf({ format: 'A4' })), place || 'no municipality').toBe(1);
  }
});

test('every printed navigator result writes out every link', async ({ page }) => {
  expect(navigatorResults.length).toBe(municipalities.length);
  for (const url of navigatorResults) {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('main a[href]:visible').count(), url).toBeGreaterThan(2);
    expect(await unaddressedLinks(page), url).toEqual([]);
  }
});

// On paper a list of cards keeps what to call and what to say, in two columns (global.css).
test('every printed navigator result fits one A4 page', async ({ page }) => {
  const tooLong: string[] = [];
  for (const url of navigatorResults) {
    await page.goto(url);
    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    expect(pages, url).toBeGreaterThan(0);
    if (pages > 1) tooLong.push(`${url}: ${pages} pages`);
  }
  expect(tooLong).toEqual([]);
});

test("with the site's address set, its own links print in full", async ({ page }) => {
  // The real content/site.yaml may leave `url` out; the address then comes from the attribute
  // BaseLayout writes from it, set here as a site with an address would have it.
  await page.goto(navigatorResults[0]!);
  await page.evaluate(() => (document.documentElement.dataset.printOrigin = 'https://www.example.se'));
  await page.emulateMedia({ media: 'print' });
  expect(await unaddressedLinks(page)).toEqual([]);
  const first = page.locator('main a[href^="/"]:visible').first();
  const href = await first.getAttribute('href');
  expect(await first.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (https://www.example.se${href})"`);
});
