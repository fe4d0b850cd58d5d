// The standard-glass calculator: beside AUDIT's questions about quantity it leads to the answer
// its count points to, with the mouse and with the keyboard; it keeps nothing (no request, no
// storage, no address, nothing after Back or starting over); without JavaScript a table of common
// drinks stands in its place; and its own page counts the same way.
import type { Page } from '@playwright/test';
import { axeBuilder, expect, test, wcagTags } from './fixtures.ts';

const audit = '/testa-dina-vanor/audit/';
const strongBeer = 'Starköl, burk eller flaska, 33 cl (5 %)';
const bigStrongBeer = 'Starköl, stor burk, 50 cl (5 %)';
const wine = 'Vin, glas, 15 cl (13 %)';

test.use({ viewport: { width: 360, height: 740 } });

async function startAndAnswerFirst(page: Page) {
  await page.goto(audit);
  await page.getByRole('button', { name: 'Starta testet' }).click();
  await page.locator('fieldset.question:visible label.option').nth(2).click();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.locator('fieldset.question:visible .question__count')).toHaveText('Fråga 2 av 10');
}

test('AUDIT: two cans of strong beer and a glass of wine are 3,5 standardglas, and one tap chooses "3–4 standardglas"', async ({ page, context, offsite }) => {
  await startAndAnswerFirst(page);
  const url = page.url();
  const historyLength = await page.evaluate(() => history.length);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  const question = page.locator('fieldset.question:visible');
  await question.getByText('Räkna ut hur många standardglas').click();
  const calculator = question.locator('standard-glasses');
  // With JavaScript the calculator stands where the table would.
  await expect(calculator.getByRole('table')).toBeHidden();
  await calculator.getByLabel(strongBeer).fill('2');
  await calculator.getByLabel(wine).fill('1');
  // 2 × 13,02 g + 15,39 g = 41,4 g; / 12 = 3,45, shown to one decimal; 3,5 rounds to 4 whole glasses.
  await expect(calculator.getByRole('status').first()).toHaveText('Det blir 3,5 standardglas (41 gram alkohol).');
  await calculator.getByRole('button', { name: 'Välj svaret ”3–4 standardglas”' }).click();
  const chosen = question.getByRole('radio', { name: /^3–4 standardglas/ });
  await expect(chosen).toBeChecked();
  await expect(chosen).toBeFocused();
  await expect(question.getByRole('radio', { checked: true })).toHaveCount(1);

  // The self-test took it as its answer: question 3, where the calculator says whether a day reaches 6 glasses.
  await page.getByRole('button', { name: 'Nästa' }).click();
  const third = page.locator('fieldset.question:visible');
  await expect(third.locator('.question__count')).toHaveText('Fråga 3 av 10');
  await third.getByText('Räkna ut hur många standardglas').click();
  await third.getByLabel(bigStrongBeer).fill('3');
  await expect(third.getByText('Det är färre än 6 standardglas.')).toBeVisible();
  await third.getByLabel(bigStrongBeer).fill('4');
  await expect(third.getByText('Det är 6 standardglas eller fler.')).toBeVisible();
  // A frequency is not a count: nothing to choose here.
  await expect(third.getByRole('button', { name: /^Välj svaret/ })).toHaveCount(0);
  await third.locator('label.option').first().click();
  for (let step = 4; step <= 10; step += 1) {
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.locator('fieldset.question:visible label.option').first().click();
  }
  await page.getByRole('button', { name: 'Nästa' }).click();
  await page.getByLabel('Man').check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  // 2 (question 1) + 1 (3–4 standardglas) + 0 for the rest.
  await expect(page.locator('[data-result] [data-score]')).toHaveText('3');

  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(requests.filter((r) => new URL(r).pathname !== '/favicon.svg')).toEqual([]);
  expect(offsite).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);

  // Starting over empties the calculators with the answers.
  await page.getByRole('button', { name: 'Rensa och börja om' }).first().click();
  await page.getByRole('button', { name: 'Starta testet' }).click();
  expect(await page.locator('standard-glasses input').evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value).filter(Boolean))).toEqual([]);
});

