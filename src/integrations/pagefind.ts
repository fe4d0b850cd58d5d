// Indexes the built site with Pagefind's Node API and fails the build on any error (the
// community integration only logs them). Each page is handed over with the synonyms its text
// calls for; afterwards the search page's catalogue is written from the index itself.
// Each language (the pages' <html lang>) gets a bundle, a catalogue and a search page of its own,
// so the Swedish search loads no English data and the other way round.
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { bundleFolder, catalogueEntry, catalogueName, preloadPlaceholder, readFragment, type Catalogue } from '../features/search/catalogue.ts';
import { referenceEdition } from '../i18n/editions.ts';
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

const langOf = (html: string) => /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? referenceEdition.lang;

export async function indexSite(site: string, synonyms: readonly Synonym[]): Promise<{ pages: number; synonymsAdded: number }> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind: ${step} misslyckades:\n${errors.join('\n')}`);
  };
  // Smaller index chunks than Pagefind's default, so that a search after the first costs a few
  // kilobytes (the bench in scripts/bench-search.ts measures it). Pagefind reads this setting
  // when its service starts; it is marked unstable, so a later version may ignore it.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(indexChunkSize);
  const byLanguage = new Map<string, { url: string; html: string }[]>();
  const searchPages = new Map<string, string[]>();
  for (const file of htmlFiles(site)) {
    const html = readFileSync(file, 'utf8');
    if (html.includes(preloadPlaceholder)) searchPages.set(langOf(html), [...(searchPages.get(langOf(html)) ?? []), file]);
    if (!html.includes('data-pagefind-body')) continue;
    byLanguage.set(langOf(html), [...(byLanguage.get(langOf(html)) ?? []), { url: urlOf(site, file), html }]);
  }
  for (const lang of searchPages.keys()) {
    if (!byLanguage.has(lang)) throw new Error(`Söksidan på språket "${lang}" har inga sidor att söka bland: ingen sida på det språket är märkt för sökningen.`);
  }
  let pages = 0;
  let synonymsAdded = 0;
  // Swedish first: the other languages' bundles are folders inside its own.
  const languages = [...byLanguage].sort(([a], [b]) => Number(b === referenceEdition.lang) - Number(a === referenceEdition.lang));
  for (const [lang, files] of languages) {
    const pagesFor = searchPages.get(lang);
    if (!pagesFor) throw new Error(`Sidor på språket "${lang}" ska sökas, men ingen söksida på det språket finns. Lägg till content/pages/<språkkod>/sok.mdx.`);
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) fail('createIndex', errors);
    // The synonyms are Swedish words: they would only add noise to another language's index.
    const ownSynonyms = lang === referenceEdition.lang ? synonyms : [];
    for (const { url, html } of files) {
      const found = { headline: synonymsFor(headline(html), ownSynonyms), body: synonymsFor(mainText(html), ownSynonyms) };
      synonymsAdded += found.body.size;
      const added = await index!.addHTMLFile({ url, content: withSynonyms(html, found) });
      if (added.errors.length > 0) fail(`addHTMLFile ${url}`, added.errors);
      pages += 1;
    }
    const bundle = join(site, bundleFolder(lang));
    const written = await index!.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
    const catalogue = readCatalogue(bundle);
    for (const page of pagesFor) {
      writeFileSync(join(dirname(page), catalogueName), catalogue);
      namePreloads(page, bundle, `/${bundleFolder(lang)}/`);
    }
  }
  await pagefind.close();
  return { pages, synonymsAdded };
}

/**
 * Writes into the search page the names of the files Pagefind will need, which exist only now.
 * The page fetches them all at once when the box gets focus, instead of one after another.
 */
function namePreloads(page: string, bundle: string, bundleUrl: string): void {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
  const html = readFileSync(page, 'utf8');
  const files = Object.values(entry.languages).map(({ hash, wasm }) => ({ tag: hash, meta: `${bundleUrl}pagefind.${hash}.pf_meta`, wasm: `${bundleUrl}wasm.${wasm ?? 'unknown'}.pagefind` }));
  writeFileSync(page, html.replace(preloadPlaceholder, JSON.stringify(files).replace(/"/g, '&quot;')));
}

function readCatalogue(bundle: string): string {
  const fragments = join(bundle, 'fragment');
  const catalogue: Catalogue = {};
  for (const name of readdirSync(fragments).sort()) {
    catalogue[name.replace(/\.pf_fragment$/, '')] = catalogueEntry(readFragment(readFileSync(join(fragments, name))));
  }
  return JSON.stringify(catalogue);
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
