import { expect, test, tapThrough } from './fixtures.ts';

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

test.describe('open now, from the clock in Sweden', () => {
  // Anhöriglinjen: Mo, Tu, Th, Fr 10.00–15.00; We, Su 18.00–21.00 (content/helplines/anhoriglinjen.yaml).
  const line = (page: import('@playwright/test').Page) => page.locator('#anhoriglinjen open-now');
  const cases = [
    { when: 'a weekday during opening hours', at: '2026-11-24T11:00:00+01:00', text: 'Öppet nu · stänger 15.00', state: 'open' },
    { when: 'a weekday before the evening opening', at: '2026-11-25T12:00:00+01:00', text: 'Stängt · öppnar i dag 18.00', state: 'closed' },
    { when: 'a Saturday', at: '2026-11-28T12:00:00+01:00', text: 'Stängt · öppnar i morgon 18.00', state: 'closed' },
    // The line's rule has no holiday exception, so on juldagen (a Friday) it keeps its hours.
    { when: 'a public holiday, juldagen', at: '2026-12-25T11:00:00+01:00', text: 'Öppet nu · stänger 15.00', state: 'open' },
    { when: 'a visitor whose own clock is in another zone', at: '2026-11-24T09:30:00Z', text: 'Öppet nu · stänger 15.00', state: 'open' },
  ];
  for (const { when, at, text, state } of cases) {
    test(when, async ({ page }) => {
      await page.clock.setFixedTime(new Date(at));
      await page.goto('/');
      await expect(line(page)).toHaveAttribute('data-state', state);
      await expect(line(page)).toHaveText(text);
    });
  }

  test('an always-open line says so', async ({ page }) => {
    await page.goto('/mottagningar/bup-blekinge/');
    await expect(page.locator('open-now').first()).toHaveText('Öppet dygnet runt');
  });

  test('past the precomputed year it asks the reader to check', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2029-01-10T12:00:00+01:00'));
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
