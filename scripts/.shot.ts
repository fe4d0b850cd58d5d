import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
const [base, w, h, ...paths] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await (await browser.newContext({ viewport: { width: Number(w), height: Number(h) } })).newPage();
for (const p of paths) { await page.goto(base + p); const f = `/tmp/shot-${w}${p.replace(/\//g, '_')}.png`; await page.screenshot({ path: f }); console.log(f); }
await browser.close();
