// Shared browser-test setup: every page is opened in a fresh context whose network is watched.
// Requests to any host but the site fail the test; the neutral exit page is stubbed so that
// leaving the site never touches the real internet.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const site = readFileSync(join(import.meta.dirname, '../../content/site.yaml'), 'utf8');
export const quickExitUrl = /quickExitUrl: (\S+)/.exec(site)![1]!;
const quickExitOrigin = new URL(quickExitUrl).origin;

export const test = base.extend<{ offsite: string[]; cspViolations: string[] }>({
  offsite: async ({ context, baseURL }, use) => {
    const offsite: string[] = [];
    await watchNetwork(context, baseURL!, offsite);
    await use(offsite);
  },
  cspViolations: async ({ context }, use) => {
    const violations: string[] = [];
    await context.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(violations);
  },
});

export async function watchNetwork(context: BrowserContext, baseURL: string, offsite: string[]) {
  const own = new URL(baseURL).origin;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const origin = new URL(url).origin;
    if (origin === own) return route.continue();
    if (origin === quickExitOrigin && isTopLevelNavigation(route.request())) {
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Väder</title><h1>Väder</h1>' });
    }
    offsite.push(url);
    return route.abort();
  });
}

function isTopLevelNavigation(request: Request) {
  return request.isNavigationRequest() && request.frame().parentFrame() === null;
}

export { expect };

/**
 * Taps one link after another, as a reader on a phone would, and holds the path to a tap budget:
 * each name must be a link on the page the previous tap led to.
 */
export async function tapThrough(page: import('@playwright/test').Page, links: (string | RegExp)[], budget: number) {
  expect(links.length, `the path takes ${links.length} taps, more than ${budget}`).toBeLessThanOrEqual(budget);
  for (const name of links) await page.getByRole('link', { name }).first().click();
}

/**
 * AUDIT-C answered by mouse to its result: the third answer to each question (2 points each),
 * then "Man". The result heading has focus when it returns.
 */
export async function answerAuditC(page: import('@playwright/test').Page) {
  await page.goto('/testa-dina-vanor/audit-c/');
  await page.getByRole('button', { name: 'Starta testet' }).click();
  for (let i = 0; i < 3; i += 1) {
    await page.locator('fieldset.question:visible label.option').nth(2).click();
    await page.getByRole('button', { name: 'Nästa' }).click();
  }
  await page.getByLabel('Man').check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByRole('heading', { name: 'Ditt resultat' })).toBeFocused();
}

/** Pages of a PDF, as Chromium writes them (each page an uncompressed /Type /Page object). */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

/**
 * axe on one page, run in the page itself ("legacy mode"): the default runs each frame partly and
 * then opens a second, blank page to finish, which took a third of the time of every check. The
 * site's pages have no frames (frame-src 'none'), so nothing is lost.
 */
export const axeBuilder = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);

/** The WCAG levels Swedish public-sector sites must meet (2.1 AA), and 2.2's where axe has them. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Every axe violation on the pages, at the width, one line each naming the page and the elements.
 * `wholePage` says which pages are checked whole; the others only in <main>, for pages whose
 * header, acute strip and footer are the same as on a page checked whole (colour contrast over the
 * shell again on every page took half of the time).
 */
export async function axeViolationsOn(browser: Browser, baseURL: string, urls: readonly string[], width: number, wholePage: (url: string) => boolean = () => true): Promise<string[]> {
  // @axe-core/playwright needs a page from browser.newContext().
  const context = await browser.newContext({ baseURL, viewport: { width, height: 800 } });
  const page = await context.newPage();
  const violations: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    const axe = axeBuilder(page).withTags(wcagTags);
    const results = await (wholePage(url) ? axe : axe.include('main')).analyze();
    for (const v of results.violations) violations.push(`${url}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
  await context.close();
  return violations;
}
