// One way to the site's words: pageWords (or editionWords) from src/i18n/editions.ts, in the
// page's edition. A Swedish-only path (importing ui.ts's strings, or filling {placeholders} by
// hand) would leave a language half translated without anyone noticing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsIn } from '../../scripts/lib/import-graph.ts';

const root = join(import.meta.dirname, '../..');
const editionsModule = 'src/i18n/editions.ts';
const sourceFiles = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && /\.(ts|astro|mjs)$/.test(d.name))
  .map((d) => relative(root, join(d.parentPath, d.name)).replace(/\\/g, '/'));

describe('the words path', () => {
  it('takes nothing but types from src/i18n/ui.ts outside the editions module', () => {
    const valueImports = importsIn(root).filter((i) => i.to === 'src/i18n/ui.ts' && !i.typeOnly && i.from !== editionsModule);
    expect(valueImports.map((i) => i.from), 'use pageWords(Astro.url) from src/i18n/editions.ts').toEqual([]);
  });

  it('leaves ui.ts with the Swedish strings and their keys only', () => {
    const exported = [...readFileSync(join(root, 'src/i18n/ui.ts'), 'utf8').matchAll(/^export\s+(?:const|function|type|interface|let)\s+(\w+)/gm)].map((m) => m[1]);
    expect(exported).toEqual(['sv', 'UiKey']);
  });

  it('has no word function of its own anywhere else in src/', () => {
    // Filling {placeholders} or reading the Swedish strings directly is the editions module's job.
    // A browser script fills the templates its page gave it (pageWords' template), in the page's edition.
    const ownWords = sourceFiles
      .filter((file) => file !== editionsModule && !file.endsWith('.client.ts'))
      .filter((file) => {
        const code = readFileSync(join(root, file), 'utf8');
        return /\.replace\(\/\\\{\(\\w\+\)\\\}\/g/.test(code) || /\bsv\[/.test(code) || /\bsv\.\s*\[?['"]/.test(code);
      });
    expect(ownWords, 'take t from pageWords (components, routes) or as a parameter (.ts modules)').toEqual([]);
  });

  it('notices a file that would break the rule', () => {
    expect(/\.replace\(\/\\\{\(\\w\+\)\\\}\/g/.test("sv[key].replace(/\\{(\\w+)\\}/g, fill)")).toBe(true);
  });
});
