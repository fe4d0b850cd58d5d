// Indexes the built site with Pagefind's Node API and fails the build on any error (the
// community integration only logs them). Each page is handed over with the synonyms its text
// calls for; afterwards the search page's catalogue is written from the index itself.
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { catalogueEntry, catalogueFile, preloadPlaceholder, readFragment, searchPagePath, type Catalogue } from '../features/search/catalogue.ts';
import { headline, mainText, synonymsFor, withSynonyms } from '../features/search/synonyms.ts';
import { parse as parseYaml } from 'yaml';
import { synonymsSchema, type Synonym } from '../schemas/synonyms.ts';
import { timed } from './timing.ts';

/**
 * Word positions per index chunk. Pagefind's default makes chunks of about 25 kB here; at 2,000 a
 * search after the first fetched up to 11.8 kB (three chunks of about 4 kB, because a word being
 * typed, "alk", spans every chunk of the words it begins), over its 10 kB budget. At 1,000 chunks
 * are about 1.8 kB: a following search costs at most about 8 kB, and the first one a chunk or two
 * more requests, fetched side by side (tests/e2e/search-bytes.spec.ts holds both).
 */
const indexChunkSize = 1000;

function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function urlOf(site: string, file: string): string {
  return `/${relative(site, file).replace(/\\/g, '/')}`.replace(/index\.html$/, '');
}

/**
 * Only the synonym files: the content check has already passed, so each is valid, and checking
 * all content again took half a minute on a national content set.
 */
function readSynonyms(folder: string): Synonym[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /^[^_].*\.ya?ml$/.test(entry.name))
    .sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))
    .flatMap((entry) => synonymsSchema.parse(parseYaml(readFileSync(join(entry.parentPath, entry.name), 'utf8'))).synonyms);
}

export async function indexSite(site: string, synonyms: readonly Synonym[]): Promise<{ pages: number; synonymsAdded: number }> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind: ${step} misslyckades:\n${errors.join('\n')}`);
  };
  // Smaller index chunks than Pagefind's default, so that a search after the first costs a few
  // kilobytes (the bench in scripts/bench-search.ts measures it). Pagefind reads this setting
  // when its service starts; it is marked unstable, so a later version may ignore it.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(indexChunkSize);
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
  namePreloads(site);
  return { pages, synonymsAdded };
}

/**
 * Writes into the search page the names of the files Pagefind will need, which exist only now.
 * The page fetches them all at once when the box gets focus, instead of one after another.
 */
function namePreloads(site: string): void {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
  const page = join(site, searchPagePath);
  const html = readFileSync(page, 'utf8');
  if (!html.includes(preloadPlaceholder)) throw new Error(`${searchPagePath} saknar ${preloadPlaceholder}: sökrutan kan inte förladda Pagefind.`);
  const files = Object.values(entry.languages).map(({ hash, wasm }) => ({ tag: hash, meta: `/pagefind/pagefind.${hash}.pf_meta`, wasm: `/pagefind/wasm.${wasm ?? 'unknown'}.pagefind` }));
  writeFileSync(page, html.replace(preloadPlaceholder, JSON.stringify(files).replace(/"/g, '&quot;')));
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
      'astro:build:done': ({ dir, logger }) =>
        timed('pagefind', logger, async () => {
          const synonyms = readSynonyms(join(root, 'content/synonyms'));
          const { pages, synonymsAdded } = await indexSite(fileURLToPath(dir), synonyms);
          logger.info(`Pagefind indexerade ${pages} sidor (${synonymsAdded} synonymord tillagda).`);
        }),
    },
  };
}
