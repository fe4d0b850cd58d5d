// One network round trip: a reading page's HTML plus the CSS it needs, compressed, fits in
// about 14 kB (TCP's initial window of 10 segments). Its scripts are the quick exit, the header's
// search box (which loads no search code), on some pages "open now", and on the pages that are
// read, the loader of "Lyssna" (which fetches its player only when pressed). Sizes are those of the
// brotli copies the build wrote (src/integrations/precompress.ts), which nginx sends as they are.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { calculatorPage, distDir, readingPages, searchPages, selfTestPages } from '../helpers/dist.ts';
import { attributes } from '../helpers/html.ts';

const pageBudget = 14_000;
const quickExitBudget = 1_000;
// "Öppet nu" is the one other script a reading page may carry.
const openNowBudget = 2_000;
const searchBoxBudget = 400;
// "Lyssna": the loader every page that is read carries, and the player it fetches on the first press.
const listenLoaderBudget = 300;
const listenPlayerBudget = 2_500;
const asset = (href: string) => readFileSync(join(distDir, href));
const langOf = (html: string) => /<html\b[^>]*\slang="([^"]+)"/.exec(html)![1]!;
// The languages with a search page (Swedish, and an edition with its own): their pages carry the box.
const searchLanguages = new Set(searchPages().map((page) => langOf(page.html)));

const compressedSizes = new Map<string, number>();
/**
 * A file's size as nginx sends it: its .br copy in dist/. Every page shares the stylesheet and
 * scripts, so each size is read once; a file without a copy is compressed here, once.
 */
function brotli(path: string): number {
  let size = compressedSizes.get(path);
  if (size === undefined) {
    size = existsSync(`${path}.br`) ? statSync(`${path}.br`).size : brotliCompressSync(readFileSync(path)).length;
    compressedSizes.set(path, size);
  }
  return size;
}
const assetBytes = (href: string) => brotli(join(distDir, href));

const weights: { url: string; bytes: number }[] = [];

/** A bundled module's compressed size, with the chunks it imports. */
function scriptBytes(src: string): number {
  const code = asset(src).toString();
  const imports = [...code.matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => `/_astro/${m[1]}`);
  return assetBytes(src) + imports.reduce((sum, href) => sum + assetBytes(href), 0);
}

// The editors' content report (/innehallsrapport/) is a reading page, but not for residents: it
// lists every fact due for review, so it grows with the content (a national site's runs to
// hundreds of kB), and editors open it on a desk. Its scripts are held to the same rules.
const editorsReport = '/innehallsrapport/';

