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
async function measure(page: Page): Promise<Geometry> {
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

/**
 * What is wrong with one result at one screen size: at 360 × 640 the first entry point needs a way
 * in with a link, within the result's own budget below <main>'s top and on the first screen; at
 * 320 × 640 its name does.
 */
function problemsIn(url: string, g: Geometry, viewport: { width: number; height: number }): string[] {
  const part = viewport.width === screen.width ? 'reach' : 'name';
  const room = viewport.height - headerBudget;
  const where = part === 'reach' ? url : `${url} (${viewport.width} px)`;
  if (!g.name || !g.reach) return [`${where}: ${!g.name ? 'inget första kort' : 'kortet har ingen väg in ([data-reach])'}`];
  const wrong: string[] = [];
  if (part === 'reach' && !g.reach.link) wrong.push(`${where}: vägen in har ingen länk: "${g.reach.text}"`);
  const box = part === 'reach' ? g.reach : g.name;
  const what = part === 'reach' ? 'vägen in' : 'namnet';
  if (box.bottom - g.mainTop > room) wrong.push(`${where}: ${what} slutar ${box.bottom - g.mainTop} px under <main> (högst ${room}): "${g.name.text}"`);
  if (box.bottom > viewport.height) wrong.push(`${where}: ${what} slutar ${box.bottom} px ned (skärmen ${viewport.height}): "${g.name.text}"`);
  return wrong;
}

/**
 * Every result loaded once and measured at both sizes: the window is resized, not the page
 * reloaded, and each page starts at the size the one before ended at.
 */
async function problemsAtBothSizes(browser: Browser, baseURL: string, urls: string[]): Promise<string[]> {
  const context = await browser.newContext({ baseURL, viewport: screen });
  const page = await context.newPage();
  const wrong: string[] = [];
  let sizes = [screen, narrow];
  for (const url of urls) {
    await page.goto(url);
    for (const viewport of sizes) {
      if (page.viewportSize()?.width !== viewport.width) await page.setViewportSize(viewport);
      wrong.push(...problemsIn(url, await measure(page), viewport));
    }
    sizes = sizes.toReversed();
  }
  await context.close();
  return wrong;
}

const sections = [
  { name: 'navigator result', prefix: '/hitta-hjalp/' },
  { name: "relatives' guide result", prefix: '/for-anhoriga/guide/' },
];

for (const { name, prefix } of sections) {
  test(`every ${name}'s first entry point has a way in with a link on the first screen at 360 × 640 (within ${partBudget} px of <main>'s top), and its name at 320 × 640`, async ({ browser, baseURL }) => {
    expect(await problemsAtBothSizes(browser, baseURL!, resultUrls.filter((u) => u.startsWith(prefix)))).toEqual([]);
  });
}
