import { inBatches } from '../helpers/batches.ts';
import { allPageUrls } from '../helpers/pages.ts';
import { expect, test } from './fixtures.ts';

for (const urls of inBatches(allPageUrls, 40)) test(`${urls[0]} … ${urls.at(-1)}: no request to another host, no cookie, nothing stored, no CSP violation`, async ({ page, context, offsite, cspViolations }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  const setCookies: string[] = [];
  // Read while the page is open: each lookup is awaited before the test ends.
  const lookups: Promise<void>[] = [];
  page.on('response', (response) =>
    lookups.push(response.headerValue('set-cookie').then((header) => void (header && setCookies.push(`${response.url()}: ${header}`)))),
  );

  for (const url of urls) {
    await page.goto(url);
  }

  await Promise.all(lookups);
  expect(offsite).toEqual([]);
  expect(cspViolations).toEqual([]);
  expect(consoleErrors.filter((e) => !e.includes('404 (Not Found)'))).toEqual([]);
  expect(setCookies).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(() => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
  }));
  expect(storage).toEqual({ cookie: '', local: 0, session: 0 });
});
