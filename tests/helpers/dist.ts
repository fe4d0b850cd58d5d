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

/** The editor's folder: staff's tool, no page of the public site (tests/site/admin.test.ts checks it on its own terms). */
export const adminFolder = 'admin';
const inFolder = (root: string, file: string, folder: string) => relative(root, file).split(/[\\/]/)[0] === folder;

function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

export function builtPages(root = distDir): BuiltPage[] {
  return htmlFiles(root)
    .filter((file) => !inFolder(root, file, 'pagefind') && !inFolder(root, file, adminFolder))
    .map((file) => {
      const path = relative(root, file).replace(/\\/g, '/');
      const url = path === '404.html' ? '/404.html' : `/${path.replace(/index\.html$/, '')}`;
      return { file, url, html: readFileSync(file, 'utf8') };
    });
}

/** The HTML files under /admin/, with their URLs. */
export function adminPages(root = distDir): BuiltPage[] {
  return htmlFiles(root)
    .filter((file) => inFolder(root, file, adminFolder))
    .map((file) => ({ file, url: `/${relative(root, file).replace(/\\/g, '/').replace(/index\.html$/, '')}`, html: readFileSync(file, 'utf8') }));
}

/**
 * A self-test page, the search page and the standard-glass calculator's page carry their own
 * scripts; every other page is a reading page.
 */
export const isSelfTestPage = (url: string) => kindOfPath(url)?.key === 'self-test';
/** A search page: Swedish /sok/, or an edition's own (/en/sok/). */
export const isSearchPage = (url: string) => kindOfPath(url)?.key === 'search' || kindOfPath(url.replace(/^\/[^/]+/, ''))?.key === 'search';
export const isCalculatorPage = (url: string) => kindOfPath(url)?.key === 'standard-glasses';
export const readingPages = () => builtPages().filter((p) => !isSelfTestPage(p.url) && !isSearchPage(p.url) && !isCalculatorPage(p.url));
export const selfTestPages = () => builtPages().filter((p) => isSelfTestPage(p.url));
export const searchPages = () => builtPages().filter((p) => isSearchPage(p.url));
/** The Swedish search page, /sok/. */
export const searchPage = () => searchPages().find((p) => kindOfPath(p.url)?.key === 'search')!;
export const calculatorPage = () => builtPages().find((p) => isCalculatorPage(p.url))!;

/** The pages that must also pass at desktop width. */
export const mainPageUrls = [
  '/', '/akut/', '/om-webbplatsen/', '/integritet/', '/tillganglighetsredogorelse/',
  '/hitta-hjalp/', '/hitta-hjalp/for-mig/alkohol/ronneby/26-och-aldre/', '/hitta-hjalp/ronneby/', '/mottagningar/bup-blekinge/',
  '/en/', '/en/hitta-hjalp/', '/lattlast/', '/lattlast/kunskap/kostnader/',
];
