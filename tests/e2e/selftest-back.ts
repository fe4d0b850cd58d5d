// What the Back and Forward tests of the self-test share (selftest-back-*.spec.ts).
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const audit = '/testa-dina-vanor/audit/';
// Another site the reader might type in; routed here, so no request leaves the machine.
export const otherSite = 'https://annan-webbplats.example/';

type Showings = { shown?: boolean[] };

/** Records, on every document, whether each `pageshow` came from the back/forward cache. */
export async function watchShowings(page: Page) {
  await page.context().addInitScript(() => {
    window.addEventListener('pageshow', (event) => ((window as Showings).shown ??= []).push(event.persisted));
  });
  await page.context().route(`${otherSite}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="sv"><title>Annan webbplats</title><h1>Annan webbplats</h1>' }),
  );
  // Why Chromium did not restore a page from the cache, shown in the failure when it did not.
  const notRestoredBecause: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Page.backForwardCacheNotUsed', (event) => notRestoredBecause.push(...event.notRestoredExplanations.map((e) => e.reason)));
  await cdp.send('Page.enable');
  return notRestoredBecause;
}

export const showings = (page: Page) => page.evaluate(() => (window as Showings).shown ?? []);

/** AUDIT by mouse to its result (24 points, "Kvinna": the highest band), with a municipality chosen. */
export async function answerAudit(page: Page) {
  await page.getByRole('button', { name: 'Starta testet' }).click();
  for (let i = 0; i < 10; i += 1) {
    await page.locator('fieldset.question:visible label.option').nth(2).click();
    await page.getByRole('button', { name: 'Nästa' }).click();
  }
  await page.getByLabel('Kvinna').check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByRole('heading', { name: 'Ditt resultat' })).toBeFocused();
  await expect(page.locator('[data-score]')).toHaveText('24');
  await page.getByLabel(/Var bor du/).selectOption('ronneby');
  await expect(page.locator('[data-place="ronneby"]')).toBeVisible();
}

/** The page as a newcomer finds it: read at once, since the reset must come before anyone looks. */
export async function expectNothingLeft(page: Page) {
  const state = await page.evaluate(() => {
    const test = document.querySelector('self-test')!;
    const visible = (selector: string) => [...test.querySelectorAll<HTMLElement>(selector)].filter((e) => e.checkVisibility()).length;
    return {
      checked: test.querySelectorAll('input:checked').length,
      questionsShown: visible('fieldset.question'),
      resultShown: visible('[data-result]'),
      startShown: visible('[data-start]'),
      place: test.querySelector('select')!.value,
      score: test.querySelector('[data-score]')!.textContent,
      date: test.querySelector('[data-date]')!.textContent,
      focusInTest: test.contains(document.activeElement),
    };
  });
  expect(state).toEqual({ checked: 0, questionsShown: 0, resultShown: 0, startShown: 1, place: '', score: '', date: '', focusInTest: false });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Starting again: question 1, nothing chosen.
  await page.getByRole('button', { name: 'Starta testet' }).click();
  await expect(page.locator('fieldset.question:visible .question__count')).toHaveText('Fråga 1 av 10');
  await expect(page.locator('input:checked')).toHaveCount(0);
}

