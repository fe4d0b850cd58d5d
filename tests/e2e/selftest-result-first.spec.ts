// Issue 16, point 2: the answer first. On a 360 × 640 phone, once the last question is answered,
// the score, the band and the first next step are on screen without scrolling, for every band of
// every instrument in content/instruments/. Geometry only: the other self-test specs check the
// words, the keyboard path and the privacy of the answers.
import type { Page } from '@playwright/test';
import { realContent } from '../helpers/navigator-data.ts';
import type { Instrument } from '../../src/schemas/instrument.ts';
import { itemsToAsk, score, hasSexSpecificBands, type Answers } from '../../src/features/selftest/score.ts';
import { expect, test } from './fixtures.ts';

const instruments = realContent()
  .filter((e) => e.collection === 'instruments')
  .map((e) => ({ id: e.id, data: e.data as Instrument }));

/**
 * One way through the test per band: the options to pick, question by question as they are asked.
 * Found by a seeded walk over the answers with the site's own scoring, so a region's instrument
 * with other items, skip rules or bands needs no code here.
 */
function pathsToEveryBand(instrument: Instrument): Map<number, number[]> {
  const found = new Map<number, number[]>();
  let seed = 1;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  for (let attempt = 0; attempt < 20_000 && found.size < instrument.bands.length; attempt += 1) {
    // A bias per attempt reaches the low bands (mostly first options) and the high ones alike.
    const bias = random();
    const answers: Record<string, number> = {};
    const picks: number[] = [];
    for (;;) {
      const next = itemsToAsk(instrument, answers).find((id) => answers[id] === undefined);
      if (!next) break;
      const options = instrument.items.find((i) => i.id === next)!.options.length;
      const pick = Math.min(options - 1, Math.floor((random() < bias ? random() : random() * 0.3) * options));
      answers[next] = pick;
      picks.push(pick);
    }
    const { bandIndex } = score(instrument, answers as Answers, 'vill-inte-ange');
    if (!found.has(bandIndex)) found.set(bandIndex, picks);
  }
  return found;
}

async function answer(page: Page, picks: number[], sexSpecific: boolean) {
  await page.getByRole('button', { name: 'Starta testet' }).click();
  for (const pick of picks) {
    await page.locator('fieldset.question:visible label.option').nth(pick).click();
    await page.getByRole('button', { name: 'Nästa' }).click();
  }
  if (sexSpecific) {
    await page.getByLabel('Vill inte ange').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
  }
}

/** Where the parts of the result are, relative to the viewport. */
const placesOf = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element || element.offsetParent === null) return undefined;
      const r = element.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
    };
    return {
      heading: box('[data-result-heading]'),
      score: box('.self-test__score'),
      band: box('[data-band]:not([hidden]) > :first-child'),
      firstStep: box('[data-band]:not([hidden]) .next-steps li'),
      scrollY: Math.round(window.scrollY),
      viewport: window.innerHeight,
    };
  });

for (const instrument of instruments) {
  const paths = pathsToEveryBand(instrument.data);
  test(`${instrument.id}: every band is reachable from the answers`, () => {
    expect([...paths.keys()].sort(), instrument.id).toEqual(instrument.data.bands.map((_, i) => i));
  });
  for (const [bandIndex, picks] of paths) {
    const band = instrument.data.bands[bandIndex]!;
    test(`${instrument.id}, band "${band.label}": at 360 × 640 the score, the band and the first next step show without scrolling`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      await page.goto(`/testa-dina-vanor/${instrument.id}/`);
      await answer(page, picks, hasSexSpecificBands(instrument.data));
      await expect(page.locator('[data-result-heading]')).toBeFocused();
      await expect(page.locator(`[data-band="${band.id}"]`)).toBeVisible();
      // The scroll may be smooth for readers who do not ask for reduced motion: wait for it to end.
      await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
      const places = await placesOf(page);
      const where = `${instrument.id}, band ${bandIndex + 1} "${band.label}": ${JSON.stringify(places)}`;
      const parts: ('heading' | 'score' | 'band' | 'firstStep')[] = ['heading', 'score', 'band', ...(band.nextSteps.length > 0 ? (['firstStep'] as const) : [])];
      for (const part of parts) {
        const box = places[part];
        expect(box, `${where}: ${part} is not shown`).toBeDefined();
        expect(box!.top, `${where}: ${part} starts above the screen`).toBeGreaterThanOrEqual(0);
        expect(box!.bottom, `${where}: ${part} ends below the screen`).toBeLessThanOrEqual(places.viewport);
      }
      await context.close();
    });
  }
}
