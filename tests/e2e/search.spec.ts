// Search as people use it: their own words, inflected forms, slang, typos and municipality
// names, on a phone, by keyboard, with filters, and without the words leaving the page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { realContent } from '../helpers/navigator-data.ts';
import { expect, test } from './fixtures.ts';

/** Each query, and the pages of which at least one must be among the first three results. */
const expectations: [query: string, expected: string[]][] = [
  // What people feel, in sentences.
  ['mamma super jämt', ['/for-anhoriga/barn-och-unga/', '/for-anhoriga/barn-som-anhoriga/']],
  ['pappa spelar', ['/for-anhoriga/barn-och-unga/', '/for-anhoriga/nar-nagon-i-familjen-spelar-om-pengar/']],
  ['sambo dricker', ['/for-anhoriga/', '/for-anhoriga/att-vara-anhorig/']],
  ['barn till alkoholist', ['/for-anhoriga/barn-som-anhoriga/', '/for-anhoriga/stod/stodgrupper-for-barn/']],
  ['alkohol test', ['/testa-dina-vanor/audit/', '/testa-dina-vanor/audit-c/']],
  ['rena sprutor', ['/mottagningar/region-blekinge-sprututbyte/']],
  ['stödgrupp för barn', ['/for-anhoriga/stod/stodgrupper-for-barn/']],
  ['socialtjänsten karlshamn', ['/mottagningar/karlshamn-socialtjanst-vuxen/']],
  // Inflected forms: Swedish stemming.
  ['anhörigstödet', ['/mottagningar/karlshamn-anhorigstod/', '/mottagningar/ronneby-anhorigstod/', '/mottagningar/karlskrona-anhorigstod/']],
  ['spelare', ['/for-anhoriga/stod/spelberoendes-anhorigstod/', '/for-anhoriga/nar-nagon-i-familjen-spelar-om-pengar/', '/testa-dina-vanor/pgsi/']],
  ['beroendemottagningen', ['/mottagningar/region-blekinge-beroendemottagning/']],
  ['självmordstankar', ['/akut/']],
  // Synonyms from content/synonyms/.
  ['knark', ['/testa-dina-vanor/dudit/']],
  ['soc', ['/mottagningar/karlskrona-socialtjanst-vuxen/', '/mottagningar/ronneby-socialtjanst-vuxen/', '/mottagningar/olofstrom-socialtjanst-vuxen/']],
  ['gräs', ['/kunskap/cannabis/', '/testa-dina-vanor/dudit/']],
  ['benso', ['/mottagningar/region-blekinge-beroendemottagning/']],
  ['spelmissbruk', ['/for-anhoriga/stod/spelberoendes-anhorigstod/', '/for-anhoriga/stod/stodlinjen-spel-anhoriga/']],
  ['tramadol', ['/mottagningar/region-blekinge-laro/']],
  ['kakor', ['/integritet/']],
  // Municipality names, with and without å, ä, ö.
  ['Ronneby', ['/hitta-hjalp/ronneby/']],
  ['Sölvesborg', ['/hitta-hjalp/solvesborg/']],
  ['solvesborg', ['/hitta-hjalp/solvesborg/']],
  ['olofstrom', ['/hitta-hjalp/olofstrom/']],
  // Names of services and methods.
  ['LARO', ['/mottagningar/region-blekinge-laro/']],
  ['BUP', ['/mottagningar/bup-blekinge/']],
  ['personligt ombud', ['/mottagningar/personligt-ombud-blekinge/']],
  ['Al-Anon', ['/for-anhoriga/stod/al-anon-och-alateen/']],
  ['anhöriglinjen', ['/for-anhoriga/stod/anhoriglinjen-samtal/']],
  ['avgiftning', ['/mottagningar/region-blekinge-beroendeavdelning/', '/mottagningar/region-blekinge-beroendemottagning/']],
  // Typos: the common ones are listed as synonyms; Pagefind also splits compounds.
  ['spelberonde', ['/for-anhoriga/stod/spelberoendes-anhorigstod/']],
  ['narkotka', ['/mottagningar/region-blekinge-beroendemottagning/', '/testa-dina-vanor/dudit/', '/for-anhoriga/stod/craft-information/']],
  ['sprutbyte', ['/mottagningar/region-blekinge-sprututbyte/']],
];

const status = (page: Page) => page.locator('[data-search-status]');

async function search(page: Page, query: string) {
  await page.getByLabel('Vad letar du efter?').fill(query);
  await page.getByLabel('Vad letar du efter?').press('Enter');
  await expect(status(page)).toContainText(`”${query}”`);
}

