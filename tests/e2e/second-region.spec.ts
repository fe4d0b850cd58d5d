// A short browser pass over the second region built from content alone (tests/helpers/second-region.ts,
// built by tests/builds/second-region.test.ts), served by nginx like the real one on the next port:
// the navigator to a local number, a self-test to its result, search, and axe on its main pages.
import { kindOfPath } from '../../src/lib/content/page-kinds.ts';
import { inBatches } from '../helpers/batches.ts';
import { builtPages } from '../helpers/dist.ts';
import { secondRegion, secondRegionPort } from '../helpers/second-region.ts';
import { answerAuditC, axeViolationsOn, expect, tapThrough, test } from './fixtures.ts';

test.use({ baseURL: `http://127.0.0.1:${secondRegionPort}`, viewport: { width: 360, height: 740 } });

test('a Tallmora resident worried about alcohol reaches Tallmora\'s own adult unit by phone in 4 taps', async ({ page, offsite }) => {
  await page.goto('/');
  await tapThrough(page, [/^För egen del/, 'Alkohol', 'Tallmora', '26 år eller äldre'], 4);
  const local = page.getByRole('region', { name: 'Vänd dig hit först' });
  await expect(local.locator('article').first()).toContainText('Vuxenenheten i Tallmora');
  await expect(local.locator('article').first().locator('a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:+46701740612');
  expect(offsite).toEqual([]);
});

test('a self-test gives its result, with the help nearest the reader\'s municipality', async ({ page }) => {
  await answerAuditC(page);
  const result = page.locator('[data-result]');
  await expect(result.locator('[data-score]')).toHaveText('6');
  await expect(result.locator('[data-band]:visible h3')).toHaveText('Förhöjd risk');
  await expect(result.locator('[data-band]:visible').getByRole('link', { name: 'Se var du kan få stöd kring alkohol i Sjöbacka' })).toBeVisible();
  await result.getByLabel(/Var bor du/).selectOption('tallmora');
  await expect(result.locator('[data-place="tallmora"] li').first()).toContainText('Vuxenenheten i Tallmora');
});

test('search finds the region\'s own services and municipalities', async ({ page }) => {
  await page.goto('/sok/');
  const box = page.getByLabel('Vad letar du efter?');
  const searches: [query: string, expected: string][] = [['beroendekliniken', '/mottagningar/sjobacka-beroendeklinik/'], ['alvhamra', '/hitta-hjalp/alvhamra/']];
  for (const [query, expected] of searches) {
    await box.fill(query);
    await box.press('Enter');
    await expect(page.locator('[data-search-status]')).toContainText(`”${query}”`);
    const top = await page.locator('.search-result__title').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(top, query).toContain(expected);
  }
});

/** The first built page of every kind (src/lib/content/page-kinds.ts), so that no kind goes unchecked. */
const onePerKind = (() => {
  const kinds = new Set<unknown>();
  return builtPages(secondRegion()).map((p) => p.url).filter((url) => {
    const kind = kindOfPath(url);
    if (!kind || kinds.has(kind)) return false;
    kinds.add(kind);
    return true;
  });
})();
const mainPages = [...new Set([
  '/', '/akut/', '/hitta-hjalp/', '/hitta-hjalp/tallmora/', '/hitta-hjalp/for-mig/alkohol/tallmora/26-och-aldre/',
  '/hitta-hjalp/for-nagon-annan/alkohol/utanfor-sjobacka/', '/mottagningar/sjobacka-beroendeklinik/', '/for-anhoriga/',
  '/for-anhoriga/guide/partner/vuxen/tallmora/traffa-andra/', '/for-anhoriga/stod/tallmora-anhoriggrupp/',
  '/testa-dina-vanor/audit-c/', '/sok/', '/kunskap/vem-gor-vad/', '/404.html',
  ...onePerKind,
])];
// The layout at desktop width is the real region's, checked there on every main page: here only
// the pages whose content differs most from it.
const desktopPages = ['/', '/hitta-hjalp/tallmora/', '/mottagningar/sjobacka-beroendeklinik/', '/for-anhoriga/stod/tallmora-anhoriggrupp/'];

const runs = [...inBatches(mainPages, 7).map((urls) => ({ urls, width: 360 })), { urls: desktopPages, width: 1280 }];

for (const { urls, width } of runs) {
  test(`axe finds no violation at ${width} px: ${urls[0]} … ${urls.at(-1)}`, async ({ browser, baseURL }) => {
    expect(await axeViolationsOn(browser, baseURL!, urls, width)).toEqual([]);
  });
}
