// Search words are as private as self-test answers (issue 17, point 1): after searching from the
// header of three pages and from /sok/ itself, then in English from a header and from /en/sok/,
// taking a self-test and leaving with the quick exit, in a persistent Chromium profile as on a
// shared phone, the profile's history database (the `History` file behind the history page and
// the address bar's suggestions) holds none of it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.ts';
import { answerAuditC, expect, quickExitUrl, test, watchNetwork } from './fixtures.ts';

const fromHeader = [
  { page: '/akut/', words: 'min pappa dricker' },
  { page: '/kunskap/alkohol/', words: 'mamma spelar bort pengar' },
  { page: '/hitta-hjalp/karlskrona/', words: 'rena sprutor' },
];
const onSearchPage = 'knark kompis';
// The English search carries its words the same way.
const fromEnglishHeader = { page: '/en/akut/', words: 'my dad drinks too much' };
const onEnglishSearchPage = 'gambling debts';
const allWords = [...fromHeader.map((s) => s.words), onSearchPage, fromEnglishHeader.words, onEnglishSearchPage];

/** Every way the words could be written down: as typed, percent-encoded, with + for spaces. */
const tracesOf = (words: string) => [words, encodeURIComponent(words), words.replace(/ /g, '+')];

test('search words, self-test answers and the quick exit leave nothing in the browser\'s history database', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'en-vag-in-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions, baseURL: baseURL! });
    const offsite: string[] = [];
    await watchNetwork(context, baseURL!, offsite);
    const page = context.pages()[0] ?? (await context.newPage());

    for (const { page: path, words } of fromHeader) {
      await page.goto(path);
      const box = page.getByRole('searchbox', { name: 'Sök på webbplatsen' });
      await box.fill(words);
      await box.press('Enter');
      await expect(page).toHaveURL(/\/sok\/$/);
      await expect(page.getByLabel('Vad letar du efter?')).toHaveValue(words);
      await expect(page.locator('.search-result__title').first()).toBeVisible();
      expect(await page.evaluate(() => window.name), 'window.name is emptied on arrival').toBe('');
    }
    const own = page.getByLabel('Vad letar du efter?');
    await own.fill(onSearchPage);
    await own.press('Enter');
    await expect(page.locator('.search-result__title').first()).toBeVisible();

    await page.goto(fromEnglishHeader.page);
    await page.getByRole('searchbox', { name: 'Search the website' }).fill(fromEnglishHeader.words);
    await page.getByRole('searchbox', { name: 'Search the website' }).press('Enter');
    await expect(page).toHaveURL(/\/en\/sok\/$/);
    await expect(page.getByLabel('What are you looking for?')).toHaveValue(fromEnglishHeader.words);
    await expect(page.locator('.search-result__title').first()).toBeVisible();
    expect(await page.evaluate(() => window.name), 'window.name is emptied on arrival').toBe('');
    await page.getByLabel('What are you looking for?').fill(onEnglishSearchPage);
    await page.getByLabel('What are you looking for?').press('Enter');
    await expect(page.locator('.search-result__title').first()).toBeVisible();

    await answerAuditC(page);
    await page.goto('/for-anhoriga/');
    await page.getByRole('link', { name: /Lämna sidan snabbt/ }).click();
    await expect(page).toHaveURL(quickExitUrl);
    expect(offsite).toEqual([]);
    await context.close();

    const file = join(profile, 'Default', 'History');
    const db = new DatabaseSync(file, { readOnly: true });
    const rows = db.prepare('SELECT url, title FROM urls').all() as { url: string; title: string }[];
    const terms = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'keyword_search_terms'").all().length
      ? (db.prepare('SELECT term FROM keyword_search_terms').all() as { term: string }[]).map((r) => r.term)
      : [];
    db.close();
    const site = rows.filter((r) => r.url.startsWith(baseURL!));
    // The database did record the visits, so what is missing from it is missing for a reason.
    expect(site.map((r) => new URL(r.url).pathname)).toEqual(expect.arrayContaining(['/akut/', '/sok/', '/en/sok/', '/testa-dina-vanor/audit-c/']));
    expect(site.filter((r) => /[?#]/.test(r.url)).map((r) => r.url), 'no address of the site with a query or a fragment').toEqual([]);
    expect(terms).toEqual([]);
    // Read as bytes too: a row deleted or rewritten may leave its old text in a free page.
    const raw = readFileSync(file).toString('utf8');
    const found = allWords.flatMap((words) => tracesOf(words).filter((trace) => raw.toLowerCase().includes(trace.toLowerCase())).map((trace) => `"${trace}" (${words})`));
    expect(found, 'words found in the History file').toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
