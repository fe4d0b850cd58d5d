// The site in the modes readers set themselves: on paper, in Windows high contrast (forced
// colours), in dark mode, narrow or zoomed to 400 %, with wider text spacing and with reduced
// motion. Each test visits a representative page of every kind in one browser context.
import type { Browser, Page } from '@playwright/test';
import { inBatches } from '../helpers/batches.ts';
import { builtPages } from '../helpers/dist.ts';
import { answerAuditC, axeBuilder, expect, pdfPages, test, watchNetwork } from './fixtures.ts';

const firstUrl = (pattern: RegExp) => {
  const url = builtPages().find((p) => pattern.test(p.url))?.url;
  if (!url) throw new Error(`no built page matches ${pattern}`);
  return url;
};

const start = '/';
const result = '/hitta-hjalp/for-mig/alkohol/ronneby/26-och-aldre/';
// A service with a phone number, an address and opening hours ("open now").
const service = '/mottagningar/bup-blekinge/';
const programme = firstUrl(/^\/for-anhoriga\/stod\/[^/]+\/$/);
const selfTest = '/testa-dina-vanor/audit/';
const knowledge = firstUrl(/^\/kunskap\/[^/]+\/$/);
/** One page of every kind; the self-test is also visited with a question on screen (see openQuestion). */
const representative = [start, '/akut/', '/hitta-hjalp/', result, service, selfTest, '/for-anhoriga/', programme, '/sok/', knowledge, '/finns-inte/'];

async function newPage(browser: Browser, baseURL: string | undefined, options: Parameters<Browser['newContext']>[0] = {}) {
  // @axe-core/playwright needs a page from browser.newContext(); the network stays watched.
  const context = await browser.newContext({ baseURL: baseURL!, ...options });
  const offsite: string[] = [];
  await watchNetwork(context, baseURL!, offsite);
  const page = await context.newPage();
  return { context, page, offsite };
}

/** A page to visit: an address, or a way to bring a page into a state (a question on screen). */
interface Visit {
  url: string;
  open?: (page: Page) => Promise<void>;
}

/** The self-test with its first question on screen, as the script shows it. */
async function openQuestion(page: Page) {
  await page.goto(selfTest);
  await page.getByRole('button', { name: 'Starta testet' }).click();
  await expect(page.locator('fieldset.question:visible')).toBeFocused();
}

