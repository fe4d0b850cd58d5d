// "Lyssna" (issue 19, point 1): the page read aloud by a voice on the reader's own device only.
// Chromium's own speechSynthesis is replaced before the page's scripts run by a stand-in that
// lists the voices a test gives it (each with its localService flag) and reports every utterance
// and cancel to the test; a test says when an utterance ends (or lets each end at once).
import type { BrowserContext, Page, Request } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.ts';
import { axeBuilder, expect, test, wcagTags } from './fixtures.ts';

interface Voice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}
type SpeechEvent = { type: 'speak'; text: string; voice: string | null; lang: string } | { type: 'cancel' };

const alva: Voice = { name: 'Alva', lang: 'sv-SE', localService: true, default: false };
// Chrome's Swedish voice speaks by sending the text to Google: it is the browser's default here.
const googleSwedish: Voice = { name: 'Google svenska', lang: 'sv-SE', localService: false, default: true };
const daniel: Voice = { name: 'Daniel', lang: 'en-GB', localService: true, default: false };
const googleEnglish: Voice = { name: 'Google US English', lang: 'en-US', localService: false, default: false };

// Playwright turns the back/forward cache off; readers' Chromium keeps pages in it, and only a
// page that comes back from it can show what it did as it was being left.
test.use({ launchOptions: { ...chromiumLaunchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

const knowledgePage = '/kunskap/laro/';
const reportPrefix = 'speech-stand-in:';

/**
 * Installs the stand-in in every page of the context; returns the events it reports, across page
 * loads. It reports on the console, which still reaches the test from a page being left.
 */
async function stubSpeech(context: BrowserContext, voices: Voice[], { endsAtOnce }: { endsAtOnce: boolean }): Promise<SpeechEvent[]> {
  const events: SpeechEvent[] = [];
  // A page restored from the back/forward cache has its console messages sent again: each report
  // carries its document's start and its number, and is taken once.
  const seen = new Set<string>();
  context.on('console', (message) => {
    if (!message.text().startsWith(reportPrefix)) return;
    const { id, ...event } = JSON.parse(message.text().slice(reportPrefix.length)) as SpeechEvent & { id: string };
    if (seen.has(id)) return;
    seen.add(id);
    events.push(event as SpeechEvent);
  });
  await context.addInitScript(
    ({ voices, endsAtOnce, reportPrefix }) => {
      let reports = 0;
      const report = (event: object) => console.debug(reportPrefix + JSON.stringify({ id: `${performance.timeOrigin} ${(reports += 1)}`, ...event }));
      class Utterance extends EventTarget {
        voice: { name: string } | null = null;
        lang = '';
        constructor(public text: string) {
          super();
        }
      }
      let current: Utterance | null = null;
      const end = (utterance: Utterance) => utterance.dispatchEvent(new Event('end'));
      const synthesis = Object.assign(new EventTarget(), {
        speaking: false,
        pending: false,
        paused: false,
        getVoices: () => voices,
        speak(utterance: Utterance) {
          report({ type: 'speak', text: utterance.text, voice: utterance.voice?.name ?? null, lang: utterance.lang });
          current = utterance;
          if (endsAtOnce) setTimeout(() => current === utterance && ((current = null), end(utterance)), 5);
        },
        // As Chrome does, a cancelled utterance still ends: the player must not take it as done.
        cancel() {
          report({ type: 'cancel' });
          (window as unknown as { __cancels: number }).__cancels += 1;
          const cancelled = current;
          current = null;
          if (cancelled) setTimeout(() => end(cancelled), 0);
        },
        pause() {},
        resume() {},
      });
      Object.assign(window, { __cancels: 0, __shown: [] });
      window.addEventListener('pageshow', (event) => (window as unknown as { __shown: boolean[] }).__shown.push(event.persisted));
      Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      // The test ends the utterance being spoken, as a voice would when it reaches its end.
      Object.defineProperty(window, '__endUtterance', {
        value: () => {
          const spoken = current;
          current = null;
          if (spoken) end(spoken);
        },
      });
    },
    { voices, endsAtOnce, reportPrefix },
  );
  return events;
}

const spoken = (events: SpeechEvent[]) => events.filter((e) => e.type === 'speak');
const endUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __endUtterance: () => void }).__endUtterance());

/** Every request the page makes from now on. */
function requestsFrom(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => urls.push(new URL(request.url()).pathname));
  return urls;
}

/**
 * What a listener should hear on a knowledge page, worked out here without the player's code:
 * the article's headings, paragraphs and list items (those holding no other), in order, each web
 * source by its host alone, whitespace as a reader sees it.
 */
function articleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const article = document.querySelector('main article')!.cloneNode(true) as HTMLElement;
    article.querySelectorAll('[data-listen-skip]').forEach((skipped) => skipped.remove());
    const blocks = [...article.querySelectorAll('h1, h2, h3, p, li')].filter((block) => !block.querySelector('h1, h2, h3, p, li'));
    return blocks.map((block) => block.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
  });
}

