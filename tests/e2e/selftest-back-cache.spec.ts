// Back and Forward never bring a self-test's answers back: whoever picks up the phone later sees
// the first step with nothing chosen. Readers' Chromium keeps pages in the back/forward cache, so
// the page returns as it was left, scripts and all; Playwright turns that cache off unless told
// otherwise, so this file turns it back on, and each test proves the page came from the cache.
// selftest-back-reload.spec.ts covers Back without the cache.
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.ts';
import { expect, quickExitUrl, test } from './fixtures.ts';
import { answerAudit, audit, expectNothingLeft, otherSite, showings, watchShowings } from './selftest-back.ts';

test.use({ launchOptions: { ...chromiumLaunchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

test('result → a link on the result → Back, and Forward and Back again: the first step, nothing chosen, restored from the cache', async ({ page, offsite }) => {
  const notRestoredBecause = await watchShowings(page);
  await page.goto(audit);
  await answerAudit(page);
  await page.getByRole('link', { name: 'Se var du kan få stöd kring alkohol i Blekinge' }).first().click();
  await expect(page).toHaveURL(/\/hitta-hjalp\/for-mig\/alkohol\/$/);

  // A page restored from the cache fires no load event: wait for the commit, then for its pageshow.
  notRestoredBecause.length = 0; // only the reasons for this Back count
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(async () => ({ shown: await showings(page), notRestoredBecause })).toEqual({ shown: [false, true], notRestoredBecause: [] });
  await expectNothingLeft(page);

  // Begun again, then away and back: gone again.
  await page.locator('fieldset.question:visible label.option').nth(3).click();
  await page.goForward({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/hitta-hjalp\/for-mig\/alkohol\/$/);
  notRestoredBecause.length = 0;
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(async () => ({ shown: await showings(page), notRestoredBecause })).toEqual({ shown: [false, true, true], notRestoredBecause: [] });
  await expectNothingLeft(page);
  expect(offsite).toEqual([]);
});

test('result → another site → Back, and Forward and Back again: the first step, nothing chosen, restored from the cache', async ({ page, offsite }) => {
  const notRestoredBecause = await watchShowings(page);
  await page.goto(audit);
  await answerAudit(page);
  await page.goto(otherSite);
  await expect(page.getByRole('heading', { name: 'Annan webbplats' })).toBeVisible();

  notRestoredBecause.length = 0;
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(new RegExp(`${audit}$`));
  await expect.poll(async () => ({ shown: await showings(page), notRestoredBecause })).toEqual({ shown: [false, true], notRestoredBecause: [] });
  await expectNothingLeft(page);

  await page.goForward({ waitUntil: 'commit' });
  await expect(page).toHaveURL(otherSite);
  notRestoredBecause.length = 0;
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(async () => ({ shown: await showings(page), notRestoredBecause })).toEqual({ shown: [false, true, true], notRestoredBecause: [] });
  await expectNothingLeft(page);
  expect(offsite).toEqual([]);
});

test('result → quick exit → Back: the page before the test, whose entry the exit replaced; the test opens at its first step', async ({ page, offsite }) => {
  const notRestoredBecause = await watchShowings(page);
  await page.goto('/testa-dina-vanor/');
  await page.locator(`main a[href="${audit}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${audit}$`));
  await answerAudit(page);
  await page.getByRole('link', { name: /Lämna sidan snabbt/ }).click();
  await expect(page).toHaveURL(quickExitUrl);

  // The list of tests comes back from the cache; the self-test has no history entry left.
  notRestoredBecause.length = 0;
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/testa-dina-vanor\/$/);
  await expect.poll(async () => ({ shown: await showings(page), notRestoredBecause })).toEqual({ shown: [false, true], notRestoredBecause: [] });
  // Forward leads straight to the neutral page: nothing between it and the list.
  await page.goForward({ waitUntil: 'commit' });
  await expect(page).toHaveURL(quickExitUrl);
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/testa-dina-vanor\/$/);

  await page.locator(`main a[href="${audit}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${audit}$`));
  await expect.poll(() => showings(page)).toEqual([false]);
  await expectNothingLeft(page);
  expect(offsite).toEqual([]);
});
