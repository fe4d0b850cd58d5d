// The English search (issue 17, point 4) and the view of no results in both languages (point 6):
// English residents' own words find the English page they need, the Swedish search loads nothing
// English and the English one nothing Swedish until English has nothing, the words never reach an
// address, and a search that finds nothing always leads on.
import type { Page } from '@playwright/test';
import { axeBuilder, expect, test } from './fixtures.ts';

/** Each query as an English-speaking resident would type it, and the page that must be among the first three. */
const expectations: [query: string, expected: string][] = [
  ['my dad drinks too much', '/en/for-anhoriga/'],
  ['my husband is an alcoholic', '/en/for-anhoriga/'],
  ['worried about my son using drugs', '/en/for-anhoriga/'],
  ['help for my mum', '/en/for-anhoriga/'],
  ['am I drinking too much', '/en/testa-dina-vanor/'],
  ['gambling test', '/en/testa-dina-vanor/'],
  ['where can I get help', '/en/hitta-hjalp/'],
  ['alcohol clinic in Karlskrona', '/en/hitta-hjalp/'],
  ["can't stop gambling", '/en/hitta-hjalp/'],
  ['naloxone', '/en/kunskap/sprututbyte-och-naloxon/'],
  ['clean needles', '/en/kunskap/sprututbyte-och-naloxon/'],
  ['overdose', '/en/akut/'],
  ['how much does rehab cost', '/en/kunskap/kostnader/'],
  ['is treatment free', '/en/kunskap/kostnader/'],
  ['involuntary care', '/en/kunskap/tvangsvard-lvm-och-lpt/'],
  ['what is LPT', '/en/kunskap/tvangsvard-lvm-och-lpt/'],
  ['SIP meeting', '/en/kunskap/samordnad-individuell-plan/'],
  ['care plan', '/en/kunskap/samordnad-individuell-plan/'],
  ['depression and addiction', '/en/kunskap/samsjuklighet-och-reformen/'],
];

const status = (page: Page) => page.locator('[data-search-status]');
const searchData = (path: string) => path.includes('/pagefind/') || path.endsWith('sidor.json');

async function search(page: Page, label: string, query: string) {
  await page.getByLabel(label).fill(query);
  await page.getByLabel(label).press('Enter');
  // The status names the query in the page's own quotation marks: ”…” in Swedish, “…” in English.
  await expect(status(page)).toContainText(query);
}

const resultUrls = (page: Page) => page.locator('[data-search-results] .search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test(`${expectations.length} English queries find the page they need among the first three results, loading only English data`, async ({ page, offsite, cspViolations }) => {
  expect(expectations.length).toBeGreaterThanOrEqual(15);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/en/sok/');
  const misses: string[] = [];
  for (const [query, expected] of expectations) {
    await search(page, 'What are you looking for?', query);
    await expect(page.locator('[data-search-results]')).toBeVisible();
    const top = (await resultUrls(page)).slice(0, 3);
    if (!top.includes(expected)) misses.push(`${query}: ${top.join(', ')}`);
  }
  console.log(`English queries: ${expectations.length - misses.length} of ${expectations.length} find their page among the first three.`);
  expect(misses).toEqual([]);
  // Every result is an English page, and the English search fetched English data only.
  const loaded = requests.filter(searchData);
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((path) => !path.startsWith('/pagefind/en/') && path !== '/en/sok/sidor.json')).toEqual([]);
  expect(offsite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('the Swedish search loads no English data', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/sok/');
  for (const query of ['knark', 'naloxone', 'xyzzyqq']) {
    await page.getByLabel('Vad letar du efter?').fill(query);
    await page.getByLabel('Vad letar du efter?').press('Enter');
    await expect(status(page)).toContainText(`”${query}”`);
  }
  const loaded = requests.filter(searchData);
  expect(loaded).toContain('/sok/sidor.json');
  expect(loaded.filter((path) => path.startsWith('/pagefind/en/') || path.startsWith('/en/'))).toEqual([]);
  for (const url of await page.locator('.search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) expect(url.startsWith('/en/'), url).toBe(false);
});

test('the English header box carries the words to /en/sok/ without an address, storage or request holding them', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/en/akut/');
  expect(requests.filter((url) => searchData(new URL(url).pathname))).toEqual([]);
  const historyBefore = await page.evaluate(() => history.length);
  await page.getByRole('searchbox', { name: 'Search the website' }).fill('clean needles');
  await page.getByRole('searchbox', { name: 'Search the website' }).press('Enter');
  await expect(page).toHaveURL(/\/en\/sok\/$/);
  await expect(page.getByLabel('What are you looking for?')).toHaveValue('clean needles');
  await expect(page.locator('.search-result__title').first()).toHaveAttribute('href', '/en/kunskap/sprututbyte-och-naloxon/');
  expect(page.url()).not.toContain('needles');
  expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
  expect(requests.filter((url) => /needles/i.test(decodeURIComponent(url)))).toEqual([]);
  expect(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, name: window.name }))).toEqual({ local: 0, session: 0, cookie: '', name: '' });
  // English results say what they are in English, and are not marked as English: all of them are.
  const meta = await page.locator('.search-result__meta').first().textContent();
  expect(meta).toMatch(/^Knowledge/);
  expect(meta).not.toContain('English');
});

