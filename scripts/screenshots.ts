// Screenshots of pages at phone and desktop width, for a person to look at:
// `node scripts/screenshots.ts http://127.0.0.1:4322 / /akut/` → tests/.tmp/screenshots/
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from './lib/chromium.ts';

const [base = 'http://127.0.0.1:4322', ...paths] = process.argv.slice(2);
const out = 'tests/.tmp/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const width of [360, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  for (const path of paths.length ? paths : ['/']) {
    await page.goto(base + path);
    // WAIT=ms: time for a script to finish, e.g. a search from /sok/#q=….
    if (process.env.WAIT) await page.waitForTimeout(Number(process.env.WAIT));
    const name = `${out}/${width}${path.replace(/[/#?=%]/g, '_') || '_'}.png`;
    // SEGMENTS=n: the first n screens of the page, one picture each, to read long pages.
    const segments = Number(process.env.SEGMENTS ?? 1);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let i = 0; i < segments && i * 800 < height; i += 1) {
      const file = segments > 1 ? name.replace('.png', `-${i + 1}.png`) : name;
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: i * 800, width, height: Math.min(800, height - i * 800) } });
      console.log(file);
    }
  }
  await context.close();
}
await browser.close();
