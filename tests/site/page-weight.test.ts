// One network round trip: a reading page's HTML plus the CSS it needs, compressed, fits in
// about 14 kB (TCP's initial window of 10 segments). Its only script is the quick exit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir, readingPages } from '../helpers/dist.ts';
import { attributes } from '../helpers/html.ts';

const pageBudget = 14_000;
const quickExitBudget = 1_000;
const brotli = (bytes: Buffer | string) => brotliCompressSync(bytes).length;
const asset = (href: string) => readFileSync(join(distDir, href));

const weights: { url: string; bytes: number }[] = [];

describe.each(readingPages())('$url', ({ url, html }) => {
  it(`HTML + CSS is at most ${pageBudget} bytes compressed`, () => {
    const stylesheets = attributes(html, 'link', 'href').filter((h) => h.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    const bytes = brotli(html) + stylesheets.reduce((sum, href) => sum + brotli(asset(href)), 0);
    weights.push({ url, bytes });
    expect(bytes).toBeLessThanOrEqual(pageBudget);
  });

  it(`runs only the quick-exit script, at most ${quickExitBudget} bytes compressed`, () => {
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")(?![^>]*\ssrc=)[^>]*>/);
    const scripts = attributes(html, 'script', 'src');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/QuickExit\..*\.js$/);
    const code = asset(scripts[0]!).toString();
    // A bundled module can import chunks; count them too.
    const imports = [...code.matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => `/_astro/${m[1]}`);
    const bytes = brotli(code) + imports.reduce((sum, href) => sum + brotli(asset(href)), 0);
    expect(bytes).toBeLessThanOrEqual(quickExitBudget);
  });
});

describe('page weight summary', () => {
  it('prints the heaviest reading page', () => {
    const heaviest = [...weights].sort((a, b) => b.bytes - a.bytes)[0];
    expect(heaviest).toBeDefined();
    console.log(`Tyngsta läsesidan: ${heaviest!.url}, ${heaviest!.bytes} byte komprimerat (HTML + CSS, brotli).`);
  });
});