const resultUrls = (page: Page) => page.locator('.search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test(`${expectations.length} queries find the expected page among the first three results`, async ({ page, offsite, cspViolations }) => {
  expect(expectations.length).toBeGreaterThanOrEqual(25);
  await page.goto('/sok/');
  const misses: string[] = [];
  for (const [query, expected] of expectations) {
    await search(page, query);
    const top = (await resultUrls(page)).slice(0, 3);
    if (!top.some((url) => expected.includes(url!))) misses.push(`${query}: ${top.join(', ')}`);
  }
  expect(misses).toEqual([]);
  expect(offsite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

// A service's or programme's own page must outrank the pages that mention it in passing.
const ownPages = realContent()
  .filter((entry) => entry.collection === 'services' || entry.collection === 'programmes')
  .map((entry) => ({
    name: entry.data.name as string,
    url: entry.collection === 'services' ? `/mottagningar/${entry.id}/` : `/for-anhoriga/stod/${entry.id}/`,
  }));

test(`each of the ${ownPages.length} services and programmes is the first result for its own name`, async ({ page }) => {
  await page.goto('/sok/');
  const misses: string[] = [];
  for (const { name, url } of ownPages) {
    await search(page, name);
    const first = (await resultUrls(page))[0];
    if (first !== url) misses.push(`${name}: ${first}`);
  }
  expect(misses).toEqual([]);
});

test('filters narrow the results, and their counts follow', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/sok/');
  await search(page, 'spel');
  const all = await resultUrls(page);
  expect(all.length).toBeGreaterThan(5);

  await page.getByLabel('Typ av sida', { exact: true }).selectOption('sjalvtest');
  await expect(status(page)).toHaveText(/^\d+ av \d+ träffar för ”spel” med dina val\.$/);
  const tests = await resultUrls(page);
  expect(tests.length).toBeGreaterThan(0);
  // The self-tests and their hub, in standard Swedish or lättläst.
  expect(tests.every((url) => /^\/(lattlast\/)?testa-dina-vanor\//.test(url!))).toBe(true);
  const count = Number(/\((\d+)\)/.exec((await page.locator('#filter-sidtyp option:checked').textContent())!)![1]);
  expect(count).toBe(tests.length);

  await page.getByLabel('Typ av sida', { exact: true }).selectOption('');
  await page.getByLabel('Kommun', { exact: true }).selectOption('ronneby');
  const inRonneby = await resultUrls(page);
  expect(inRonneby.length).toBeLessThan(all.length);
  expect(inRonneby).not.toContain('/hitta-hjalp/karlskrona/');
  expect(inRonneby.every((url) => !/karlskrona|karlshamn|olofstrom|solvesborg/.test(url!))).toBe(true);

  await page.getByLabel('Ämne', { exact: true }).selectOption('anhorig');
  const relativesInRonneby = await resultUrls(page);
  expect(relativesInRonneby.length).toBeGreaterThan(0);
  expect(relativesInRonneby.length).toBeLessThanOrEqual(inRonneby.length);
  await expect(page.locator('.search-result__meta').first()).toContainText(/Ronneby|Hela Blekinge län/);
});

test('the header box on a reading page searches without the words reaching the address, the server or the history', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/akut/');
  // No search code before the box is used.
  expect(requests.filter((url) => url.includes('/pagefind/') || url.includes('SiteSearch') || url.includes('sidor.json'))).toEqual([]);
  const historyBefore = await page.evaluate(() => history.length);

  await page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).fill('rena sprutor');
  await page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).press('Enter');
  await expect(page).toHaveURL(/\/sok\/$/);
  await expect(page.locator('.search-result__title').first()).toHaveAttribute('href', '/mottagningar/region-blekinge-sprututbyte/');
  expect(page.url()).not.toContain('sprutor');
  expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
  expect(requests.filter((url) => /sprutor/i.test(decodeURIComponent(url)))).toEqual([]);
  await expect(page.getByLabel('Vad letar du efter?')).toHaveValue('rena sprutor');
  expect(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, name: window.name }))).toEqual({ local: 0, session: 0, cookie: '', name: '' });
});

test('the search page loads no search code until the box is used, then a search costs few requests', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/sok/');
  expect(requests.filter((path) => path.startsWith('/pagefind/') || path.endsWith('sidor.json'))).toEqual([]);
  await page.getByLabel('Vad letar du efter?').focus();
  await search(page, 'knark');
  const first = requests.filter((path) => path.startsWith('/pagefind/') || path.endsWith('sidor.json'));
  expect(first.length).toBeLessThanOrEqual(8);
  const before = requests.length;
  await search(page, 'spelberoende');
  expect(requests.length - before).toBeLessThanOrEqual(3);
});

