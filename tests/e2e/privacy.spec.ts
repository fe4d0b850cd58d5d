import { inBatches } from '../helpers/batches.ts';
import { sampledPageUrls } from '../helpers/pages.ts';
import { expect, test } from './fixtures.ts';

// Every kind of page and edition, and a sample of the generated steps: the scripts a page runs come
// with its kind (tests/helpers/pages.ts).
for (const urls of inBatches(sampledPageUrls, 40)) test(`${urls[0]} … ${urls.at(-1)}: no request to another host, no cookie, nothing stored, no CSP violation`, async ({ page, context, offsite, cspViolations }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  const setCookies: string[] = [];
  // Read while the page is open: every lookup started during the visits is awaited below. A
  // response that only arrives while the test closes the page cannot be read any more; it is not
  // one of the visits, so its failed lookup is dropped instead of failing the test after the fact.
  const lookups: Promise<void>[] = [];
  page.on('response', (response) =>
    lookups.push(
      response
        .headerValue('set-cookie')
        .then((header) => void (header && setCookies.push(`${response.url()}: ${header}`)))
        .catch((error: unknown) => {
          if (!(page.isClosed() || String(error).includes('has been closed'))) throw error;
        }),
    ),
  );

  for (const url of urls) {
    await page.goto(url);
  }

  // Late responses (an image, a deferred script) may add lookups while earlier ones are awaited.
  for (let awaited = 0; awaited < lookups.length; ) {
    const pending = lookups.slice(awaited);
    awaited = lookups.length;
    await Promise.all(pending);
  }
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
