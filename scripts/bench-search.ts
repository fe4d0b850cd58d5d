// `npm run bench:search`: what a search costs a reader, measured in headless Chromium against
// the built site served by nginx. For 20 queries: bytes and requests of the first search (cold
// cache) and of a following one, and the time from the last keystroke to the results, without
// throttling and under Chrome's "Slow 4G" network preset. Prints a table; not a test.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { serveSite } from './lib/nginx.ts';
import { benchQueries, searchByteBudget, Traffic } from './lib/search-traffic.ts';
import { median } from './lib/statistics.ts';
import { markdownHeader, markdownRow } from './lib/table.ts';

const root = resolve(import.meta.dirname, '..');

const queries = benchQueries;

// Chrome DevTools' "Slow 4G" preset: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up.
const slow4g = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8, uploadThroughput: (750 * 1000 * 0.9) / 8 };
const unthrottled = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
// A reader types about five characters a second.
const keystrokeDelay = 200;

interface Cost {
  bytes: number;
  requests: number;
  ms: number;
}

const targets = {
  unthrottled: { ...searchByteBudget, ms: 300 },
  'Slow 4G': { ...searchByteBudget, ms: 1_500 },
};

/** Types the query key by key and returns the milliseconds from the last key to the results shown. */
async function typeAndWait(page: Page, query: string): Promise<number> {
  const box = page.getByLabel('Vad letar du efter?');
  await box.fill('');
  await page.evaluate(() => {
    const status = document.querySelector('[data-search-status]')!;
    const timing = window as unknown as { lastKey: number; shown: number };
    document.querySelector('#sok')!.addEventListener('input', () => (timing.lastKey = performance.now()));
    new MutationObserver(() => (timing.shown = performance.now())).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await box.pressSequentially(query, { delay: keystrokeDelay });
  await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`”${q}”`), query);
  return page.evaluate(() => {
    const timing = window as unknown as { lastKey: number; shown: number };
    return Math.round(timing.shown - timing.lastKey);
  });
}

async function measure(browser: import('@playwright/test').Browser, origin: string, query: string, next: string, network: typeof slow4g) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', network);
  const traffic = new Traffic(cdp);
  // Everything the page loads by itself (the favicon comes after "load") is done before measuring.
  await page.goto(`${origin}/sok/`, { waitUntil: 'networkidle' });
  const beforeUse = traffic.since(new Set()).urls.filter((url) => url.includes('/pagefind/') || url.endsWith('sidor.json')).length;

  let mark = traffic.mark();
  await page.getByLabel('Vad letar du efter?').focus();
  const firstMs = await typeAndWait(page, query);
  await page.waitForLoadState('networkidle');
  const firstTraffic = traffic.since(mark);

  mark = traffic.mark();
  const nextMs = await typeAndWait(page, next);
  await page.waitForLoadState('networkidle');
  const nextTraffic = traffic.since(mark);
  await context.close();
  return {
    beforeUse,
    first: { bytes: firstTraffic.bytes, requests: firstTraffic.requests, ms: firstMs } satisfies Cost,
    next: { bytes: nextTraffic.bytes, requests: nextTraffic.requests, ms: nextMs } satisfies Cost,
  };
}

async function main() {
  if (!existsSync(join(root, 'dist/sok/index.html'))) {
    console.error('dist/ saknar sökningen: kör npm run build först.');
    process.exit(1);
  }
  const server = await serveSite();
  const browser = await chromium.launch(chromiumLaunchOptions);
  const kB = (bytes: number) => (bytes / 1000).toFixed(1);
  try {
    for (const [name, network] of [['unthrottled', unthrottled], ['Slow 4G', slow4g]] as const) {
      const target = targets[name];
      console.log(`\n## ${name} (time from the last keystroke to the results; typing ${keystrokeDelay} ms per key)\n`);
      // Printed row by row as the queries are measured.
      console.log(markdownHeader(['query', 'search code before use', 'first: kB', 'requests', 'ms', 'following query', 'kB', 'requests', 'ms']).join('\n'));
      const rows: Awaited<ReturnType<typeof measure>>[] = [];
      for (const [i, query] of queries.entries()) {
        const next = queries[(i + 1) % queries.length]!;
        const row = await measure(browser, server.origin, query, next, network);
        rows.push(row);
        console.log(markdownRow([query, `${row.beforeUse} requests`, kB(row.first.bytes), String(row.first.requests), String(row.first.ms), next, kB(row.next.bytes), String(row.next.requests), String(row.next.ms)]));
      }
      const max = (pick: (r: (typeof rows)[number]) => number) => Math.max(...rows.map(pick));
      const check = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
      console.log(`\nSearch code before the box is used: ${max((r) => r.beforeUse)} requests at most (${check(max((r) => r.beforeUse) === 0)}).`);
      console.log(`First search: at most ${kB(max((r) => r.first.bytes))} kB (${check(max((r) => r.first.bytes) <= target.firstBytes)}, target ${kB(target.firstBytes)}) and ${max((r) => r.first.requests)} requests (${check(max((r) => r.first.requests) <= target.firstRequests)}, target ${target.firstRequests}).`);
      console.log(`Following search: at most ${kB(max((r) => r.next.bytes))} kB (${check(max((r) => r.next.bytes) <= target.nextBytes)}, target ${kB(target.nextBytes)}) and ${max((r) => r.next.requests)} requests (${check(max((r) => r.next.requests) <= target.nextRequests)}, target ${target.nextRequests}).`);
      const times = rows.flatMap((r) => [r.first.ms, r.next.ms]);
      console.log(`Time to results: median ${Math.round(median(times))} ms, slowest ${Math.max(...times)} ms (${check(Math.max(...times) <= target.ms)}, target ${target.ms} ms).`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
