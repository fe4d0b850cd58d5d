// The built site as files: every HTML page in dist/ and the URL it is served at.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = join(import.meta.dirname, '../../dist');

export interface BuiltPage {
  file: string;
  url: string;
  html: string;
}

export function builtPages(): BuiltPage[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .filter((file) => !relative(distDir, file).startsWith('pagefind'))
    .sort()
    .map((file) => {
      const path = relative(distDir, file).replace(/\\/g, '/');
      const url = path === '404.html' ? '/404.html' : `/${path.replace(/index\.html$/, '')}`;
      return { file, url, html: readFileSync(file, 'utf8') };
    });
}

/** Reading pages: every page except those whose job needs a script of its own (none yet). */
export const readingPages = () => builtPages();

/** The pages that must also pass at desktop width. */
export const mainPageUrls = [
  '/', '/akut/', '/om-webbplatsen/', '/integritet/', '/tillganglighetsredogorelse/',
  '/hitta-hjalp/', '/hitta-hjalp/for-mig/alkohol/ronneby/26-och-aldre/', '/hitta-hjalp/ronneby/', '/mottagningar/bup-blekinge/',
];