test('reads the page\'s text in order with the local Swedish voice only, and asks nothing of the network but the player', async ({ page, context, offsite, cspViolations }) => {
  const events = await stubSpeech(context, [googleSwedish, alva], { endsAtOnce: true });
  await page.goto(knowledgePage, { waitUntil: 'networkidle' });
  const requests = requestsFrom(page);
  const listen = page.getByRole('group', { name: 'Lyssna på sidan' }).getByRole('button', { name: 'Lyssna' });
  await expect(listen).toBeVisible();
  await listen.click();
  await expect(page.getByRole('status').filter({ hasText: 'Uppläsningen är klar.' })).toBeVisible();

  const said = spoken(events);
  expect(said.length).toBeGreaterThan(20);
  expect(new Set(said.map((e) => `${e.voice} ${e.lang}`))).toEqual(new Set(['Alva sv-SE']));
  expect(said.map((e) => e.text).join(' ')).toBe(await articleText(page));
  // Sentences, one utterance each: the heading first, then the first sentence of the first paragraph.
  expect(said[0]!.text).toBe('LARO – läkemedel och stöd vid opioidberoende');
  expect(said[1]!.text).toBe('LARO betyder läkemedelsassisterad behandling vid opioidberoende.');
  expect(said.some((e) => /Lämna sidan snabbt|Nästa avsnitt|Senast granskad|medibas\.se\/handboken/.test(e.text))).toBe(false);

  // One request while listening: the player's own file, from the site.
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatch(/^\/_astro\/listen-player-[\w-]+\.js$/);
  expect(offsite).toEqual([]);
  expect(cspViolations).toEqual([]);
  // Done: the control is back where it began, nothing is marked.
  await expect(listen).toBeVisible();
  await expect(page.locator('[data-listen-current]')).toHaveCount(0);
});

test('by keyboard: pause and resume, next section, stop; the block being read is marked and on screen', async ({ page, context, cspViolations }) => {
  const events = await stubSpeech(context, [googleSwedish, alva], { endsAtOnce: false });
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(knowledgePage);
  // The skip link, then the first thing in the content: the control.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const group = page.getByRole('group', { name: 'Lyssna på sidan' });
  const toggle = group.getByRole('button').first();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveText('Lyssna');
  await expect(group.getByRole('button')).toHaveCount(1);
  // Nothing is said before the reader asks.
  expect(spoken(events)).toEqual([]);

  await page.keyboard.press('Enter');
  await expect.poll(() => spoken(events).length).toBe(1);
  await expect(toggle).toHaveText('Pausa');
  await expect(toggle).toBeFocused();
  await expect(page.locator('[data-listen-status]')).toHaveText('Läser upp med rösten Alva, som finns i din telefon eller dator.');
  await expect(page.locator('[data-listen-current]')).toHaveText('LARO – läkemedel och stöd vid opioidberoende');

  await endUtterance(page);
  await expect.poll(() => spoken(events).length).toBe(2);
  const sentence = spoken(events)[1]!.text;
  await expect(page.locator('main p[data-listen-current]')).toContainText(sentence);

  // Pause: the sentence is cancelled and nothing more is said, though the cancelled one ends.
  await page.keyboard.press('Space');
  await expect(toggle).toHaveText('Fortsätt');
  await expect(page.locator('[data-listen-status]')).toHaveText('Pausad.');
  await page.waitForTimeout(300);
  expect(spoken(events)).toHaveLength(2);
  expect(events.at(-1)).toEqual({ type: 'cancel' });

  // Resume: the same sentence again, from its start.
  await page.keyboard.press('Space');
  await expect.poll(() => spoken(events).length).toBe(3);
  expect(spoken(events)[2]!.text).toBe(sentence);
  await expect(toggle).toHaveText('Pausa');

  // Next section: the next heading, then the one after.
  await page.keyboard.press('Tab');
  const next = group.getByRole('button', { name: 'Nästa avsnitt' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => spoken(events).at(-1)).toMatchObject({ text: 'Vad är LARO?' });
  await page.keyboard.press('Enter');
  await expect.poll(() => spoken(events).at(-1)).toMatchObject({ text: 'Vem kan få LARO?' });
  const marked = page.locator('[data-listen-current]');
  await expect(marked).toHaveText('Vem kan få LARO?');
  await expect(marked).toBeInViewport();
  // Marked for the eye too, by the player's own rules (a constructed sheet the CSP allows).
  await expect(marked).toHaveCSS('outline-style', 'solid');
  await endUtterance(page);
  await expect.poll(() => spoken(events).at(-1)?.text).toMatch(/^LARO är till för dig som har ett beroende av opioider\./);
  const beforeStop = spoken(events).length;

  // Stop: silence, nothing marked, the control as it began, the focus on it.
  await page.keyboard.press('Tab');
  await expect(group.getByRole('button', { name: 'Stoppa' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveText('Lyssna');
  await expect(toggle).toBeFocused();
  await expect(page.locator('[data-listen-status]')).toHaveText('Uppläsningen har stoppats.');
  await expect(group.getByRole('button')).toHaveCount(1);
  await expect(page.locator('[data-listen-current]')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(spoken(events)).toHaveLength(beforeStop);
  expect(spoken(events).every((e) => e.voice === 'Alva')).toBe(true);

  expect(cspViolations).toEqual([]);

  // Escape stops too; listening again starts from the top.
  await page.keyboard.press('Enter');
  await expect.poll(() => spoken(events).at(-1)?.text).toBe('LARO – läkemedel och stöd vid opioidberoende');
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveText('Lyssna');
});

test.describe('leaving the page', () => {
  test('stops the reading, and Back brings the page back silent and at rest', async ({ page, context }) => {
    const events = await stubSpeech(context, [alva], { endsAtOnce: false });
    await page.goto(knowledgePage);
    await page.getByRole('button', { name: 'Lyssna' }).click();
    await expect.poll(() => spoken(events).length).toBe(1);
    expect(events.filter((e) => e.type === 'cancel')).toEqual([]);
    await page.locator('main a[href="/for-anhoriga/"]').first().click();
    await expect(page).toHaveURL(/\/for-anhoriga\/$/);
    // The next page says nothing by itself.
    await page.waitForTimeout(300);
    expect(spoken(events)).toHaveLength(1);

    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __shown?: boolean[] }).__shown)).toEqual([false, true]);
    // Cancelled as it was left (the stand-in counts what the page did while being left).
    expect(await page.evaluate(() => (window as unknown as { __cancels: number }).__cancels)).toBe(1);
    await expect(page.getByRole('group', { name: 'Lyssna på sidan' }).getByRole('button')).toHaveText(['Lyssna']);
    await expect(page.locator('[data-listen-current]')).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(spoken(events)).toHaveLength(1);
  });
});

test('without a local voice for the page\'s language the control says so in one line and speaks nothing', async ({ page, context, offsite }) => {
  // A Swedish voice that sends text away, and a local voice in another language: neither may read Swedish.
  const events = await stubSpeech(context, [googleSwedish, daniel], { endsAtOnce: true });
  await page.goto(knowledgePage, { waitUntil: 'networkidle' });
  const requests = requestsFrom(page);
  await page.getByRole('button', { name: 'Lyssna' }).click();
  const line = page.getByText('Det finns ingen svensk röst i din telefon eller dator, så sidan kan inte läsas upp här.');
  await expect(line).toBeVisible();
  await expect(line).toBeFocused();
  await expect(page.getByRole('group', { name: 'Lyssna på sidan' })).toBeHidden();
  await page.waitForTimeout(300);
  expect(spoken(events)).toEqual([]);
  expect(requests.filter((path) => !/^\/_astro\/listen-player-[\w-]+\.js$/.test(path))).toEqual([]);
  expect(offsite).toEqual([]);
});

test('an English page is read by a local English voice', async ({ page, context }) => {
  const events = await stubSpeech(context, [alva, googleEnglish, daniel], { endsAtOnce: true });
  await page.goto('/en/akut/');
  await page.getByRole('group', { name: 'Listen to the page' }).getByRole('button', { name: 'Listen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Finished reading.' })).toBeVisible();
  const said = spoken(events);
  expect(said.length).toBeGreaterThan(5);
  expect(new Set(said.map((e) => `${e.voice} ${e.lang}`))).toEqual(new Set(['Daniel en-GB']));
  expect(said[0]!.text).toBe(await page.locator('main h1').innerText());
});