test.describe('print', () => {
  const printed = [service, programme, result];

  test('service, programme and navigator result print without screen controls, black on white, with the acute numbers', async ({ browser, baseURL }) => {
    // A reader in dark mode prints too: paper must still come out black on white. 680 px is the
    // width of A4 inside the 15 mm margins, so that lines wrap as they do on paper.
    const { context, page, offsite } = await newPage(browser, baseURL, { viewport: { width: 680, height: 900 } });
    for (const url of printed) {
      await page.goto(url);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      for (const selector of ['.skip-link', '.quick-exit', '.site-nav', 'search-box', '.language-switch', '.site-footer nav', '.acute-strip__more', '.open-now']) {
        await expect(page.locator(selector).first(), `${url}: ${selector}`).toBeHidden();
      }
      await expect(page.locator('h1')).toBeVisible();
      // The acute numbers stay, in one compact line.
      const strip = page.locator('[data-acute-strip]');
      for (const number of ['112', '1177']) await expect(strip.locator(`a[href="tel:${number}"]`), `${url}: ${number}`).toBeVisible();
      expect((await strip.boundingBox())!.height, `${url}: the acute strip is one line`).toBeLessThan(40);

      const look = await page.evaluate(() => {
        const style = (e: Element, pseudo?: string) => getComputedStyle(e, pseudo);
        const main = document.querySelector('main')!;
        const texts = [...main.querySelectorAll('h1, h2, p, li, dt, dd, a')].filter((e) => (e as HTMLElement).offsetParent !== null);
        const external = [...main.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].filter((a) => a.offsetParent !== null);
        const internal = [...main.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')].filter((a) => a.offsetParent !== null);
        const phones = [...main.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
        return {
          background: style(document.documentElement).backgroundColor,
          notBlack: texts.filter((e) => style(e).color !== 'rgb(0, 0, 0)').map((e) => e.outerHTML.slice(0, 80)),
          externalWithoutAddress: external.filter((a) => !style(a, '::after').content.includes(a.getAttribute('href')!)).map((a) => a.href),
          externalCount: external.length,
          // This site's own pages too (issue 16, point 9): with the site's address when site.yaml has one.
          internalWithoutAddress: internal.filter((a) => !style(a, '::after').content.includes(`${document.documentElement.dataset.printOrigin ?? ''}${a.getAttribute('href')}`)).map((a) => a.getAttribute('href')),
          phonesUnreadable: phones.filter((a) => style(a).color !== 'rgb(0, 0, 0)' || Number(style(a).fontWeight) < 700).map((a) => a.textContent),
          cardsSplittable: [...main.querySelectorAll('.card')].filter((e) => style(e).breakInside !== 'avoid').length,
        };
      });
      expect(look.background, url).toBe('rgb(255, 255, 255)');
      expect(look.notBlack, url).toEqual([]);
      expect(look.externalWithoutAddress, url).toEqual([]);
      expect(look.internalWithoutAddress, url).toEqual([]);
      expect(look.phonesUnreadable, url).toEqual([]);
      expect(look.cardsSplittable, url).toBe(0);
      if (url === service) {
        expect(look.externalCount, 'the service page cites a web source').toBeGreaterThan(0);
        // The address is on paper; the map link is not (its address would be a line of code).
        await expect(page.getByRole('heading', { name: 'Adress' })).toBeVisible();
        await expect(page.locator('.map-link')).toBeHidden();
      }
      await page.emulateMedia({ media: null, colorScheme: null });
    }
    expect(offsite).toEqual([]);
    await context.close();
  });

  // The longest pages of each kind, by what <main> prints (its text and the other sites'
  // addresses written out): if they fit, the shorter ones do.
  const printedLength = (html: string) => {
    const main = (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '').replace(/<script[\s\S]*?<\/script>/g, '');
    const addresses = [...main.matchAll(/href="(https?:[^"]+)"/g)].map((m) => m[1]!);
    return main.replace(/<[^>]+>/g, '').length + addresses.join('').length;
  };
  const longest = (pattern: RegExp) =>
    builtPages()
      .filter((p) => pattern.test(p.url))
      .map((p) => ({ url: p.url, length: printedLength(p.html) }))
      .sort((a, b) => b.length - a.length)
      .slice(0, 3);

  test('the longest service and programme pages print on one or two A4 pages', async ({ browser, baseURL }) => {
    const { context, page } = await newPage(browser, baseURL);
    const tooLong: string[] = [];
    for (const { url } of [...longest(/^\/mottagningar\/[^/]+\/$/), ...longest(/^\/for-anhoriga\/stod\/[^/]+\/$/)]) {
      await page.goto(url);
      const pages = pdfPages(await page.pdf({ format: 'A4' }));
      // A count of 0 would mean the PDF's pages could not be read, not that the page is short.
      expect(pages, url).toBeGreaterThan(0);
      if (pages > 2) tooLong.push(`${url}: ${pages} pages`);
    }
    expect(tooLong).toEqual([]);
    await context.close();
  });

  test('without JavaScript a self-test prints as a paper test: every question with its points', async ({ browser, baseURL }) => {
    const { context, page } = await newPage(browser, baseURL, { javaScriptEnabled: false });
    await page.goto(selfTest);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('fieldset.question:visible')).toHaveCount(10);
    await expect(page.getByText('(4 poäng)').first()).toBeVisible();
    await expect(page.getByRole('table', { name: 'Så tolkas poängen' })).toBeVisible();
    await context.close();
  });
});

/** Interactive elements and boxes that must show an edge of their own, not only a fill. */
const framed = 'button, input:not([type="radio"]), select, .button, .choice, .door, .card, .option, .quick-exit__link, .search-more';

test('forced colours: controls, cards, "open now" and the focus indicator stay visible', async ({ browser, baseURL }) => {
  const { context, page } = await newPage(browser, baseURL, { viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ forcedColors: 'active' });
  const problems: string[] = [];
  const visits: Visit[] = [
    ...[start, '/hitta-hjalp/for-mig/', result, service, programme, '/sok/'].map((url) => ({ url })),
    { url: `${selfTest}#fraga`, open: openQuestion },
  ];
  for (const { url, open } of visits) {
    await (open ? open(page) : page.goto(url));
    const unframed = await page.evaluate((selector) => {
      const visible = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const hasEdge = (e: Element) => {
        const s = getComputedStyle(e);
        const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
        const border = sides.filter((side) => parseFloat(s[`border${side}Width`]) >= 1 && s[`border${side}Style`] !== 'none' && s[`border${side}Color`] !== s.backgroundColor);
        return border.length === 4 || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1);
      };
      return [...document.querySelectorAll(selector)].filter((e) => visible(e) && !hasEdge(e)).map((e) => e.outerHTML.slice(0, 90));
    }, framed);
    for (const element of unframed) problems.push(`${url}: no border: ${element}`);
    // The header's filled bar turns into the page's colour: a line keeps it apart from the content.
    const headerEdge = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).borderBottomStyle);
    if (headerEdge === 'none') problems.push(`${url}: the header has no edge`);

    // Keyboard focus: every stop within the first 12 tabs shows a solid outline of at least 2 px.
    await page.evaluate(() => window.scrollTo(0, 0));
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const e = document.activeElement!;
        if (e === document.body) return undefined;
        const s = getComputedStyle(e);
        return { element: e.outerHTML.slice(0, 70), style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, canvas: getComputedStyle(document.documentElement).backgroundColor };
      });
      if (focus && (focus.style === 'none' || focus.width < 2 || focus.color === focus.canvas)) problems.push(`${url}: focus not visible on ${focus.element}`);
    }
  }
  // "Öppet nu" is a state of its own without its colour: framed, and in words.
  await page.goto(service);
  const openNow = page.locator('[data-open-now-text]');
  await expect(openNow).toBeVisible();
  await expect(openNow).toHaveText(/\S/);
  expect(await openNow.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
  expect(problems).toEqual([]);
  await context.close();
});

