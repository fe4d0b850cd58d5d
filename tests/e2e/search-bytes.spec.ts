// The search's byte budget, held in every run: for each of the benchmark's queries, typed key by
// key as a reader types, the first search from a cold cache and the one after it. The page's clock
// is moved past its pause after each key and the key's search awaited, so every word the reader
// passes on the way is fetched: the most a reader can cost, and the same bytes in every run.
import { chromium, type Page } from '@playwright/test';
import { benchQueries, searchByteBudget, Traffic } from '../../scripts/lib/search-traffic.ts';
import { expect, test } from './fixtures.ts';
import { searchStatus } from './search-page.ts';

/** Longer than the page's pause after a key (200 ms), so each key's search starts before the next key. */
const afterKey = 250;

async function typeKeyByKey(page: Page, traffic: Traffic, query: string) {
  const box = page.getByLabel('Vad letar du efter?');
  await box.fill('');
  for (const key of query) {
    await box.pressSequentially(key);
    await page.clock.runFor(afterKey);
    await expect(page.locator('site-search')).not.toHaveAttribute('aria-busy');
    await expect.poll(() => traffic.pending).toBe(0);
  }
  await expect(searchStatus(page)).toContainText(`”${query}”`);
  await expect.poll(() => traffic.pending).toBe(0);
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
// Four groups of five queries, so that the two workers share them.
const groups = [0, 5, 10, 15].map((start) => benchQueries.slice(start, start + 5));

test.describe.configure({ mode: 'parallel' });

for (const group of groups) {
  test(`searching for ${group.map((q) => `"${q}"`).join(', ')} stays within the byte budget`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const browser = await chromium.launch(test.info().project.use.launchOptions);
    const over: string[] = [];
    try {
      for (const query of group) {
        const next = benchQueries[(benchQueries.indexOf(query) + 1) % benchQueries.length]!;
        const context = await browser.newContext({ baseURL });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        const traffic = new Traffic(cdp);
        await page.clock.install();
        await page.goto('/sok/', { waitUntil: 'networkidle' });

        let mark = traffic.mark();
        await page.getByLabel('Vad letar du efter?').focus();
        await typeKeyByKey(page, traffic, query);
        const first = traffic.since(mark);
        mark = traffic.mark();
        await typeKeyByKey(page, traffic, next);
        const following = traffic.since(mark);
        await context.close();

        console.log(`${query}: ${kB(first.bytes)} in ${first.requests} requests; then ${next}: ${kB(following.bytes)} in ${following.requests}`);
        if (first.bytes > searchByteBudget.firstBytes || first.requests > searchByteBudget.firstRequests) over.push(`${query}: first search ${kB(first.bytes)}, ${first.requests} requests`);
        if (following.bytes > searchByteBudget.nextBytes || following.requests > searchByteBudget.nextRequests) over.push(`${next} after ${query}: ${kB(following.bytes)}, ${following.requests} requests (${following.urls.map((u) => new URL(u).pathname).join(' ')})`);
      }
    } finally {
      await browser.close();
    }
    expect(over, `budget: first ${kB(searchByteBudget.firstBytes)} / ${searchByteBudget.firstRequests} requests, following ${kB(searchByteBudget.nextBytes)} / ${searchByteBudget.nextRequests}`).toEqual([]);
  });
}
