// Search as people use it: their own words, inflected forms, slang, typos and municipality
// names, on a phone, by keyboard, with filters, and without the words leaving the page.
import { axeBuilder, expect, test } from './fixtures.ts';
import { resultUrls, searchFor, searchStatus } from './search-page.ts';

test('filters narrow the results, and their counts follow', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/sok/');
  await searchFor(page, 'spel');
  const all = await resultUrls(page);
  expect(all.length).toBeGreaterThan(5);

  await page.getByLabel('Typ av sida', { exact: true }).selectOption('sjalvtest');
  await expect(searchStatus(page)).toHaveText(/^\d+ av \d+ träffar för ”spel” med dina val\.$/);
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
  await searchFor(page, 'knark');
  const first = requests.filter((path) => path.startsWith('/pagefind/') || path.endsWith('sidor.json'));
  expect(first.length).toBeLessThanOrEqual(8);
  const before = requests.length;
  await searchFor(page, 'spelberoende');
  expect(requests.length - before).toBeLessThanOrEqual(3);
});

test('keyboard only at 360 px: type, filter, and open a result', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/sok/');
  await page.getByLabel('Vad letar du efter?').focus();
  await page.keyboard.type('Ronneby');
  await page.keyboard.press('Enter');
  await expect(searchStatus(page)).toContainText('träffar för ”Ronneby”');
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
  await searchFor(page, 'xyzzyqq');
  await expect(searchStatus(page)).toHaveText('Inga träffar för ”xyzzyqq”.');
  await expect(searchStatus(page)).toHaveAttribute('role', 'status');
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
      await searchFor(page, query);
      const results = await axeBuilder(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
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
  await expect(searchStatus(page)).toContainText('”LARO”');
  await expect(page).toHaveURL(/\/sok\/$/);
  await page.evaluate(() => (window.location.hash = 'q=Ronneby'));
  await expect(searchStatus(page)).toContainText('”Ronneby”');
  await expect(page.getByLabel('Vad letar du efter?')).toHaveValue('Ronneby');
  await expect(page).toHaveURL(/\/sok\/$/);
});

test('each result says what it is: a programme, an article for relatives and a lättläst page never look alike', async ({ page }) => {
  await page.goto('/sok/');
  await searchFor(page, 'min pappa dricker');
  const metas = await page.locator('.search-result__meta').allTextContents();
  const kinds = new Set(metas.map((m) => m.split(' · ')[0]));
  expect(kinds.size, metas.join('\n')).toBeGreaterThan(1);
  expect([...kinds].every((k) => k !== 'Anhörigstöd'), metas.join('\n')).toBe(true);
  await searchFor(page, 'lättläst alkohol');
  // Every lättläst result says so and no other does; the query finds both kinds.
  const results = await page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, meta: item.querySelector('.search-result__meta')!.textContent! })),
  );
  expect(results.filter((r) => r.href.startsWith('/lattlast/')).length).toBeGreaterThan(0);
  expect(results.filter((r) => !r.href.startsWith('/lattlast/')).length).toBeGreaterThan(0);
  expect(results.filter((r) => r.href.startsWith('/lattlast/') !== r.meta.includes('Lättläst'))).toEqual([]);
});