test('an unverified fact\'s notice is one short line, clear in forced colours, dark mode and on paper', async ({ browser, baseURL }) => {
  const { context, page } = await newPage(browser, baseURL, { viewport: { width: 360, height: 800 } });
  await page.goto(result);
  const notices = page.locator('main .unverified-notice');
  expect(await notices.count(), 'the Ronneby result has unverified facts').toBeGreaterThan(0);
  const problems: string[] = [];
  for (const mode of ['screen', 'forced colours', 'dark', 'print'] as const) {
    await page.emulateMedia({
      media: mode === 'print' ? 'print' : 'screen',
      forcedColors: mode === 'forced colours' ? 'active' : 'none',
      colorScheme: mode === 'dark' ? 'dark' : 'light',
    });
    for (const notice of await notices.all()) {
      const look = await notice.evaluate((e) => {
        const summary = e.querySelector('summary')!;
        // What the disclosure holds: the note, or on a card with a page of its own, where to read it.
        const note = e.querySelector(':scope > :not(summary)')!;
        const s = getComputedStyle(e);
        const line = parseFloat(getComputedStyle(summary).lineHeight) || 24;
        return {
          text: summary.textContent!.replace(/\s+/g, ' ').trim(),
          summaryShown: summary.checkVisibility(),
          // A closed disclosure's content keeps its boxes but is not rendered: checkVisibility says so.
          noteShown: note.checkVisibility(),
          lines: Math.round(summary.getBoundingClientRect().height / line),
          edge: parseFloat(s.borderInlineStartWidth) >= 3 && s.borderInlineStartStyle === 'solid' && s.borderInlineStartColor !== s.backgroundColor,
          card: e.closest('.card')?.getBoundingClientRect().height ?? Infinity,
          height: e.getBoundingClientRect().height,
        };
      });
      const at = `${mode}: "${look.text}"`;
      if (!/^Ej bekräftat – \S/.test(look.text)) problems.push(`${at}: not the one-line form`);
      if (!look.summaryShown) problems.push(`${at}: the line is not shown`);
      if (look.noteShown) problems.push(`${at}: the note shows before it is asked for`);
      if (look.lines > 2) problems.push(`${at}: ${look.lines} lines`);
      if (!look.edge) problems.push(`${at}: no visible edge marks it`);
      if (look.height * 3 > look.card) problems.push(`${at}: a third of its card or more`);
    }
  }
  // Opened, it says what is not confirmed, or (a card with a page of its own) where that is said.
  await page.emulateMedia({ media: 'screen', forcedColors: 'none', colorScheme: 'light' });
  await notices.first().locator('summary').click();
  await expect(notices.first().locator(':scope > :not(summary)').first()).toBeVisible();
  await expect(notices.first()).toContainText(/bekräftat|källor/i);
  expect(problems).toEqual([]);
  await context.close();
});