test.describe('no results', () => {
  test('in English: the acute lines, the navigator, three English pages close by topic, and the Swedish pages on the subject', async ({ page }) => {
    await page.goto('/en/sok/');
    await search(page, 'What are you looking for?', 'suicidal thoughts');
    await expect(status(page)).toHaveText('No results for “suicidal thoughts”.');
    const empty = page.locator('[data-search-empty]');
    await expect(empty).toBeVisible();
    for (const tel of ['tel:112', 'tel:1177', 'tel:90101']) await expect(empty.locator(`a[href="${tel}"]`)).toBeVisible();
    await expect(empty.getByRole('link', { name: /short questions/ })).toHaveAttribute('href', '/en/hitta-hjalp/');
    await expect(empty.getByRole('link', { name: /acute help/ })).toHaveAttribute('href', '/en/akut/');
    const closest = empty.locator('[data-search-closest]');
    await expect(closest.getByRole('heading', { name: 'Pages closest to what you searched for' })).toBeVisible();
    const closestUrls = await closest.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(closestUrls).toHaveLength(3);
    expect(closestUrls).toContain('/en/akut/');
    for (const url of closestUrls) expect(url.startsWith('/en/')).toBe(true);
    // The query is about mental health: the Swedish pages on it, marked as Swedish, a line for it among them.
    const swedish = empty.locator('[data-search-swedish]');
    await expect(swedish.getByRole('heading', { name: 'Pages in Swedish on this subject' })).toBeVisible();
    const links = swedish.locator('a');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('lang', 'sv');
      await expect(link).toHaveAttribute('hreflang', 'sv');
      expect((await link.getAttribute('href'))!.startsWith('/en/')).toBe(false);
    }
    await expect(swedish.locator('.search-result__meta').first()).toContainText('In Swedish');
    await expect(swedish.locator('a[href="/stodlinjer/hjalplinjen/"]')).toBeVisible();
  });

  test('in English, words alike to no subject: still three pages, and no Swedish list', async ({ page }) => {
    await page.goto('/en/sok/');
    await search(page, 'What are you looking for?', 'xyzzyqq');
    await expect(page.locator('[data-search-closest] a')).toHaveCount(3);
    await expect(page.locator('[data-search-swedish]')).toBeHidden();
  });

  test('in Swedish: the acute lines, the navigator and the three pages closest to a misspelling', async ({ page }) => {
    await page.goto('/sok/');
    await page.getByLabel('Vad letar du efter?').fill('hassch');
    await page.getByLabel('Vad letar du efter?').press('Enter');
    await expect(status(page)).toHaveText('Inga träffar för ”hassch”.');
    const empty = page.locator('[data-search-empty]');
    for (const tel of ['tel:112', 'tel:1177', 'tel:90101']) await expect(empty.locator(`a[href="${tel}"]`)).toBeVisible();
    await expect(empty.getByRole('link', { name: /korta frågor/ })).toHaveAttribute('href', '/hitta-hjalp/');
    await expect(empty.getByRole('heading', { name: 'Sidor som ligger närmast det du sökte' })).toBeVisible();
    const closest = await empty.locator('[data-search-closest] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(closest).toHaveLength(3);
    expect(closest[0]).toBe('/kunskap/cannabis/');
    expect(closest.filter((url) => url.startsWith('/lattlast/') || url.startsWith('/en/'))).toEqual([]);
    // A search that finds something hides the view again.
    await page.getByLabel('Vad letar du efter?').fill('hasch');
    await page.getByLabel('Vad letar du efter?').press('Enter');
    await expect(empty).toBeHidden();
  });
});

for (const width of [360, 1280]) {
  test(`axe finds no violation on /en/sok/ with results and with none, at ${width} px`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL!, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto('/en/sok/');
    const violations: string[] = [];
    for (const query of ['alcohol', 'suicidal thoughts']) {
      await search(page, 'What are you looking for?', query);
      const results = await axeBuilder(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      for (const v of results.violations) violations.push(`${query}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(violations).toEqual([]);
    await context.close();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the English header box opens /en/sok/, which lists every English page and only those', async ({ page }) => {
    await page.goto('/en/hitta-hjalp/');
    await page.getByRole('searchbox', { name: 'Search the website' }).fill('naloxone');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/sok\/\??$/);
    await expect(page.getByText('The search box needs JavaScript')).toBeVisible();
    const index = page.locator('.site-index');
    const urls = await index.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith('/en/'), url).toBe(true);
    await index.getByRole('link', { name: /Needle exchange and naloxone/ }).click();
    await expect(page).toHaveURL(/\/en\/kunskap\/sprututbyte-och-naloxon\/$/);
  });
});
