// Issue 16, point 10: the content report's call list on paper. Each sheet (a municipality, the
// region, the national lines) starts a page of its own, and a municipality's sheet keeps to one
// page, so that one person with a phone can take a municipality's page and settle it in one round.
import { expect, pdfPages, test } from './fixtures.ts';

/** A4 inside the report's 15 mm print margins, in CSS pixels (96 per inch): 180 × 267 mm. */
const printable = { width: Math.floor((180 / 25.4) * 96), height: Math.floor((267 / 25.4) * 96) };

test('printed, every call sheet starts a new page and a municipality\'s sheet fits on one', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: printable.width, height: printable.height } });
  const page = await context.newPage();
  await page.goto('/innehallsrapport/');
  const sheets = page.locator('[data-call-sheet]');
  const ids = await sheets.evaluateAll((all) => all.map((s) => (s as HTMLElement).dataset.callSheet!));
  expect(ids.length).toBeGreaterThan(2);

  await page.emulateMedia({ media: 'print' });
  const breaks = await sheets.evaluateAll((all) => all.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks, 'break-before of each sheet').toEqual(ids.map(() => 'page'));
  const tooTall = await sheets.evaluateAll(
    (all, height) =>
      all
        .filter((s) => !['regionen', 'nationellt'].includes((s as HTMLElement).dataset.callSheet!))
        .map((s) => ({ id: (s as HTMLElement).dataset.callSheet!, height: Math.round(s.getBoundingClientRect().height) }))
        .filter((s) => s.height > height),
    printable.height,
  );
  expect(tooTall, `taller than one A4 page (${printable.height} px)`).toEqual([]);

  // On paper: with the report's other lists left out, the call list's introduction takes the first
  // page and every sheet at least one page of its own.
  await page.evaluate(() => document.querySelectorAll('.content-report > :not(.call-list), .site-footer').forEach((e) => ((e as HTMLElement).style.display = 'none')));
  const pages = pdfPages(await page.pdf({ format: 'A4' }));
  expect(pages).toBeGreaterThanOrEqual(ids.length + 1);
  await context.close();
});
