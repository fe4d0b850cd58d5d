import type { Page } from '@playwright/test';
import { realContent } from '../helpers/navigator-data.ts';
import type { Instrument } from '../../src/schemas/instrument.ts';
import { answerAuditC, axeBuilder, expect, pdfPages, test } from './fixtures.ts';

const instruments = new Map(realContent().filter((e) => e.collection === 'instruments').map((e) => [e.id, e.data as Instrument]));
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Run {
  id: string;
  /** Option index per question, in the order the questions are asked. */
  choices: number[];
  sex?: 'Kvinna' | 'Man' | 'Vill inte ange';
  /** The question numbers the visitor sees, in order: skip rules leave some out. */
  asked: number[];
  total: number;
  bandIndex: number;
  /** Run axe on every question, not only the first and last (once per instrument is enough). */
  axeEveryStep?: true;
}

const runs: Run[] = [
  // Never drinks: the skip rule goes from question 1 straight to 9 and 10.
  { id: 'audit', choices: [0, 0, 2], sex: 'Kvinna', asked: [1, 9, 10], total: 4, bandIndex: 0 },
  { id: 'audit', choices: [2, 2, 2, 1, 1, 1, 1, 1, 1, 1], sex: 'Man', asked: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], total: 15, bandIndex: 1, axeEveryStep: true },
  { id: 'audit', choices: [2, 2, 2, 1, 1, 1, 1, 1, 1, 1], sex: 'Vill inte ange', asked: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], total: 15, bandIndex: 2 },
  { id: 'audit-c', choices: [2, 2, 2], sex: 'Man', asked: [1, 2, 3], total: 6, bandIndex: 1, axeEveryStep: true },
  { id: 'dudit', choices: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0], sex: 'Kvinna', asked: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], total: 9, bandIndex: 1, axeEveryStep: true },
  { id: 'pgsi', choices: [1, 1, 1, 1, 1, 1, 1, 1, 1], asked: [1, 2, 3, 4, 5, 6, 7, 8, 9], total: 9, bandIndex: 3, axeEveryStep: true },
  { id: 'nods-clip', choices: [1, 0, 0], asked: [1, 2, 3], total: 1, bandIndex: 1, axeEveryStep: true },
  { id: 'nods-clip', choices: [0, 0, 0], asked: [1, 2, 3], total: 0, bandIndex: 0 },
];

async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`kom aldrig till ${name} med Tab`);
}

async function choose(page: Page, index: number) {
  await page.keyboard.press('Tab'); // into the radio group: its first option
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
}

async function axe(page: Page, where: string, found: string[]) {
  // Scrolled down, the header's links lie under the sticky quick-exit bar, which axe's
  // target-size rule counts against them; a reader scrolls them back into view to use them.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await axeBuilder(page).withTags(tags).analyze();
  for (const v of results.violations) found.push(`${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const run of runs) {
  test(`${run.id}: keyboard only at 360 px, ${run.total} points${run.sex ? `, ${run.sex.toLowerCase()}` : ''}: score and band shown, nothing leaves the page`, async ({ browser, baseURL }) => {
    const instrument = instruments.get(run.id)!;
    const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`/testa-dina-vanor/${run.id}/`);
    await page.waitForLoadState('networkidle');
    const url = page.url();
    const historyLength = await page.evaluate(() => history.length);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const violations: string[] = [];

    await tabTo(page, 'Starta testet');
    await page.keyboard.press('Enter');
    for (const [step, choice] of run.choices.entries()) {
      const question = page.locator('fieldset.question:visible');
      await expect(question).toHaveCount(1);
      await expect(question.locator('.question__count')).toHaveText(`Fråga ${run.asked[step]} av ${instrument.items.length}`);
      await expect(question).toBeFocused();
      if (run.axeEveryStep || step === 0 || step === run.choices.length - 1) await axe(page, `fråga ${run.asked[step]}`, violations);
      await choose(page, choice);
      await tabTo(page, 'Nästa');
      await page.keyboard.press('Enter');
    }
    if (run.sex) {
      await expect(page.locator('fieldset[data-item="kon"]')).toBeVisible();
      if (run.axeEveryStep) await axe(page, 'frågan om gränser', violations);
      await page.keyboard.press('Tab');
      const index = ['Kvinna', 'Man', 'Vill inte ange'].indexOf(run.sex);
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
      await tabTo(page, 'Nästa');
      await page.keyboard.press('Enter');
    }

    const result = page.locator('[data-result]');
    await expect(result).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ditt resultat' })).toBeFocused();
    await expect(result.locator('[data-score]')).toHaveText(String(run.total));
    await expect(result.locator('[data-band]:visible h3')).toHaveText(instrument.bands[run.bandIndex]!.label);
    if (run.sex === 'Vill inte ange') await expect(result.getByText('Du angav inte kön')).toBeVisible();
    // A positive short test offers the full one.
    if (instrument.fullTest && run.bandIndex > 0) await expect(result.locator(`[data-band]:visible a[href="/testa-dina-vanor/${instrument.fullTest}/"]`)).toBeVisible();
    await axe(page, 'resultatet', violations);

    // Pick a municipality: local entry points appear, from the navigator's matching.
    await result.getByLabel(/Var bor du/).selectOption('ronneby');
    await expect(result.locator('[data-place="ronneby"] li').first()).toBeVisible();

    expect(violations).toEqual([]);
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    // The browser may still ask for the site's icon on its own; that request carries nothing.
    expect(requests.filter((r) => new URL(r).pathname !== '/favicon.svg' || new URL(r).search !== '')).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    const databases = await page.evaluate(async () => (await indexedDB.databases()).length);
    expect(databases).toBe(0);

    // Start again: the answers are gone.
    await result.getByRole('button', { name: 'Rensa och börja om' }).click();
    await expect(result).toBeHidden();
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    await context.close();
  });
}

test('the result prints on one A4 page, with the date', async ({ page }) => {
  await answerAuditC(page);
  await expect(page.locator('[data-date]')).toContainText('Resultat från självtest');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.self-test__form')).toBeHidden();
  await expect(page.locator('.site-nav')).toBeHidden();
  // The acute numbers stay on paper, as one line (see the print section of global.css).
  await expect(page.locator('[data-acute-strip] a[href="tel:112"]')).toBeVisible();
  expect((await page.locator('[data-acute-strip]').boundingBox())!.height).toBeLessThan(40);
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
});

test('without JavaScript a test shows every question with its points and the band table', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/testa-dina-vanor/audit/');
  await expect(page.locator('fieldset.question:visible')).toHaveCount(10);
  await expect(page.getByText('(4 poäng)').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Så tolkas poängen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Starta testet' })).toBeHidden();
  await context.close();
});
