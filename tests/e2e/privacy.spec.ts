import { allPageUrls } from '../helpers/pages.ts';
import { expect, test } from './fixtures.ts';

test('no page sends a request to another host, sets a cookie, stores anything or breaks the CSP', async ({ page, context, offsite, cspViolations }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  const setCookies: string[] = [];
  page.on('response', async (response) => {
    const header = await response.headerValue('set-cookie');
    if (header) setCookies.push(`${response.url()}: ${header}`);
  });

  for (const url of allPageUrls) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
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
