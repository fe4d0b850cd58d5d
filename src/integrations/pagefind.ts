// Indexes the built site with Pagefind's Node API and fails the build on any error (the
// community integration only logs them). Each page is handed over with the synonyms its text
// calls for; afterwards the search page's catalogue is written from the index itself.
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { catalogueEntry, catalogueFile, readFragment, type Catalogue } from '../features/search/catalogue.ts';
import { headline, mainText, synonymsFor, withSynonyms } from '../features/search/synonyms.ts';
import { validateContent } from '../lib/content/validate.ts';
import type { Synonym } from '../schemas/synonyms.ts';

function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function urlOf(site: string, file: string): string {
  return `/${relative(site, file).replace(/\\/g, '/')}`.replace(/index\.html$/, '');
}

export async function indexSite(site: string, synonyms: readonly Synonym[]): Promise<{ pages: number; synonymsAdded: number }> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind: ${step} misslyckades:\n${errors.join('\n')}`);
  };
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) fail('createIndex', errors);
  let pages = 0;
  let synonymsAdded = 0;
  for (const file of htmlFiles(site)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const found = { headline: synonymsFor(headline(html), synonyms), body: synonymsFor(mainText(html), synonyms) };
    synonymsAdded += found.body.size;
    const added = await index!.addHTMLFile({ url: urlOf(site, file), content: withSynonyms(html, found) });
    if (added.errors.length > 0) fail(`addHTMLFile ${urlOf(site, file)}`, added.errors);
    pages += 1;
  }
  const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) fail('writeFiles', written.errors);
  await pagefind.close();
  writeCatalogue(site);
  return { pages, synonymsAdded };
}

function writeCatalogue(site: string): void {
  const fragments = join(site, 'pagefind', 'fragment');
  const catalogue: Catalogue = {};
  for (const name of readdirSync(fragments).sort()) {
    catalogue[name.replace(/\.pf_fragment$/, '')] = catalogueEntry(readFragment(readFileSync(join(fragments, name))));
  }
  const path = join(site, catalogueFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(catalogue));
}

export function pagefindIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'en-vag-in:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The content check has already passed, so every synonym file is valid here.
        const synonyms = validateContent(join(root, 'content')).entries
          .filter((entry) => entry.collection === 'synonyms')
          .flatMap((entry) => (entry.data as { synonyms: Synonym[] }).synonyms);
        const { pages, synonymsAdded } = await indexSite(fileURLToPath(dir), synonyms);
        logger.info(`Pagefind indexerade ${pages} sidor (${synonymsAdded} synonymord tillagda).`);
      },
    },
  };
}
