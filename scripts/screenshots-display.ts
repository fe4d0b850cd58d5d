// Screenshots of pages in the display modes readers use, for a person to look at:
// `node scripts/screenshots-display.ts http://127.0.0.1:4322 / /akut/` → tests/.tmp/screenshots-display/
// Modes: light and dark at 360 and 1280 px, forced colours (Windows high contrast), print as it
// comes out on A4 (794 CSS px wide), 320 px, and 1280 × 1024 at 400 % zoom (320 × 256).
// A path ending in "#start" opens a self-test and presses "Starta testet": the first question;
// "#result" answers every question with its second option and shows the result for Ronneby.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from './lib/chromium.ts';

const [base = 'http://127.0.0.1:4322', ...paths] = process.argv.slice(2);
const out = 'tests/.tmp/screenshots-display';
mkdirSync(out, { recursive: true });

interface Mode {
  name: string;
  width: number;
  height: number;
  media?: Parameters<Page['emulateMedia']>[0];
}
const modes: Mode[] = [
  { name: 'light-360', width: 360, height: 800 },
  { name: 'light-1280', width: 1280, height: 800 },
  { name: 'dark-360', width: 360, height: 800, media: { colorScheme: 'dark' } },
  { name: 'dark-1280', width: 1280, height: 800, media: { colorScheme: 'dark' } },
  { name: 'forced-360', width: 360, height: 800, media: { forcedColors: 'active' } },
  { name: 'forced-1280', width: 1280, height: 800, media: { forcedColors: 'active' } },
  { name: 'forced-dark-1280', width: 1280, height: 800, media: { forcedColors: 'active', colorScheme: 'dark' } },
  { name: 'print-a4', width: 794, height: 1123, media: { media: 'print' } },
  { name: 'reflow-320', width: 320, height: 640 },
  { name: 'zoom-400', width: 320, height: 256 },
];
const only = process.env.MODES?.split(',');

async function answerAll(page: Page) {
  const result = page.locator('[data-result]');
  while (await result.isHidden()) {
    await page.locator('fieldset.question:visible label').nth(1).click();
    await page.getByRole('button', { name: 'Nästa' }).click();
  }
  await page.getByLabel(/Var bor du/).selectOption('ronneby');
  await page.evaluate(() => window.scrollTo(0, 0));
}

const browser = await chromium.launch(chromiumLaunchOptions);
for (const mode of modes.filter((m) => !only || only.includes(m.name))) {
  const context = await browser.newContext({ viewport: { width: mode.width, height: mode.height } });
  const page = await context.newPage();
  for (const path of paths.length ? paths : ['/']) {
    const [address, action] = path.split('#');
    // The mode applies once the page is in its state: print hides the self-test's buttons.
    await page.emulateMedia({ media: null, colorScheme: null, forcedColors: null });
    await page.goto(base + address);
    if (action === 'start' || action === 'result') await page.getByRole('button', { name: 'Starta testet' }).click();
    if (action === 'result') await answerAll(page);
    if (mode.media) await page.emulateMedia(mode.media);
    // FOCUS=Tab-count: shows the focus indicator on the n-th element in tab order.
    for (let i = 0; i < Number(process.env.FOCUS ?? 0); i += 1) await page.keyboard.press('Tab');
    const name = `${out}/${mode.name}${path.replace(/[/#?=%]/g, '_') || '_'}.png`;
    // After an action the page has scrolled to the question: the screen as the reader sees it
    // (a full-page picture would draw the sticky quick-exit bar in the middle of the page).
    if (action === 'start') {
      await page.screenshot({ path: name });
      console.log(name);
      continue;
    }
    // TOP and HEIGHT (CSS px) cut a long page into a readable piece; the default is the whole page.
    const top = Number(process.env.TOP ?? 0);
    const full = await page.evaluate(() => document.documentElement.scrollHeight);
    const height = Math.min(Number(process.env.HEIGHT ?? full), full - top);
    await page.screenshot({ path: name, fullPage: true, clip: { x: 0, y: top, width: mode.width, height } });
    console.log(name);
  }
  await context.close();
}
await browser.close();
