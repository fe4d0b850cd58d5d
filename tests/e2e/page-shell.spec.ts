// The page shell on a phone (issue 16): the header and the acute numbers leave the first screen
// to the page, the menu is a <details> that works without JavaScript and with the keyboard, and
// the sticky quick-exit bar never covers what has focus or what an in-page link leads to.
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { getEditions } from '../../src/i18n/editions.ts';
import { telHref, type Phone } from '../../src/lib/phone.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { axeBuilder, axeViolationsOn, expect, test, wcagTags } from './fixtures.ts';

/** One page of each kind, in every edition that has a header of its own. */
const samples = [
  '/',
  '/hitta-hjalp/for-mig/alkohol/karlskrona/26-och-aldre/',
  '/testa-dina-vanor/audit-c/',
  '/kunskap/alkohol/',
  '/lattlast/',
  '/en/',
  '/sok/',
];
const phone = { width: 360, height: 640 };
/** The most the header and the acute numbers together may take of a 640 px high phone screen. */
const shellBudget = 200;

// The acute numbers as content/site.yaml names them: the strip must show these, whatever they are.
const acuteNumbers: string[] = (() => {
  const report = validateContent(join(import.meta.dirname, '../../content'));
  return Object.values(report.site?.acuteStrip ?? {}).map((id) => {
    const number = report.entries.find((e) => e.collection === 'helplines' && e.id === id)?.data['phone'] as Phone | undefined;
    if (!number) throw new Error(`the acute strip's ${id} has no phone number`);
    return telHref(number);
  });
})();

const shellBottom = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-acute-strip]')!.getBoundingClientRect().bottom + window.scrollY);

test('the acute numbers come from content', () => {
  expect(acuteNumbers.length).toBe(3);
});

test(`at 360 × 640 the header and the acute numbers take at most ${shellBudget} px, and the numbers are links in view`, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: phone });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const url of samples) {
    await page.goto(url);
    const bottom = await shellBottom(page);
    if (bottom > shellBudget) problems.push(`${url}: the header and the acute numbers end at ${Math.round(bottom)} px`);
    for (const href of acuteNumbers) {
      const link = page.locator(`[data-acute-strip] a[href="${href}"]`);
      if (!(await link.isVisible())) { problems.push(`${url}: ${href} is not a visible link`); continue; }
      const box = (await link.boundingBox())!;
      if (box.y + box.height > shellBudget) problems.push(`${url}: ${href} is below ${shellBudget} px`);
    }
  }
  await context.close();
  expect(problems).toEqual([]);
});

test('the acute strip says what each number is: short words on a phone, the full ones on a wide screen', async ({ browser, baseURL }) => {
  for (const [width, shown] of [[360, 'Sjukvård'], [1280, 'Sjukvårdsrådgivning:']] as const) {
    const context = await browser.newContext({ baseURL, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto('/kunskap/alkohol/');
    await expect(page.locator('[data-acute-strip]').getByText(shown, { exact: true })).toBeVisible();
    // Screen readers hear the full label at every width.
    await expect(page.getByRole('complementary', { name: 'Akut hjälp' })).toContainText('Sjukvårdsrådgivning:');
    await context.close();
  }
});

test('the menu control and the quick exit are tap targets at least 44 px high at 360 px', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: phone });
  const page = await context.newPage();
  await page.goto('/');
  const toggle = page.locator('.site-menu__toggle');
  expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect((await page.getByRole('link', { name: 'Lämna sidan snabbt' }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await context.close();
});

for (const width of [360, 1280]) {
  test(`the header search box has a label a sighted reader can see at ${width} px`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto('/kunskap/alkohol/');
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Sök på webbplatsen' });
    await expect(box).toBeVisible();
    const label = page.locator('label[for="sok-sidhuvud"]');
    await expect(label).toBeVisible();
    const [l, i] = [(await label.boundingBox())!, (await box.boundingBox())!];
    // The label is written inside the box's frame, at full size, not clipped away.
    expect(l.width).toBeGreaterThan(40);
    expect(l.y).toBeGreaterThanOrEqual(i.y);
    expect(l.y + l.height).toBeLessThanOrEqual(i.y + i.height);
    // The privacy of the words typed: the box has no name, so nothing is sent in a query.
    expect(await box.getAttribute('name')).toBeNull();
    await context.close();
  });
}

test('without JavaScript the menu opens at 360 px and its links lead on', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/kunskap/alkohol/');
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(menu).toBeHidden();
  await page.getByText('Meny', { exact: true }).click();
  await expect(menu).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Andra språk och lättläst' }).getByRole('link', { name: 'English' })).toBeVisible();
  await menu.getByRole('link', { name: 'Hitta hjälp' }).click();
  await expect(page.locator('h1')).toHaveText('Vem gäller det?');
  // The new page starts with the menu closed again.
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await context.close();
});

test('on a wide screen the menu is shown as it is, with no control to open it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kunskap' })).toBeVisible();
  await expect(page.locator('.site-menu__toggle')).toBeHidden();
  await context.close();
});

