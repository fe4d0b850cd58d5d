// Back without the back/forward cache (Playwright's default, and a page the cache refuses): the
// page is loaded again and Chromium puts back the radios that were checked, after the self-test's
// script has run. The reader still sees the first step with nothing chosen.
import { expect, test } from './fixtures.ts';
import { answerAudit, audit, expectNothingLeft, showings, watchShowings } from './selftest-back.ts';

test('result → a link on the result → Back, and Forward and Back again: the first step, nothing chosen', async ({ page, offsite }) => {
  await watchShowings(page);
  await page.goto(audit);
  await answerAudit(page);
  await page.getByRole('link', { name: 'Se var du kan få stöd kring alkohol i Blekinge' }).first().click();
  await expect(page).toHaveURL(/\/hitta-hjalp\/for-mig\/alkohol\/$/);

  await page.goBack();
  await expect.poll(() => showings(page)).toEqual([false]);
  expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type)).toBe('back_forward');
  await expectNothingLeft(page);

  await page.locator('fieldset.question:visible label.option').nth(3).click();
  await page.goForward();
  await page.goBack();
  await expect.poll(() => showings(page)).toEqual([false]);
  await expectNothingLeft(page);
  expect(offsite).toEqual([]);
});
