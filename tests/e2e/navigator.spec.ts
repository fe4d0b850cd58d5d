import { expect, test, tapThrough } from './fixtures.ts';
import { addDays, addYears, buildDay, nextWeekday, publicHolidaysAfter, stockholmInstant, weekdayOf } from '../../scripts/lib/build-day.ts';

test.use({ viewport: { width: 360, height: 740 } });

for (const javaScriptEnabled of [true, false]) {
  test(`a Ronneby resident worried about alcohol reaches a local tel: link in at most 4 taps (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/');
    await tapThrough(page, [/^För egen del/, 'Alkohol', 'Ronneby', '26 år eller äldre'], 4);
    const local = page.getByRole('region', { name: 'Vänd dig hit först' });
    await expect(local).toBeVisible();
    const firstTel = local.locator('a[href^="tel:"]').first();
    await expect(firstTel).toBeVisible();
    // The municipality's own adult unit comes first.
    await expect(local.locator('article').first()).toContainText('Ronneby');
    await context.close();
  });
}

test('a child worried about a parent sees children\'s routes and BRIS, no adult-only unit', async ({ page }) => {
  await page.goto('/hitta-hjalp/jag-ar-under-18/spel/solvesborg/');
  await expect(page.locator('h1')).toHaveText('Här kan du få hjälp');
  await expect(page.getByRole('heading', { name: /BRIS/ })).toBeVisible();
  await expect(page.getByText('Socialtjänsten i Sölvesborg')).toHaveCount(0);
});

test('every municipality page lists its own adult unit and relatives\' support', async ({ page }) => {
  for (const [id, name] of [['karlskrona', 'Karlskrona'], ['ronneby', 'Ronneby'], ['karlshamn', 'Karlshamn'], ['olofstrom', 'Olofström'], ['solvesborg', 'Sölvesborg']]) {
    await page.goto(`/hitta-hjalp/${id}/`);
    await expect(page.locator('h1')).toHaveText(`Hjälp i ${name}`);
    await expect(page.getByRole('heading', { name: 'Stöd och behandling' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'För anhöriga' })).toBeVisible();
  }
});

test.describe('open now, from the clock in Sweden @date', () => {
  // Anhöriglinjen: Mo, Tu, Th, Fr 10.00–15.00; We, Su 18.00–21.00, no holiday rule
  // (content/helplines/anhoriglinjen.yaml). Every moment is a day after the build day, which the
  // site's schedules start from, set on the browser's clock: the tests pass on any day they run.
  const line = (page: import('@playwright/test').Page) => page.locator('#anhoriglinjen open-now');
  const tuesday = nextWeekday(buildDay, 2);
  const wednesday = nextWeekday(buildDay, 3);
  const saturday = nextWeekday(buildDay, 6);
  // On a public holiday that falls on one of its weekdays the line keeps its hours.
  const holiday = publicHolidaysAfter(buildDay).find((h) => [1, 2, 4, 5].includes(weekdayOf(h.date)))!;
  const cases = [
    { when: `a weekday during opening hours (${tuesday})`, at: stockholmInstant(tuesday, '11:00'), text: 'Öppet nu · stänger 15.00', state: 'open' },
    { when: `a weekday before the evening opening (${wednesday})`, at: stockholmInstant(wednesday, '12:00'), text: 'Stängt · öppnar i dag 18.00', state: 'closed' },
    { when: `a Saturday (${saturday})`, at: stockholmInstant(saturday, '12:00'), text: 'Stängt · öppnar i morgon 18.00', state: 'closed' },
    { when: `a public holiday, ${holiday.name} (${holiday.date})`, at: stockholmInstant(holiday.date, '11:00'), text: 'Öppet nu · stänger 15.00', state: 'open' },
    { when: `a visitor whose own clock is in another zone (${tuesday}, New York)`, at: stockholmInstant(tuesday, '11:00'), text: 'Öppet nu · stänger 15.00', state: 'open', timezoneId: 'America/New_York' },
  ];
  for (const { when, at, text, state, timezoneId } of cases) {
    test(when, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL: baseURL!, ...(timezoneId ? { timezoneId } : {}) });
      const page = await context.newPage();
      await page.clock.setFixedTime(at);
      await page.goto('/');
      if (timezoneId) expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      await expect(line(page)).toHaveAttribute('data-state', state);
      await expect(line(page)).toHaveText(text);
      await context.close();
    });
  }

  test('an always-open line says so', async ({ page }) => {
    await page.clock.setFixedTime(stockholmInstant(addDays(buildDay, 1), '03:00'));
    await page.goto('/mottagningar/bup-blekinge/');
    await expect(page.locator('open-now').first()).toHaveText('Öppet dygnet runt');
  });

  test('past the precomputed year it asks the reader to check', async ({ page }) => {
    const later = addDays(addYears(buildDay, 1), 7);
    await page.clock.setFixedTime(stockholmInstant(later, '12:00'));
    await page.goto('/');
    await expect(line(page)).toHaveText('Kontrollera öppettiderna');
  });

  test('before the build day it asks the reader to check too', async ({ page }) => {
    await page.clock.setFixedTime(stockholmInstant(addDays(buildDay, -3), '12:00'));
    await page.goto('/');
    await expect(line(page)).toHaveText('Kontrollera öppettiderna');
  });
});

test('a service page has schema.org data with its opening hours', async ({ page }) => {
  await page.goto('/mottagningar/bup-blekinge/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data['@type']).toBe('MedicalClinic');
  expect(data.openingHoursSpecification).toHaveLength(7);
  expect(data.telephone).toBe('+46455735814');
});
