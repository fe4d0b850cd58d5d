import { expect, test, tapThrough } from './fixtures.ts';

for (const javaScriptEnabled of [true, false]) {
  test(`a parent in Karlshamn reaches how to join a programme in at most 4 taps (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/');
    await tapThrough(page, [/^Som anhörig/, /^Jag är förälder/, 'Karlshamn', 'Prata med någon nu'], 4);
    const first = page.locator('article.card').first();
    await expect(first).toBeVisible();
    await expect(first.getByText('Så går du med')).toBeVisible();
    await expect(first).toContainText('Karlshamn');
    await context.close();
  });
}

test('a young person\'s result says it is not their fault and shows BRIS', async ({ page }) => {
  await page.goto('/for-anhoriga/guide/barn/under-18/olofstrom/prata-nu/');
  await expect(page.getByText('Det är inte ditt fel.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /BRIS/ })).toBeVisible();
});

test('the page for children and young people: large text, BRIS and 112', async ({ page }) => {
  await page.goto('/for-anhoriga/barn-och-unga/');
  await expect(page.locator('.prose--young')).toBeVisible();
  await expect(page.locator('main')).toContainText('116 111');
  await expect(page.locator('main')).toContainText('112');
});
