import { getEditions } from '../../src/i18n/editions.ts';
import { inBatches } from '../helpers/batches.ts';
import { mainPageUrls } from '../helpers/dist.ts';
import { sampledPageUrls } from '../helpers/pages.ts';
import { axeViolationsOn, expect, test } from './fixtures.ts';

// At 360 px the whole page for every edition's start page and the 404 page: each edition's
// header, acute strip and footer in its own words and direction (the open menu is checked in
// page-shell.spec.ts). Every other page's shell is the same, so its <main> is what is new.
const shells = new Set(['/finns-inte/', ...getEditions().map((edition) => (edition.path ? `/${edition.path}/` : '/'))]);

const runs = [
  ...inBatches(sampledPageUrls, 8).map((urls) => ({ urls, width: 360, wholePage: (url: string) => shells.has(url) })),
  ...inBatches(mainPageUrls, 8).map((urls) => ({ urls, width: 1280, wholePage: () => true })),
];

test('every edition has a start page among the pages checked whole', () => {
  for (const url of shells) expect(sampledPageUrls, url).toContain(url);
});

for (const { urls, width, wholePage } of runs) {
  test(`axe finds no violation at ${width} px: ${urls[0]} … ${urls.at(-1)}`, async ({ browser, baseURL }) => {
    expect(await axeViolationsOn(browser, baseURL!, urls, width, wholePage)).toEqual([]);
  });
}