describe.each(readingPages())('$url', ({ url, file, html }) => {
  it.skipIf(url === editorsReport)(`HTML + CSS is at most ${pageBudget} bytes compressed`, () => {
    const stylesheets = attributes(html, 'link', 'href').filter((h) => h.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    const bytes = brotli(file) + stylesheets.reduce((sum, href) => sum + assetBytes(href), 0);
    weights.push({ url, bytes });
    expect(bytes).toBeLessThanOrEqual(pageBudget);
  });

  it(`runs only the quick exit (at most ${quickExitBudget} bytes), the search box (${searchBoxBudget}), "open now" (${openNowBudget}) and the loader of "Lyssna" (${listenLoaderBudget}), compressed`, () => {
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")(?![^>]*\ssrc=)[^>]*>/);
    const scripts = attributes(html, 'script', 'src');
    const quickExit = scripts.filter((src) => /^\/_astro\/QuickExit\..*\.js$/.test(src));
    const searchBox = scripts.filter((src) => /^\/_astro\/SearchBox\..*\.js$/.test(src));
    const openNow = scripts.filter((src) => /^\/_astro\/OpenNow\..*\.js$/.test(src));
    const listen = scripts.filter((src) => /^\/_astro\/ListenAloud\..*\.js$/.test(src));
    expect(quickExit).toHaveLength(1);
    // A page whose language has no search has no search box.
    expect(searchBox).toHaveLength(searchLanguages.has(langOf(html)) ? 1 : 0);
    expect(scripts).toHaveLength(quickExit.length + searchBox.length + openNow.length + listen.length);
    expect(scriptBytes(quickExit[0]!)).toBeLessThanOrEqual(quickExitBudget);
    // One file that imports nothing: the box loads no search code until it is used.
    if (searchBox[0]) {
      expect(asset(searchBox[0]).toString()).not.toMatch(/\bimport\b/);
      expect(scriptBytes(searchBox[0])).toBeLessThanOrEqual(searchBoxBudget);
    }
    if (openNow[0]) expect(scriptBytes(openNow[0])).toBeLessThanOrEqual(openNowBudget);
    // One file that imports nothing as the page loads; the player comes by its address when pressed.
    if (listen[0]) {
      const loader = asset(listen[0]).toString();
      expect(loader).not.toMatch(/\bimport\s*[{*\w]|\bfrom\s*["']/);
      expect(scriptBytes(listen[0])).toBeLessThanOrEqual(listenLoaderBudget);
      const player = /import\(`(\/_astro\/listen-player-[\w-]+\.js)`\)/.exec(loader)?.[1];
      expect(player, 'the loader names the player\'s file').toBeDefined();
      expect(assetBytes(player!)).toBeLessThanOrEqual(listenPlayerBudget);
    }
  });
});

// A self-test page is the test itself: all its questions, the band table for counting without
// JavaScript and the result texts. Its own script is budgeted on its own, and so is the
// standard-glass calculator's, which only the tests with questions about quantity load.
const selfTestScriptBudget = 4_000;
const selfTestPageBudget = 20_000;
const calculatorScriptBudget = 1_200;
describe.each(selfTestPages())('self-test $url', ({ url, file, html }) => {
  it(`HTML + CSS is at most ${selfTestPageBudget} bytes, its script at most ${selfTestScriptBudget}, the calculator's ${calculatorScriptBudget}, compressed`, () => {
    const stylesheets = attributes(html, 'link', 'href').filter((h) => h.endsWith('.css'));
    const bytes = brotli(file) + stylesheets.reduce((sum, href) => sum + assetBytes(href), 0);
    const scripts = attributes(html, 'script', 'src');
    const selfTest = scripts.filter((src) => /^\/_astro\/SelfTest\..*\.js$/.test(src));
    const calculator = scripts.filter((src) => /^\/_astro\/StandardGlasses\..*\.js$/.test(src));
    expect(selfTest).toHaveLength(1);
    expect(calculator).toHaveLength(html.includes('<standard-glasses') ? 1 : 0);
    expect(scripts.every((src) => /\/_astro\/(QuickExit|SearchBox|SelfTest|StandardGlasses|OpenNow)\./.test(src))).toBe(true);
    const scriptSize = scriptBytes(selfTest[0]!);
    const calculatorSize = calculator[0] ? scriptBytes(calculator[0]) : 0;
    console.log(`${url}: HTML + CSS ${bytes} byte, självtestets skript ${scriptSize} byte, räknarens ${calculatorSize} byte (brotli).`);
    expect(bytes).toBeLessThanOrEqual(selfTestPageBudget);
    expect(scriptSize).toBeLessThanOrEqual(selfTestScriptBudget);
    expect(calculatorSize).toBeLessThanOrEqual(calculatorScriptBudget);
  });
});

// The standard-glass page reads like any page (one round trip), and carries the calculator.
describe('the standard-glass page', () => {
  it(`HTML + CSS is at most ${pageBudget} bytes and the calculator at most ${calculatorScriptBudget}, compressed`, () => {
    const { url, file, html } = calculatorPage();
    const stylesheets = attributes(html, 'link', 'href').filter((h) => h.endsWith('.css'));
    const bytes = brotli(file) + stylesheets.reduce((sum, href) => sum + assetBytes(href), 0);
    const scripts = attributes(html, 'script', 'src');
    const calculator = scripts.filter((src) => /^\/_astro\/StandardGlasses\..*\.js$/.test(src));
    expect(calculator).toHaveLength(1);
    expect(scripts.every((src) => /\/_astro\/(QuickExit|SearchBox|StandardGlasses)\./.test(src))).toBe(true);
    const scriptSize = scriptBytes(calculator[0]!);
    console.log(`${url}: HTML + CSS ${bytes} byte, räknarens skript ${scriptSize} byte (brotli).`);
    expect(bytes).toBeLessThanOrEqual(pageBudget);
    expect(scriptSize).toBeLessThanOrEqual(calculatorScriptBudget);
  });
});

// The search page lists every page for readers without JavaScript; its script loads Pagefind
// only when the box is used. It also finds the closest pages when a search finds nothing, and on
// another language's search the Swedish pages on the subject (about 700 bytes; loading that part
// later cost as much again in Vite's preload helper).
const searchScriptBudget = 3_800;
describe.each(searchPages())('the search page $url', ({ url, file, html }) => {
  it(`HTML + CSS is at most ${pageBudget} bytes and its own script at most ${searchScriptBudget}, compressed`, () => {
    const stylesheets = attributes(html, 'link', 'href').filter((h) => h.endsWith('.css'));
    const bytes = brotli(file) + stylesheets.reduce((sum, href) => sum + assetBytes(href), 0);
    const scripts = attributes(html, 'script', 'src');
    const search = scripts.filter((src) => /^\/_astro\/SiteSearch\..*\.js$/.test(src));
    expect(search).toHaveLength(1);
    expect(scripts.every((src) => /\/_astro\/(QuickExit|SiteSearch)\./.test(src))).toBe(true);
    const scriptSize = scriptBytes(search[0]!);
    console.log(`${url}: HTML + CSS ${bytes} byte, sökningens skript ${scriptSize} byte (brotli).`);
    expect(bytes).toBeLessThanOrEqual(pageBudget);
    expect(scriptSize).toBeLessThanOrEqual(searchScriptBudget);
  });
});

describe('page weight summary', () => {
  it('prints the heaviest reading page', () => {
    const heaviest = [...weights].sort((a, b) => b.bytes - a.bytes)[0];
    expect(heaviest).toBeDefined();
    console.log(`Tyngsta läsesidan: ${heaviest!.url}, ${heaviest!.bytes} byte komprimerat (HTML + CSS, brotli).`);
  });
});
