// What a reader sees dated, on a clock set to a moment after the build day (the one day every
// dated test derives from): the self-test's printed result carries the reader's own date.
import { answerAuditC, expect, test } from './fixtures.ts';
import { addDays, buildDay, stockholmInstant } from '../../scripts/lib/build-day.ts';

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

test('the self-test result is dated with the day the reader takes it @date', async ({ page }) => {
  const day = addDays(buildDay, 10);
  await page.clock.setFixedTime(stockholmInstant(day, '12:00'));
  await answerAuditC(page);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  await expect(page.locator('[data-date]')).toHaveText(`Resultat från självtest, ${date} ${months[month - 1]} ${year}.`);
});