test('is not shown where the browser cannot speak, nor without JavaScript', async ({ browser, baseURL }) => {
  const noSpeech = await browser.newContext({ baseURL });
  await noSpeech.addInitScript(() => {
    // As a browser without speech: no speechSynthesis on the window at all.
    delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  });
  const page = await noSpeech.newPage();
  await page.goto(knowledgePage);
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  await expect(page.locator('listen-aloud')).toHaveCount(1);
  await expect(page.locator('listen-aloud')).toBeHidden();
  await noSpeech.close();

  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(knowledgePage);
  await expect(plain.locator('listen-aloud')).toBeHidden();
  await expect(plain.getByRole('button', { name: 'Lyssna' })).toHaveCount(0);
  await noScript.close();
});

test('axe finds no violation while reading, paused, or explaining that there is no voice, at 360 px', async ({ browser, baseURL }) => {
  const violations: string[] = [];
  const check = async (page: Page, state: string) => {
    const results = await axeBuilder(page).withTags(wcagTags).analyze();
    for (const v of results.violations) violations.push(`${state}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  };
  for (const [voices, states] of [[[alva], ['reading', 'paused']], [[googleSwedish], ['no voice']]] as const) {
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
    await stubSpeech(context, [...voices], { endsAtOnce: false });
    const page = await context.newPage();
    await page.goto(knowledgePage);
    await page.getByRole('button', { name: 'Lyssna' }).click();
    if (states[0] === 'reading') {
      await expect(page.locator('[data-listen-current]')).toHaveCount(1);
      await check(page, 'reading');
      await page.getByRole('button', { name: 'Pausa' }).click();
      await expect(page.getByRole('button', { name: 'Fortsätt' })).toBeVisible();
      await check(page, 'paused');
    } else {
      await expect(page.locator('[data-listen-status]')).not.toBeEmpty();
      await check(page, 'no voice');
    }
    await context.close();
  }
  expect(violations).toEqual([]);
});