/** What has focus after each Tab, as "role name" (or its text), for `count` presses. */
async function tabOrder(page: Page, count: number) {
  const seen: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        const label = e.id ? document.querySelector(`label[for="${e.id}"]`)?.textContent : undefined;
        return (label ?? e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    );
  }
  return seen;
}

test('with the keyboard only at 360 px: quick exit, name, menu control, the menu when open, then search', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: phone });
  const page = await context.newPage();
  await page.goto('/kunskap/alkohol/');
  const closed = await tabOrder(page, 6);
  expect(closed).toEqual(['Hoppa till innehållet', 'Lämna sidan snabbt eller tryck Skift tre gånger', 'En väg in', 'Meny', 'Sök på webbplatsen', 'Sök']);
  // Open the menu from the keyboard: its links follow the control.
  await page.locator('.site-menu__toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  // The menu, then every other edition by its own name (the language switch), then search.
  const editions = getEditions().filter((e) => e.code !== 'sv').map((e) => e.name);
  const open = await tabOrder(page, 6 + editions.length);
  expect(open).toEqual(['Hitta hjälp', 'Testa dina vanor', 'För anhöriga', 'Kunskap', 'Akut hjälp', ...editions, 'Sök på webbplatsen']);
  // Closing it from the keyboard: Shift+Tab back to the control and Space.
  await page.locator('.site-menu__toggle').focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await context.close();
});

const shellUrls = ['/', '/kunskap/alkohol/', '/lattlast/', '/en/', '/sok/'];

// One test per width: fifteen axe runs in one test outlast its timeout on a busy 2-core machine.
for (const width of [360, 1280]) {
  test(`axe passes with the menu closed at ${width} px`, async ({ browser, baseURL }) => {
    expect(await axeViolationsOn(browser, baseURL!, shellUrls, width)).toEqual([]);
  });
}

test('axe passes with the menu open at 360 px', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const violations: string[] = [];
  for (const url of shellUrls) {
    await page.goto(url);
    await page.locator('.site-menu__toggle').click();
    await expect(page.locator('.site-nav')).toBeVisible();
    const results = await axeBuilder(page).withTags(wcagTags).analyze();
    for (const v of results.violations) violations.push(`${url} (menu open): ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
  await context.close();
  expect(violations).toEqual([]);
});

/** Whether the quick exit covers any part of the element (it does not cover itself). */
async function coveredByQuickExit(page: Page, target: Locator | null) {
  return page.evaluate((el) => {
    const e = el ?? document.activeElement;
    if (!e || e === document.body || e.closest('quick-exit')) return '';
    const bar = document.querySelector('.quick-exit__link')!.getBoundingClientRect();
    const r = e.getBoundingClientRect();
    const overlaps = r.left < bar.right && r.right > bar.left && r.top < bar.bottom && r.bottom > bar.top;
    if (!overlaps) return '';
    // Where they overlap, what is drawn on top (the skip link, for one, is drawn over the bar).
    const x = (Math.max(r.left, bar.left) + Math.min(r.right, bar.right)) / 2;
    const y = (Math.max(r.top, bar.top) + Math.min(r.bottom, bar.bottom)) / 2;
    const onTop = document.elementFromPoint(x, y);
    return onTop?.closest('quick-exit') ? `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 40)}" at ${Math.round(r.top)} px, the quick exit ends at ${Math.round(bar.bottom)} px` : '';
  }, target ? await target.elementHandle() : null);
}

for (const width of [360, 1280]) {
  test(`focus is never under the quick exit at ${width} px, forwards and back through a long page`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width, height: 640 } });
    const page = await context.newPage();
    await page.goto('/hitta-hjalp/for-mig/alkohol/karlskrona/26-och-aldre/');
    const problems: string[] = [];
    let scrolled = false;
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press(key);
        const covered = await coveredByQuickExit(page, null);
        if (covered) problems.push(`${key} ${i + 1}: ${covered}`);
        if ((await page.evaluate(() => window.scrollY)) > 600) scrolled = true;
      }
    }
    // The walk went far enough down the page for the bar to matter.
    expect(scrolled).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test(`the target of an in-page link is not under the quick exit at ${width} px`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width, height: 640 } });
    const page = await context.newPage();
    // The content report's table of contents links to sections far down a long page.
    await page.goto('/innehallsrapport/');
    const toc = page.locator('main a[href^="#"]');
    const count = await toc.count();
    expect(count).toBeGreaterThan(2);
    const problems: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const href = (await toc.nth(i).getAttribute('href'))!;
      await page.evaluate(() => window.scrollTo(0, 0));
      await toc.nth(i).click();
      const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
      const covered = await coveredByQuickExit(page, target);
      if (covered) problems.push(`${href}: ${covered}`);
    }
    // The skip link too, from a page scrolled part way down.
    await page.goto('/kunskap/alkohol/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const main = await coveredByQuickExit(page, page.locator('#innehall h1'));
    if (main) problems.push(`skip link: ${main}`);
    expect(problems).toEqual([]);
    await context.close();
  });
}