test('AUDIT: the calculator works with the keyboard alone, and passes axe open', async ({ page }) => {
  await startAndAnswerFirst(page);
  const question = page.locator('fieldset.question:visible');
  await expect(question).toBeFocused();
  await page.keyboard.press('Tab'); // the answers
  await page.keyboard.press('Tab'); // the calculator's summary
  await expect(question.locator('summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(question.getByLabel(strongBeer)).toBeFocused();
  await page.keyboard.type('3');
  // 3 × 13,02 g = 39,1 g: 3,3 standardglas.
  await expect(question.locator('[data-glasses-sum]')).toHaveText('Det blir 3,3 standardglas (39 gram alkohol).');
  const choose = question.getByRole('button', { name: 'Välj svaret ”3–4 standardglas”' });
  for (let i = 0; i < 12 && !(await choose.evaluate((b) => b === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(choose).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question.getByRole('radio', { name: /^3–4 standardglas/ })).toBeChecked();
  await expect(question.getByRole('radio', { name: /^3–4 standardglas/ })).toBeFocused();

  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await axeBuilder(page).withTags(wcagTags).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('AUDIT: what was typed is gone after leaving the page and pressing Back', async ({ page }) => {
  await startAndAnswerFirst(page);
  const question = page.locator('fieldset.question:visible');
  await question.getByText('Räkna ut hur många standardglas').click();
  await question.getByLabel(wine).fill('5');
  await page.goto('/akut/');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${audit}$`));
  await expect(page.getByRole('button', { name: 'Starta testet' })).toBeVisible();
  expect(await page.locator('standard-glasses input').evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value).filter(Boolean))).toEqual([]);
});

test('without JavaScript the questions about quantity offer a table of common drinks in standardglas', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(audit);
  const second = page.locator('fieldset[data-item="q2"]');
  await second.getByText('Räkna ut hur många standardglas').click();
  const table = second.getByRole('table', { name: 'Vanliga drycker och hur många standardglas de är' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: 'Vin, flaska, 75 cl 13 % 6,4' })).toBeVisible();
  await expect(second.locator('input[type="number"]')).toHaveCount(9);
  await expect(second.locator('input[type="number"]').first()).toBeHidden();
  // Only the tests' questions about quantity have one.
  await expect(page.locator('standard-glasses')).toHaveCount(2);
  await page.goto('/testa-dina-vanor/dudit/');
  await expect(page.locator('standard-glasses')).toHaveCount(0);

  await page.goto('/testa-dina-vanor/standardglas/');
  await expect(page.getByRole('table', { name: 'Vanliga drycker och hur många standardglas de är' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Räkna dina standardglas' })).toBeHidden();
  await context.close();
});

test('the page /testa-dina-vanor/standardglas/ counts the same way and keeps nothing', async ({ page, context, offsite }) => {
  await page.goto('/testa-dina-vanor/standardglas/');
  await expect(page.getByRole('heading', { name: 'Räkna dina standardglas' })).toBeVisible();
  await page.getByLabel('Sprit, snaps eller drink, 4 cl (40 %)').fill('3');
  await page.getByLabel('Cider, burk eller flaska, 33 cl (5 %)').fill('1');
  // 3 × 12,62 g + 13,02 g = 50,9 g: 4,2 standardglas.
  await expect(page.locator('[data-glasses-sum]')).toHaveText('Det blir 4,2 standardglas (51 gram alkohol).');
  await expect(page.getByRole('button', { name: /^Välj svaret/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Töm räknaren' }).click();
  await expect(page.locator('[data-glasses-sum]')).toHaveText('Det blir 0 standardglas (0 gram alkohol).');
  // Emptied, it starts again from the top.
  await expect(page.getByLabel(strongBeer)).toBeFocused();
  await expect(page.getByLabel('Sprit, snaps eller drink, 4 cl (40 %)')).toHaveValue('');
  expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
  expect(offsite).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
});

test('at 320 px the calculator and the table of drinks fit the screen, with and without JavaScript', async ({ browser, baseURL }) => {
  const widths: string[] = [];
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const measure = async (where: string) => {
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) widths.push(`${where}${javaScriptEnabled ? '' : ' (utan JavaScript)'}: ${scroll} > ${client}`);
    };
    await page.goto('/testa-dina-vanor/standardglas/');
    await measure('/testa-dina-vanor/standardglas/');
    await page.goto(audit);
    if (javaScriptEnabled) {
      await page.getByRole('button', { name: 'Starta testet' }).click();
      await page.locator('fieldset.question:visible label.option').nth(2).click();
      await page.getByRole('button', { name: 'Nästa' }).click();
    }
    await page.locator('fieldset[data-item="q2"] summary').click();
    await measure(`${audit}, fråga 2`);
    await context.close();
  }
  expect(widths).toEqual([]);
});
