// The built site as files: every HTML page in dist/ and the URL it is served at.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { kindOfPath } from '../../src/lib/content/page-kinds.ts';

// EN_VAG_IN_DIST: the same checks over a copy built as on another day (scripts/test-other-days.sh).
export const distDir = process.env.EN_VAG_IN_DIST ? resolve(process.env.EN_VAG_IN_DIST) : join(import.meta.dirname, '../../dist');

export interface BuiltPage {
  file: string;
  url: string;
  html: string;
}

export function builtPages(root = distDir): BuiltPage[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .filter((file) => !relative(root, file).startsWith('pagefind'))
    .sort()
    .map((file) => {
      const path = relative(root, file).replace(/\\/g, '/');
      const url = path === '404.html' ? '/404.html' : `/${path.replace(/index\.html$/, '')}`;
      return { file, url, html: readFileSync(file, 'utf8') };
    });
}

/** A self-test page and the search page carry their own scripts; every other page is a reading page. */
export const isSelfTestPage = (url: string) => kindOfPath(url)?.key === 'self-test';
/** A search page: Swedish /sok/, or an edition's own (/en/sok/). */
export const isSearchPage = (url: string) => kindOfPath(url)?.key === 'search' || kindOfPath(url.replace(/^\/[^/]+/, ''))?.key === 'search';
export const readingPages = () => builtPages().filter((p) => !isSelfTestPage(p.url) && !isSearchPage(p.url));
export const selfTestPages = () => builtPages().filter((p) => isSelfTestPage(p.url));
export const searchPages = () => builtPages().filter((p) => isSearchPage(p.url));
/** The Swedish search page, /sok/. */
export const searchPage = () => searchPages().find((p) => kindOfPath(p.url)?.key === 'search')!;

/** The pages that must also pass at desktop width. */
export const mainPageUrls = [
  '/', '/akut/', '/om-webbplatsen/', '/integritet/', '/tillganglighetsredogorelse/',
  '/hitta-hjalp/', '/hitta-hjalp/for-mig/alkohol/ronneby/26-och-aldre/', '/hitta-hjalp/ronneby/', '/mottagningar/bup-blekinge/',
  '/en/', '/en/hitta-hjalp/', '/lattlast/', '/lattlast/kunskap/kostnader/',
];
