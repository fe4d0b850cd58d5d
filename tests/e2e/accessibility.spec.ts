import AxeBuilder from '@axe-core/playwright';
import { mainPageUrls } from '../helpers/dist.ts';
import { axePageUrls } from '../helpers/pages.ts';
import { expect, test } from './fixtures.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const widths = [
  ...axePageUrls.map((url) => ({ url, width: 360 })),
  ...mainPageUrls.map((url) => ({ url, width: 1280 })),
];

for (const { url, width } of widths) {
  test(`axe finds no violation on ${url} at ${width} px`, async ({ browser, baseURL }) => {
    // @axe-core/playwright needs a page from browser.newContext().
    const context = await browser.newContext({ baseURL: baseURL!, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(violations).toEqual([]);
    await context.close();
  });
}
