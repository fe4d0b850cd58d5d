// Searching on /sok/ as a reader does: type the words, press Enter, wait for the count.
import { expect, type Page } from '@playwright/test';

export const searchStatus = (page: Page) => page.locator('[data-search-status]');

export async function searchFor(page: Page, query: string) {
  await page.getByLabel('Vad letar du efter?').fill(query);
  await page.getByLabel('Vad letar du efter?').press('Enter');
  await expect(searchStatus(page)).toContainText(`”${query}”`);
}

/** The addresses of the results, in order. */
export const resultUrls = (page: Page) => page.locator('.search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