test('keyboard only at 360 px: type, filter, and open a result', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/sok/');
  await page.getByLabel('Vad letar du efter?').focus();
  await page.keyboard.type('Ronneby');
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('träffar för ”Ronneby”');
  await page.keyboard.press('Tab'); // the search button
  await page.keyboard.press('Tab'); // the filters, closed on a phone
  await expect(page.locator('.search-filters summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Typ av sida', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('.search-result__title').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/hitta-hjalp\/ronneby\/$/);
});

test('no results: a helpful way on, and the count is announced', async ({ page }) => {
  await page.goto('/sok/');
  await search(page, 'xyzzyqq');
  await expect(status(page)).toHaveText('Inga träffar för ”xyzzyqq”.');
  await expect(status(page)).toHaveAttribute('role', 'status');
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: /korta frågor/ })).toHaveAttribute('href', '/hitta-hjalp/');
  await expect(empty.getByRole('link', { name: /akut hjälp/ })).toHaveAttribute('href', '/akut/');
  await expect(empty.locator('a[href="tel:1177"]')).toBeVisible();
});

for (const width of [360, 1280]) {
  test(`axe finds no violation on /sok/ with results and with none, at ${width} px`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL!, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto('/sok/');
    const violations: string[] = [];
    for (const query of ['spel', 'xyzzyqq']) {
      await search(page, query);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      for (const v of results.violations) violations.push(`${query}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(violations).toEqual([]);
    await context.close();
  });
}

test('with JavaScript the search form is there from the first paint: nothing moves when the script runs', async ({ page }) => {
  // The script is held back: what the browser paints before it runs is what CSS alone decides.
  await page.route(/SiteSearch\.astro/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/sok/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('[data-search-form]')).toBeVisible();
  await expect(page.locator('[data-search-noscript]')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box opens /sok/, which lists every page by type and municipality', async ({ page }) => {
    await page.goto('/hitta-hjalp/');
    await page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).fill('knark');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    // The box has no name, so the words are not in the address the form opens.
    await expect(page).toHaveURL(/\/sok\/\??$/);
    await expect(page.getByText('Sökrutan behöver JavaScript')).toBeVisible();
    // A box that cannot search is not offered.
    await expect(page.getByRole('searchbox', { name: 'Vad letar du efter?' })).toBeHidden();
    const index = page.locator('.site-index');
    await expect(index.getByRole('heading', { name: 'Hitta hjälp och mottagningar' })).toBeVisible();
    await expect(index.getByRole('heading', { name: 'Ronneby' }).first()).toBeVisible();
    await expect(index.getByRole('link', { name: 'Sprututbytesmottagningen, Blekingesjukhuset' })).toBeVisible();
    await index.getByRole('link', { name: 'Hjälp i Olofström' }).click();
    await expect(page).toHaveURL(/\/hitta-hjalp\/olofstrom\/$/);
  });
});

test('a link to /sok/#q=… followed on the search page itself searches for its words', async ({ page }) => {
  await page.goto('/sok/#q=LARO');
  await expect(status(page)).toContainText('”LARO”');
  await expect(page).toHaveURL(/\/sok\/$/);
  await page.evaluate(() => (window.location.hash = 'q=Ronneby'));
  await expect(status(page)).toContainText('”Ronneby”');
  await expect(page.getByLabel('Vad letar du efter?')).toHaveValue('Ronneby');
  await expect(page).toHaveURL(/\/sok\/$/);
});

test('each result says what it is: a programme, an article for relatives and a lättläst page never look alike', async ({ page }) => {
  await page.goto('/sok/');
  await search(page, 'min pappa dricker');
  const metas = await page.locator('.search-result__meta').allTextContents();
  const kinds = new Set(metas.map((m) => m.split(' · ')[0]));
  expect(kinds.size, metas.join('\n')).toBeGreaterThan(1);
  expect([...kinds].every((k) => k !== 'Anhörigstöd'), metas.join('\n')).toBe(true);
  await search(page, 'lättläst alkohol');
  // Every lättläst result says so and no other does; the query finds both kinds.
  const results = await page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, meta: item.querySelector('.search-result__meta')!.textContent! })),
  );
  expect(results.filter((r) => r.href.startsWith('/lattlast/')).length).toBeGreaterThan(0);
  expect(results.filter((r) => !r.href.startsWith('/lattlast/')).length).toBeGreaterThan(0);
  expect(results.filter((r) => r.href.startsWith('/lattlast/') !== r.meta.includes('Lättläst'))).toEqual([]);
});
