// The production headers, as nginx sends them, scored with the Observatory's table.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor } from '../../deploy/headers.ts';
import { distDir } from '../helpers/dist.ts';
import { observatoryScore } from '../helpers/observatory.ts';
import { expect, test } from './fixtures.ts';

const responses = [
  { name: 'a page', path: '/akut/', status: 200 },
  { name: 'the 404 page', path: '/finns-inte/', status: 404 },
  { name: 'a redirect', path: '/akut', status: 301 },
];

for (const { name, path, status } of responses) {
  test(`${name} (${path}) has the security headers and scores A+`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
    expect(headers['set-cookie']).toBeUndefined();
    const score = observatoryScore(headers);
    expect(score.grade, score.lines.join('\n')).toBe('A+');
  });
}

test('the redirect keeps the visitor on the site', async ({ request }) => {
  const response = await request.get('/akut', { maxRedirects: 0 });
  expect(response.headers()['location']).toBe('/akut/');
});

test('pages and assets come compressed: brotli when asked for, gzip otherwise', async ({ request }) => {
  for (const [encoding, expected] of [['br', 'br'], ['gzip', 'gzip']] as const) {
    const page = await request.get('/', { headers: { 'Accept-Encoding': encoding } });
    expect(page.headers()['content-encoding']).toBe(expected);
  }
  const html = await (await request.get('/')).text();
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
  const asset = await request.get(css, { headers: { 'Accept-Encoding': 'br' } });
  expect(asset.headers()['content-encoding']).toBe('br');
  expect(asset.headers()['cache-control']).toContain('immutable');
});

test('the 404 page is the site\'s own, in Swedish', async ({ page }) => {
  const response = await page.goto('/finns-inte/');
  expect(response!.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Sidan finns inte');
});

// One real file of each kind nginx has a location for, named as this build named them.
const firstIn = (folder: string, pattern: RegExp) => readdirSync(join(distDir, folder)).find((name) => pattern.test(name))!;
const everyKindOfPath = [
  '/',
  '/akut/',
  '/sok/',
  '/sok/sidor.json',
  '/admin/',
  '/data/services.json',
  '/favicon.svg',
  `/_astro/${firstIn('_astro', /\.css$/)}`,
  `/_astro/${firstIn('_astro', /\.js$/)}`,
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  `/pagefind/${firstIn('pagefind', /\.pf_meta$/)}`,
  `/pagefind/index/${firstIn('pagefind/index', /\.pf_index$/)}`,
  `/pagefind/fragment/${firstIn('pagefind/fragment', /\.pf_fragment$/)}`,
  `/pagefind/filter/${firstIn('pagefind/filter', /\.pf_filter$/)}`,
  // An edition's own search (/en/sok/) and its language's bundle.
  '/en/sok/',
  '/en/sok/sidor.json',
  `/pagefind/en/${firstIn('pagefind/en', /\.pf_meta$/)}`,
  `/pagefind/en/index/${firstIn('pagefind/en/index', /\.pf_index$/)}`,
  `/pagefind/en/fragment/${firstIn('pagefind/en/fragment', /\.pf_fragment$/)}`,
];

test('nginx sends exactly the headers deploy/headers.ts (and so public/_headers) gives each kind of path', async ({ request }) => {
  for (const path of everyKindOfPath) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const sent = response.headers();
    for (const [name, value] of Object.entries(headersFor(path))) expect(`${path} ${name}: ${sent[name.toLowerCase()]}`).toBe(`${path} ${name}: ${value}`);
  }
});

test('the _headers file, meant for other hosts, is not served by nginx', async ({ request }) => {
  expect((await request.get('/_headers')).status()).toBe(404);
});
