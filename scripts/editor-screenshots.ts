// The staff guide's pictures (src/features/editor/guide/), taken in the editor itself: /admin/ as
// the build writes it, against decap-server on a throw-away git repository, exactly as
// tests/e2e/editor.spec.ts drives it (scripts/lib/editor-sandbox.ts). Not a test and not run
// in CI: run it when the editor's look changes, look at every picture, then commit them.
//
//   BUILD_DATE=2026-12-02 node scripts/editor-screenshots.ts [notes-folder]
//
// Pictures are WebP, encoded by the browser itself (no image tool to install). With a folder
// argument it also writes the editor at 1280 and 390 px there as PNG, for a person to look at.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEditorSandbox } from './lib/editor-sandbox.ts';
import { buildDay, stockholmInstant } from './lib/build-day.ts';
import { chromiumLaunchOptions } from './lib/chromium.ts';

const guideDir = join(import.meta.dirname, '../src/features/editor/guide');
const notesDir = process.argv[2];
const confirmButton = 'Jag har kontrollerat uppgifterna i dag';

const sandbox = await startEditorSandbox('screenshots');
// --no-sandbox: Chromium's own sandbox does not start in this container (root, no user namespaces).
const browser = await chromium.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, '--no-sandbox', '--lang=sv-SE'] });
const written: string[] = [];

/** A PNG as WebP, by the browser's own encoder. */
async function toWebp(page: Page, png: Buffer): Promise<Buffer> {
  const dataUrl = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext('2d')!.drawImage(image, 0, 0);
    return canvas.toDataURL('image/webp', 0.72);
  }, `data:image/png;base64,${png.toString('base64')}`);
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

async function shoot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) {
  const png = await page.screenshot(clip ? { clip } : {});
  const file = join(guideDir, `${name}.webp`);
  writeFileSync(file, await toWebp(page, png));
  written.push(file);
}

async function open(page: Page, hash: string, ready: string) {
  await page.goto('about:blank');
  await page.goto(`${sandbox.siteOrigin}/admin/#${hash}`);
  await page.getByText(ready, { exact: true }).first().waitFor({ timeout: 30_000 });
}

try {
  mkdirSync(guideDir, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 }, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.clock.setFixedTime(stockholmInstant(buildDay, '12:00'));

  // 1. Signing in: the test backend's button stands where the git host's sign-in stands.
  await page.goto(`${sandbox.siteOrigin}/admin/`);
  await page.getByRole('button', { name: 'Logga in' }).waitFor({ timeout: 30_000 });
  await shoot(page, '1-logga-in', { x: 0, y: 0, width: 1100, height: 520 });
  await page.getByRole('button', { name: 'Logga in' }).click();
  // The preview beside the form is off (the editor remembers it): the pictures show the form.
  await open(page, '/collections/services/entries/bup-blekinge', confirmButton);
  await page.locator('[class*="-ViewControls"] button').first().click();

  // 2. A collection's list.
  await open(page, '/collections/services', 'Mottagningar');
  await page.waitForTimeout(1500);
  await shoot(page, '2-mottagningar');

  // 3. A phone number: the contact block opened, the number field in view.
  await open(page, '/collections/services/entries/bup-blekinge', confirmButton);
  const contact = page.getByText('Kontakt', { exact: true }).first();
  await contact.scrollIntoViewIfNeeded();
  await contact.locator('xpath=ancestor::*[.//button][1]').getByRole('button').first().click();
  const phone = page.getByLabel(/^Telefon( \(frivillig\))?$/).first();
  await phone.scrollIntoViewIfNeeded();
  await phone.click();
  const box = (await phone.boundingBox())!;
  await shoot(page, '3-telefon', { x: Math.max(0, box.x - 40), y: Math.max(0, box.y - 200), width: 840, height: 380 });

  // 4. Confirming: the button at the top, then the source line ready for a paste.
  await open(page, '/collections/services/entries/karlshamn-socialtjanst-vuxen', confirmButton);
  await page.getByRole('button', { name: confirmButton }).click();
  await page.keyboard.insertText(`Samtal med enheten ${buildDay}`);
  await shoot(page, '4-bekrafta');

  // 5. Saved: the status a saved change has, before anyone has merged it.
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByText('Ändringar sparade', { exact: false }).first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(800);
  await shoot(page, '5-sparat', { x: 0, y: 0, width: 1100, height: 320 });

  // 6. The workflow: every saved change waiting as a pull request.
  await page.goto(`${sandbox.siteOrigin}/admin/#/workflow`);
  await page.waitForTimeout(2500);
  await shoot(page, '6-arbetsflode', { x: 0, y: 0, width: 1100, height: 520 });

  // 7. A new service.
  await page.goto('about:blank');
  await page.goto(`${sandbox.siteOrigin}/admin/#/collections/services/new`);
  await page.getByRole('button', { name: confirmButton }).waitFor({ timeout: 30_000 });
  await shoot(page, '7-ny-mottagning');
  await context.close();

  if (notesDir) {
    mkdirSync(notesDir, { recursive: true });
    for (const width of [1280, 390]) {
      const notes = await browser.newContext({ viewport: { width, height: width > 800 ? 900 : 844 }, locale: 'sv-SE' });
      const notesPage = await notes.newPage();
      await notesPage.clock.setFixedTime(stockholmInstant(buildDay, '12:00'));
      await notesPage.goto(`${sandbox.siteOrigin}/admin/`);
      await notesPage.getByRole('button', { name: 'Logga in' }).click({ timeout: 30_000 });
      await open(notesPage, '/collections/services/entries/region-blekinge-beroendemottagning', confirmButton);
      await notesPage.waitForTimeout(1000);
      const file = join(notesDir, `editor-${width}.png`);
      await notesPage.screenshot({ path: file });
      written.push(file);
      await notes.close();
    }
  }
} finally {
  await browser.close();
  await sandbox.stop();
}
for (const file of written) console.log(`${file}: ${Math.round(statSync(file).size / 1024)} kB`);
