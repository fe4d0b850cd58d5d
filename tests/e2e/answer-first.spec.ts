// The answer first (issue 16, point 2): on every navigator result and every relatives' guide result,
// at 360 × 640 and without scrolling, the first entry point's name and a way to reach it (a tel:
// link, or the fallback route: the switchboard's number, 1177, or a web page) are on the screen; at
// 320 × 640 at least its name is. Geometry only, every generated result page, one page reused.
//
// Two budgets: the result's own part, from <main>'s top to the way in (at most 440 px, whatever the
// header above it), and the real one, the viewport's bottom (640 px). The header above <main> is
// budgeted at 200 px on its own (issue 16, point 1).
import type { Browser, Page } from '@playwright/test';
import { builtPages } from '../helpers/dist.ts';
import { expect, test } from './fixtures.ts';

/** What the header above <main> may take (issue 16, point 1; tests/e2e/page-shell.spec.ts). */
const headerBudget = 200;
const screen = { width: 360, height: 640 };
/**
 * The result's own budget, from <main>'s top to the bottom of the first entry point's way in: what
 * the screen leaves below a header of the budgeted height, so a taller header cannot hide a result
 * that would not fit either.
 */
const partBudget = screen.height - headerBudget;
const narrow = { width: 320, height: 640 };


const isResult = (url: string, html: string) =>
  /^\/(hitta-hjalp\/(for-mig|for-nagon-annan|jag-ar-under-18)|for-anhoriga\/guide)\//.test(url) &&
  html.includes('class="answers"') &&
  !html.includes('class="choices"');

const resultUrls = builtPages().filter((p) => isResult(p.url, p.html)).map((p) => p.url);

interface Geometry {
  mainTop: number;
  name?: { bottom: number; text: string };
  reach?: { bottom: number; text: string; link: boolean };
}

/** Where, in page coordinates with the page unscrolled, the first entry point's name and way in end. */
async function measure(page: Page, url: string): Promise<Geometry> {
  await page.goto(url);
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const main = document.querySelector('main')!;
    const bottom = (el: Element) => Math.round(el.getBoundingClientRect().bottom);
    const card = main.querySelector('article.card');
    const title = card?.querySelector('.card__title');
    const reach = card?.querySelector('[data-reach]');
    // The link in the way in is what a thumb reaches for; a way in without one is measured whole.
    const link = reach?.querySelector('a[href^="tel:"], a[href^="http"]');
    return {
      mainTop: Math.round(main.getBoundingClientRect().top),
      name: title ? { bottom: bottom(title), text: title.textContent!.trim() } : undefined,
      reach: reach ? { bottom: bottom(link ?? reach), text: reach.textContent!.replace(/\s+/g, ' ').trim(), link: Boolean(link) } : undefined,
    };
  });
}

test.describe.configure({ timeout: 600_000 });

test('there are result pages to check: navigator results and relatives\' guide results', () => {
  expect(resultUrls.filter((u) => u.startsWith('/hitta-hjalp/')).length).toBeGreaterThan(100);
  expect(resultUrls.filter((u) => u.startsWith('/for-anhoriga/guide/')).length).toBeGreaterThan(50);
});

/** What is wrong with these results' own part: from <main>'s top to the first way in, and at 320 px to the name. */
async function partProblems(page: Page, urls: string[]): Promise<string[]> {
  const wrong: string[] = [];
  await page.setViewportSize(screen);
  for (const url of urls) {
    const g = await measure(page, url);
    if (!g.name || !g.reach) wrong.push(`${url}: ${!g.name ? 'inget första kort' : 'kortet har ingen väg in ([data-reach])'}`);
    else if (!g.reach.link) wrong.push(`${url}: vägen in har ingen länk: "${g.reach.text}"`);
    else if (g.reach.bottom - g.mainTop > partBudget) wrong.push(`${url}: vägen in slutar ${g.reach.bottom - g.mainTop} px under <main> (högst ${partBudget}): "${g.name.text}"`);
  }
  await page.setViewportSize(narrow);
  const room = narrow.height - headerBudget;
  for (const url of urls) {
    const g = await measure(page, url);
    if (g.name && g.name.bottom - g.mainTop > room) wrong.push(`${url} (320 px): namnet slutar ${g.name.bottom - g.mainTop} px under <main> (högst ${room}): "${g.name.text}"`);
  }
  return wrong;
}

test(`every navigator result's first entry point has a way in with a link, within ${partBudget} px of <main>'s top at 360 px (its name within ${640 - headerBudget} px at 320 px)`, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL! });
  expect(await partProblems(await context.newPage(), resultUrls.filter((u) => u.startsWith('/hitta-hjalp/')))).toEqual([]);
  await context.close();
});

test(`every relatives' guide result's first entry point has a way in with a link, within ${partBudget} px of <main>'s top at 360 px (its name within ${640 - headerBudget} px at 320 px)`, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL! });
  expect(await partProblems(await context.newPage(), resultUrls.filter((u) => u.startsWith('/for-anhoriga/guide/')))).toEqual([]);
  await context.close();
});

/** Results whose first entry point (its way in, or at 320 px its name) ends below the first screen. */
async function firstScreenProblems(browser: Browser, baseURL: string, viewport: { width: number; height: number }, part: 'reach' | 'name'): Promise<string[]> {
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  const wrong: string[] = [];
  for (const url of resultUrls) {
    const g = await measure(page, url);
    const box = part === 'reach' ? g.reach : g.name;
    if (!g.name || !box) wrong.push(`${url}: inget första kort${part === 'reach' ? ' med en väg in' : ''}`);
    else if (box.bottom > viewport.height) wrong.push(`${url}: ${part === 'reach' ? 'vägen in' : 'namnet'} slutar ${box.bottom} px ned (skärmen ${viewport.height}): "${g.name.text}"`);
  }
  await context.close();
  return wrong;
}

test('every result shows its first entry point\'s name and way in on the first screen at 360 × 640', async ({ browser, baseURL }) => {
  expect(await firstScreenProblems(browser, baseURL!, screen, 'reach')).toEqual([]);
});

test('every result shows its first entry point\'s name on the first screen at 320 × 640', async ({ browser, baseURL }) => {
  expect(await firstScreenProblems(browser, baseURL!, narrow, 'name')).toEqual([]);
});
