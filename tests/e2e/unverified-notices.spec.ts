// The notice beside an unverified fact, where it is new, passes axe at 360 px: a municipality's web
// address, a self-test's own page, and its result with the helplines and the local entry points.
// The real content has none of the first two unverified, so the pages come from the copy that
// tests/builds/unverified-notices.test.ts builds (tests/helpers/unverified-site.ts), served from disk.
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { unverifiedSite } from '../helpers/unverified-site.ts';
import { axeBuilder, expect, pdfPages, test } from './fixtures.ts';
import { answerAudit, audit } from './selftest-back.ts';

const origin = 'http://unverified.test';
const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test.describe.configure({ timeout: 240_000 });

async function serve(context: BrowserContext, dist: string) {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    const file = join(dist, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
    try {
      statSync(file);
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

async function axe(page: Page, where: string, found: string[]) {
  // As in selftest.spec.ts: scrolled down, the sticky quick exit covers the header's links.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await axeBuilder(page).withTags(tags).analyze();
  for (const v of results.violations) found.push(`${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('an unverified municipality web address, self-test, helpline and service show their notice and pass axe at 360 px', async ({ browser }) => {
  const dist = unverifiedSite();
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 360, height: 740 } });
  await serve(context, dist);
  const page = await context.newPage();
  const violations: string[] = [];

  await page.goto('/hitta-hjalp/karlskrona/');
  const webNotice = page.locator('p:has-text("Kommunens webbplats") + .unverified-notice');
  // One line on the screen; what is not confirmed opens on demand.
  await expect(webNotice.locator('summary')).toHaveText('Ej bekräftat – kontrollera adressen');
  await expect(webNotice.locator('.unverified-notice__note')).toBeHidden();
  expect((await webNotice.boundingBox())!.height).toBeLessThanOrEqual(30);
  await webNotice.locator('summary').click();
  await expect(webNotice.locator('.unverified-notice__note')).toHaveText('Kommunens webbadress är inte kontrollerad.');
  await axe(page, '/hitta-hjalp/karlskrona/', violations);

  await page.goto('/testa-dina-vanor/audit/');
  await expect(page.locator('[data-intro] .unverified-notice')).toBeVisible();
  await axe(page, '/testa-dina-vanor/audit/', violations);

  await answerAudit(page);
  const result = page.locator('[data-result]');
  await expect(result.locator('[data-band]:visible li', { hasText: 'Alkoholhjälpen' }).locator('.unverified-notice')).toBeVisible();
  await expect(result.locator('[data-place="ronneby"] .unverified-notice').first()).toBeVisible();
  await expect(result.locator('> .unverified-notice summary')).toHaveText('Ej bekräftat – kontrollera uppgifterna');
  await expect(result.locator('> .unverified-notice .unverified-notice__note')).toHaveText('Frågorna är inte kontrollerade mot den svenska versionen.', { useInnerText: false });
  await axe(page, '/testa-dina-vanor/audit/ (resultatet, Ronneby)', violations);

  expect(violations).toEqual([]);
  await context.close();
});

test("on paper, AUDIT's longest result with each municipality's entry points keeps to one A4 page, every unverified fact still marked", async ({ page }) => {
  await page.goto(audit);
  await answerAudit(page);
  const result = page.locator('[data-result]');
  const places = await result.locator('select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) {
    await page.emulateMedia({ media: 'screen' });
    await result.getByLabel(/Var bor du/).selectOption(place);
    await page.emulateMedia({ media: 'print' });
    const marked = result.locator(`[data-band]:visible li .unverified-notice, [data-place="${place}"] li .unverified-notice`);
    for (const notice of await marked.all()) {
      await expect(notice.locator('strong')).toBeVisible();
      await expect(notice.locator('strong')).toHaveText('Ej bekräftat');
      await expect(notice.locator('summary')).toHaveText('Ej bekräftat – kontrollera uppgifterna');
      await expect(notice.locator('.unverified-notice__note')).toBeHidden();
    }
    expect(pdfPages(await page.pdf({ format: 'A4' })), place).toBe(1);
  }
});
