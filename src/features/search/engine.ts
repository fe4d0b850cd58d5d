// Loads Pagefind and the catalogue only when the reader starts to search, and answers a query
// with ranked pages. Pagefind runs on the main thread (`noWorker`): for an index this size that is
// instant, and it saves the worker's own download and a CSP exception for workers.
import type { Catalogue } from './catalogue.ts';
import { enoughHits, mergeHits, withPages, type Hit, type RankedPage } from './results.ts';

interface PagefindResult {
  id: string;
  score: number;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
}

/** Where a language's search lives: its Pagefind bundle and its catalogue (data-bundle, data-catalogue on the page). */
export interface SearchSource {
  bundle: string;
  catalogue: string;
}
const swedish: SearchSource = { bundle: '/pagefind/', catalogue: '/sok/sidor.json' };

export async function fetchCatalogue(url: string): Promise<Catalogue> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Catalogue;
}

/**
 * Pagefind's ranking, tuned for short names: a word that is exactly what the reader typed ("NA",
 * "socialen") counts for much more than longer words it merely begins ("naloxon", "socialjouren"),
 * so the page about a thing comes before the pages full of words that start like it.
 */
export const searchRanking = { termSimilarity: 4 };

/** Pagefind's files for one language, named by the build (see the Pagefind integration). */
export interface PagefindFiles {
  tag: string;
  meta: string;
  wasm: string;
}

function preload(href: string, as: 'script' | 'fetch') {
  const link = document.createElement('link');
  link.href = href;
  if (as === 'script') link.rel = 'modulepreload';
  else Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
  document.head.append(link);
}

let loading: Promise<{ pagefind: Pagefind; catalogue: Catalogue }> | undefined;

/**
 * Starts loading when the reader starts to search. Pagefind would fetch its files one after
 * another (script, entry, then meta and WebAssembly); asking for all of them at once saves
 * two round trips, which on a slow mobile network is most of the wait.
 */
export function loadEngine(files?: PagefindFiles, source: SearchSource = swedish) {
  const pagefindUrl = `${source.bundle}pagefind.js`;
  loading ??= (async () => {
    if (files) {
      preload(pagefindUrl, 'script');
      for (const href of [`${source.bundle}pagefind-entry.json?ts=${files.tag}`, files.meta, files.wasm]) preload(href, 'fetch');
    }
    const [pagefind, catalogue] = await Promise.all([
      (async () => {
        const module = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
        await module.options({ noWorker: true, excerptLength: 0, ranking: searchRanking, ...(files ? { metaCacheTag: files.tag } : {}) });
        await module.init();
        return module;
      })(),
      fetchCatalogue(source.catalogue),
    ]);
    return { pagefind, catalogue };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const hitsOf = (found: { results: PagefindResult[] } | null): Hit[] => (found?.results ?? []).map(({ id, score }) => ({ id, score }));

/** Pages for the words of a query (see queryWords: small words, which are on most pages, are left out). */
export async function findPages(words: readonly string[]): Promise<RankedPage[]> {
  const { pagefind, catalogue } = await loadEngine();
  const whole = hitsOf(await pagefind.search(words.join(' ')));
  if (whole.length >= enoughHits || words.length < 2) return withPages(mergeHits(whole, []), catalogue);
  const perWord = await Promise.all(words.map(async (word) => hitsOf(await pagefind.search(word))));
  return withPages(mergeHits(whole, perWord), catalogue);
}
