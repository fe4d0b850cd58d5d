// The fixture language (Arabic, right to left; see tests/builds/rtl-language.test.ts) passes axe at
// phone and desktop width. Its build is served from disk to the browser under a test address.
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { rtlSite } from '../helpers/rtl-site.ts';
import { axeBuilder } from './fixtures.ts';

const origin = 'http://rtl.test';
const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };

// One worker for both widths: the first builds the fixture if no earlier stage has, and two builds in
// the same folder at once break each other.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

for (const width of [360, 1280]) {
  test(`a right-to-left language passes axe at ${width} px`, async ({ browser }) => {
    const dist = rtlSite();
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort();
      let file = join(dist, decodeURIComponent(url.pathname));
      if (url.pathname.endsWith('/')) file = join(file, 'index.html');
      try {
        statSync(file);
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
      return route.fulfill({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of ['/ar/', '/ar/akut/']) {
      await page.goto(`${origin}${path}`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      // The layout follows the direction: the heading's first letter sits at its box's right edge.
      const gap = await page.locator('h1').evaluate((h1) => {
        const range = document.createRange();
        range.setStart(h1.firstChild!, 0);
        range.setEnd(h1.firstChild!, 1);
        return h1.getBoundingClientRect().right - range.getBoundingClientRect().right;
      });
      expect(Math.abs(gap)).toBeLessThan(2);
      const results = await axeBuilder(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      for (const v of results.violations) violations.push(`${path}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(violations).toEqual([]);
    await context.close();
  });
}
