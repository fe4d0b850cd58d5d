// The search index over the built site: which pages are in it, with which filters, and that
// the search page's list for readers without JavaScript holds exactly the same pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/features/search/catalogue.ts';
import { pageTypeValues, subjectValues } from '../../src/features/search/profile.ts';
import { builtPages, distDir, searchPage, searchPages } from '../helpers/dist.ts';
import { attributes } from '../helpers/html.ts';

const readCatalogue = (path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8')) as Catalogue;
const catalogue = readCatalogue('sok/sidor.json');
const entries = Object.entries(catalogue);
const langOf = (html: string) => /<html\b[^>]*\slang="([^"]+)"/.exec(html)![1]!;
const allIndexed = builtPages().filter((page) => page.html.includes('data-pagefind-body'));
// The Swedish search's pages: standard and lättläst, which share the language.
const indexed = allIndexed.filter((page) => langOf(page.html) === 'sv');
const site = readFileSync(join(import.meta.dirname, '../../content/site.yaml'), 'utf8');
const municipalities = /municipalities:\n((?: {2}- \S+\n)+)/.exec(site)![1]!.match(/[a-z-]+$/gm)!;

describe('search index', () => {
  it('holds every page marked for it, once, and each entry is a built page', () => {
    const urls = entries.map(([, entry]) => entry.url).sort();
    expect(urls).toEqual(indexed.map((page) => page.url).sort());
    expect(new Set(urls).size).toBe(urls.length);
    for (const [id] of entries) expect(existsSync(join(distDir, 'pagefind/fragment', `${id}.pf_fragment`))).toBe(true);
  });

  it('leaves out the start page, the 404, the search page and the guides\' question steps', () => {
    const urls = new Set(entries.map(([, entry]) => entry.url));
    for (const url of ['/', '/404.html', '/sok/', '/for-anhoriga/guide/']) expect(urls.has(url)).toBe(false);
    expect([...urls].filter((url) => /^\/hitta-hjalp\/(for-mig|for-nagon|jag-ar)/.test(url) || url.startsWith('/for-anhoriga/guide/'))).toEqual([]);
    expect(urls.has('/hitta-hjalp/')).toBe(true);
  });

  it('gives every page a title, a summary and known filter values', () => {
    for (const [, entry] of entries) {
      expect(entry.title, entry.url).not.toBe(entry.url);
      expect(entry.summary.length, entry.url).toBeGreaterThan(20);
      expect(pageTypeValues, entry.url).toContain(entry.type);
      for (const m of entry.municipalities) expect(municipalities, entry.url).toContain(m);
      for (const s of entry.subjects) expect(subjectValues, entry.url).toContain(s);
    }
  });

  it('files pages under the right type and municipality', () => {
    const byUrl = new Map(entries.map(([, entry]) => [entry.url, entry]));
    expect(byUrl.get('/mottagningar/ronneby-socialtjanst-vuxen/')).toMatchObject({ type: 'mottagning', municipalities: ['ronneby'] });
    expect(byUrl.get('/mottagningar/region-blekinge-beroendemottagning/')?.municipalities.sort()).toEqual([...municipalities].sort());
    expect(byUrl.get('/hitta-hjalp/karlshamn/')).toMatchObject({ type: 'kommun', municipalities: ['karlshamn'] });
    expect(byUrl.get('/testa-dina-vanor/pgsi/')).toMatchObject({ type: 'sjalvtest', subjects: ['spel'] });
    expect(byUrl.get('/for-anhoriga/stod/karlshamn-anhorigstod-samtal/')).toMatchObject({ type: 'anhorigstod' });
    expect(byUrl.get('/for-anhoriga/stod/karlshamn-anhorigstod-samtal/')?.subjects).toContain('anhorig');
    expect(byUrl.get('/integritet/')).toMatchObject({ type: 'webbplatsen' });
    expect(byUrl.get('/akut/')).toMatchObject({ type: 'kunskap' });
  });

  it('indexes only the main content: header, menu, acute strip and footer are outside it', () => {
    for (const page of indexed) {
      const body = /<main\b[^>]*data-pagefind-body[^>]*>[\s\S]*<\/main>/.exec(page.html)?.[0] ?? '';
      expect(body, page.url).not.toBe('');
      expect(page.html.match(/data-pagefind-body/g), page.url).toHaveLength(1);
      for (const part of ['<header', '<footer', 'data-acute-strip', 'site-nav']) expect(body.includes(part), `${page.url}: ${part}`).toBe(false);
    }
  });
});

describe('each language its own search', () => {
  const english = readCatalogue('en/sok/sidor.json');
  it('the Swedish catalogue and bundle hold Swedish pages only, the English ones English pages only', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const [id, entry] of entries) {
      expect(entry.url.startsWith('/en/'), entry.url).toBe(false);
      expect(id.startsWith('sv_'), id).toBe(true);
    }
    expect(existsSync(join(distDir, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')).languages)).toEqual(['sv']);
    expect(Object.keys(JSON.parse(readFileSync(join(distDir, 'pagefind/en/pagefind-entry.json'), 'utf8')).languages)).toEqual(['en']);
    const englishUrls = Object.values(english).map((entry) => entry.url).sort();
    expect(englishUrls).toEqual(allIndexed.filter((page) => langOf(page.html) === 'en').map((page) => page.url).sort());
    expect(englishUrls.length).toBeGreaterThanOrEqual(10);
    for (const [id, entry] of Object.entries(english)) {
      expect(entry.url.startsWith('/en/'), entry.url).toBe(true);
      expect(existsSync(join(distDir, 'pagefind/en/fragment', `${id}.pf_fragment`))).toBe(true);
    }
  });

  it('every indexed page is in its own language\'s catalogue, and there is a search page for every language indexed', () => {
    const languages = new Set(allIndexed.map((page) => langOf(page.html)));
    expect(new Set(searchPages().map((page) => langOf(page.html)))).toEqual(languages);
    expect(allIndexed.length).toBe(entries.length + Object.keys(english).length);
  });

  it('the English search page lists without JavaScript exactly the English pages in its index', () => {
    const { html } = searchPages().find((page) => page.url === '/en/sok/')!;
    const index = /<section class="site-index"[\s\S]*<\/section>/.exec(html)![0];
    expect([...new Set(attributes(index, 'a', 'href'))].sort()).toEqual(Object.values(english).map((entry) => entry.url).sort());
    // The page searches the English bundle and catalogue, and offers the Swedish one when English has nothing.
    expect(html).toContain('data-bundle="/pagefind/en/"');
    expect(html).toContain('data-catalogue="/en/sok/sidor.json"');
    expect(html).toContain('data-swedish-catalogue="/sok/sidor.json"');
    expect(html).toMatch(/data-pagefind-files="\[\{&quot;tag&quot;:&quot;en_/);
  });
});

describe('the search page without JavaScript', () => {
  it('lists exactly the pages in the search index, grouped by type', () => {
    const { html } = searchPage();
    const index = /<section class="site-index"[\s\S]*<\/section>/.exec(html)![0];
    const listed = [...new Set(attributes(index, 'a', 'href'))].sort();
    expect(listed).toEqual(entries.map(([, entry]) => entry.url).sort());
    for (const type of pageTypeValues) {
      const section = new RegExp(`<section aria-labelledby="index-${type}">([\\s\\S]*?)</section>`).exec(index)?.[1] ?? '';
      const urls = attributes(section, 'a', 'href');
      for (const url of urls) expect(catalogue[entries.find(([, e]) => e.url === url)![0]]!.type, `${url} under ${type}`).toBe(type);
    }
  });
});
