import AxeBuilder from '@axe-core/playwright';
import { inBatches } from '../helpers/batches.ts';
import { mainPageUrls } from '../helpers/dist.ts';
import { axePageUrls } from '../helpers/pages.ts';
import { expect, test } from './fixtures.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const runs = [
  ...inBatches(axePageUrls, 8).map((urls) => ({ urls, width: 360 })),
  ...inBatches(mainPageUrls, 8).map((urls) => ({ urls, width: 1280 })),
];

for (const { urls, width } of runs) {
  test(`axe finds no violation at ${width} px: ${urls[0]} … ${urls.at(-1)}`, async ({ browser, baseURL }) => {
    // @axe-core/playwright needs a page from browser.newContext().
    const context = await browser.newContext({ baseURL: baseURL!, viewport: { width, height: 800 } });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      for (const v of results.violations) violations.push(`${url}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(violations).toEqual([]);
    await context.close();
  });
}