/** Relative luminance of a computed colour (an rgb() or rgba() string, taken as opaque). */
function luminance(color: string) {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

test.describe('dark mode', () => {
  const visits: Visit[] = [...[...representative, '/en/', '/lattlast/'].map((url) => ({ url })), { url: `${selfTest}#fraga`, open: openQuestion }];
  // axe takes a second or two a page: two halves run side by side.
  for (const batch of inBatches(visits, Math.ceil(visits.length / 2))) {
    test(`the page is dark, form controls follow, text and controls keep their contrast: ${batch[0]!.url} … ${batch.at(-1)!.url}`, async ({ browser, baseURL }) => {
      const { context, page } = await newPage(browser, baseURL, { viewport: { width: 360, height: 800 } });
      await page.emulateMedia({ colorScheme: 'dark' });
      const problems: string[] = [];
      for (const { url, open } of batch) {
        await (open ? open(page) : page.goto(url));
        const look = await page.evaluate((selector) => {
          const visible = (e: Element) => e.getClientRects().length > 0;
          return {
            canvas: getComputedStyle(document.documentElement).backgroundColor,
            scheme: getComputedStyle(document.documentElement).colorScheme,
            // Each control's edge and fill, and what it sits on (the nearest ancestor with a fill).
            controls: [...document.querySelectorAll(selector)].filter(visible).map((e) => {
              const s = getComputedStyle(e);
              let behind = e.parentElement;
              while (behind && getComputedStyle(behind).backgroundColor.endsWith(', 0)')) behind = behind.parentElement;
              return {
                element: e.outerHTML.slice(0, 90),
                edge: s.borderTopWidth !== '0px' ? s.borderTopColor : s.borderLeftColor,
                fill: s.backgroundColor.endsWith(', 0)') ? undefined : s.backgroundColor,
                behind: getComputedStyle(behind ?? document.documentElement).backgroundColor,
              };
            }),
          };
        }, 'button, input:not([type="radio"]), select, .button, .choice, .door, .option');
        if (luminance(look.canvas) > 0.05) problems.push(`${url}: the page is not dark (${look.canvas})`);
        if (!look.scheme.includes('dark')) problems.push(`${url}: color-scheme is "${look.scheme}"`);
        // Non-text contrast (WCAG 1.4.11): a control's edge or its fill against what is behind it, at least 3:1.
        for (const c of look.controls) {
          if (contrast(c.edge, c.behind) < 3 && (!c.fill || contrast(c.fill, c.behind) < 3)) problems.push(`${url}: control under 3:1: ${c.element}`);
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        // Only the colour rules (the light pages get every rule in accessibility.spec.ts), and only
        // their violations in detail, which keeps axe to about a second a page.
        const axe = await axeBuilder(page)
          .options({ runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] })
          .analyze();
        for (const v of axe.violations) problems.push(`${url}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test('the focus indicator and the self-test result keep their contrast in the dark', async ({ browser, baseURL }) => {
    const { context, page } = await newPage(browser, baseURL, { viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ colorScheme: 'dark' });
    await answerAuditC(page);
    await page.getByLabel(/Var bor du/).selectOption('ronneby');
    const axe = await axeBuilder(page).options({ runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] }).analyze();
    expect(axe.violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual([]);
    // The outline around a focused button stands out from the page by at least 3:1.
    await page.getByRole('button', { name: 'Skriv ut resultatet' }).focus();
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, color: s.outlineColor, canvas: getComputedStyle(document.documentElement).backgroundColor };
    });
    expect(focus.style).toBe('solid');
    expect(contrast(focus.color, focus.canvas)).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});

/** What fails reflow on the page now: horizontal scrolling and content that sticks out to the right. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const clipped = (e: Element) => e.closest('.sr-only, [hidden]') !== null;
    const outside = [...document.querySelectorAll('body *')].filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && (box.right > width + 1 || box.left < -1) && !clipped(e) && !e.classList.contains('skip-link');
    });
    return { scroll: root.scrollWidth > width ? `scrollWidth ${root.scrollWidth} > ${width}` : undefined, outside: outside.slice(0, 3).map((e) => e.outerHTML.slice(0, 80)) };
  });
}

test.describe('reflow at 320 px and 400 % zoom', () => {
  // 1280 × 1024 at 400 % is a 320 × 256 CSS pixel viewport.
  const viewports = [
    { name: '320 × 640', width: 320, height: 640 },
    { name: '400 % zoom', width: 320, height: 256 },
  ];
  const pages = [...representative, '/en/', '/lattlast/'];

  for (const viewport of viewports) {
    test(`${viewport.name}: no horizontal scrolling, nothing sticks out, focus stays clear of the quick-exit bar`, async ({ browser, baseURL }) => {
      const { context, page } = await newPage(browser, baseURL, { viewport });
      const problems: string[] = [];
      const visits: Visit[] = [...pages.map((url) => ({ url })), { url: `${selfTest}#fraga`, open: openQuestion }];
      for (const { url, open } of visits) {
        await (open ? open(page) : page.goto(url));
        const found = await overflow(page);
        if (found.scroll) problems.push(`${url}: ${found.scroll}`);
        for (const element of found.outside) problems.push(`${url}: outside the viewport: ${element}`);
      }
      // Going back up a long page with Shift+Tab brings each link in at the top, where the sticky
      // quick-exit bar is: the focused link must not end up under it (WCAG 2.4.11).
      await page.goto(result);
      await page.locator('.site-footer a').last().focus();
      for (let i = 0; i < 15; i += 1) {
        await page.keyboard.press('Shift+Tab');
        const hidden = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement;
          const bar = document.querySelector('.quick-exit__link')!.getBoundingClientRect();
          const box = focused.getBoundingClientRect();
          if (focused.closest('.quick-exit')) return undefined;
          const covered = box.top < bar.bottom - 1 && box.bottom > bar.top && box.left < bar.right && box.right > bar.left;
          const offscreen = box.bottom > window.innerHeight + 1 || box.top < -1;
          return covered || offscreen ? `${focused.outerHTML.slice(0, 70)} at ${Math.round(box.top)}–${Math.round(box.bottom)}, bar ends at ${Math.round(bar.bottom)}` : undefined;
        });
        if (hidden) problems.push(`${result}: focus hidden: ${hidden}`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test('text spacing (WCAG 1.4.12) breaks nothing at 320, 640 and 1280 px', async ({ browser, baseURL }) => {
    // The spacing is a user style sheet, as a bookmarklet adds it; CSP would refuse it.
    // 640 px (40rem) is the narrowest width at which the quick exit sits beside the header's text.
    const problems: string[] = [];
    for (const width of [320, 640, 1280]) {
      const { context, page } = await newPage(browser, baseURL, { viewport: { width, height: 800 }, bypassCSP: true });
      for (const url of [start, result, service, selfTest, '/sok/', '/en/']) {
        await page.goto(url);
        await page.addStyleTag({
          content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
        });
        const found = await overflow(page);
        if (found.scroll) problems.push(`${width} px ${url}: ${found.scroll}`);
        for (const element of found.outside) problems.push(`${width} px ${url}: outside the viewport: ${element}`);
        const cut = await page.evaluate(() => {
          // Text cut off by a box that hides its overflow, or the quick-exit button over the header's text.
          const hiding = [...document.querySelectorAll('body *')].filter((e) => {
            const s = getComputedStyle(e);
            return !e.closest('.sr-only') && /hidden|clip/.test(s.overflowX + s.overflowY) && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1);
          });
          // The header's words and controls, line by line (a paragraph's box runs under the button; its lines must not).
          const bar = document.querySelector('.quick-exit__link')!.getBoundingClientRect();
          const overlaps = (box: DOMRect) => box.width > 0 && box.top < bar.bottom && box.bottom > bar.top && box.left < bar.right && box.right > bar.left;
          const under = [...document.querySelectorAll('.site-header a, .site-header p, .site-header input, .site-header button')].filter((e) => {
            const range = document.createRange();
            range.selectNodeContents(e);
            return [...range.getClientRects(), ...(e.matches('input, button') ? [e.getBoundingClientRect()] : [])].some(overlaps);
          });
          return [...hiding, ...under].map((e) => e.outerHTML.slice(0, 80));
        });
        for (const element of cut) problems.push(`${width} px ${url}: cut off or covered: ${element}`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

test.describe('reduced motion', () => {
  async function moving(page: Page) {
    return page.evaluate(() => {
      const found: string[] = [];
      const seconds = (list: string) => list.split(',').reduce((sum, d) => sum + parseFloat(d), 0);
      for (const e of document.querySelectorAll('*')) {
        for (const pseudo of [undefined, '::before', '::after']) {
          const s = getComputedStyle(e, pseudo);
          if (seconds(s.transitionDuration) > 0 || (s.animationName !== 'none' && seconds(s.animationDuration) > 0)) found.push(`${e.tagName.toLowerCase()}.${e.className}${pseudo ?? ''}`);
        }
      }
      if (getComputedStyle(document.documentElement).scrollBehavior !== 'auto') found.push('html: smooth scrolling');
      return found;
    });
  }

  test('with prefers-reduced-motion nothing animates, transitions or scrolls smoothly, even a style added later', async ({ browser, baseURL }) => {
    // The site's CSS has no transitions or animations today (the sweep proves it on every kind of
    // page); the injected style stands for one added later, which the reduced-motion rule must stop.
    const { context, page } = await newPage(browser, baseURL, { bypassCSP: true });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (const url of representative) {
      await page.goto(url);
      for (const found of await moving(page)) problems.push(`${url}: ${found}`);
    }
    await page.goto(start);
    await page.addStyleTag({
      content: 'html { scroll-behavior: smooth } .door { transition: background-color 0.3s } .card::after { content: ""; animation: pulse 1s infinite } @keyframes pulse { to { opacity: 0 } }',
    });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await moving(page)).length, 'the injected motion applies without the preference').toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const found of await moving(page)) problems.push(`injected: ${found}`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
