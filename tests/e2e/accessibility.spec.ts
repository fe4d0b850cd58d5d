import { inBatches } from '../helpers/batches.ts';
import { mainPageUrls } from '../helpers/dist.ts';
import { axePageUrls } from '../helpers/pages.ts';
import { axeViolationsOn, expect, test } from './fixtures.ts';

const runs = [
  ...inBatches(axePageUrls, 8).map((urls) => ({ urls, width: 360 })),
  ...inBatches(mainPageUrls, 8).map((urls) => ({ urls, width: 1280 })),
];

for (const { urls, width } of runs) {
  test(`axe finds no violation at ${width} px: ${urls[0]} … ${urls.at(-1)}`, async ({ browser, baseURL }) => {
    expect(await axeViolationsOn(browser, baseURL!, urls, width)).toEqual([]);
  });
}
