// Loads Pagefind and the catalogue only when the reader starts to search, and answers a query
// with ranked pages. Pagefind runs on the main thread (`noWorker`): for an index this size that is
// instant, and it saves the worker's own download and a CSP exception for workers.
import type { Catalogue } from './catalogue.ts';
import { enoughHits, mergeHits, queryWords, withPages, type Hit, type RankedPage } from './results.ts';

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

const pagefindUrl = '/pagefind/pagefind.js';
const catalogueUrl = '/sok/sidor.json';

let loading: Promise<{ pagefind: Pagefind; catalogue: Catalogue }> | undefined;

export function loadEngine() {
  loading ??= (async () => {
    const [pagefind, catalogue] = await Promise.all([
      (async () => {
        const module = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
        await module.options({ noWorker: true, excerptLength: 0 });
        await module.init();
        return module;
      })(),
      fetch(catalogueUrl).then((response) => {
        if (!response.ok) throw new Error(`${catalogueUrl}: ${response.status}`);
        return response.json() as Promise<Catalogue>;
      }),
    ]);
    return { pagefind, catalogue };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const hitsOf = (found: { results: PagefindResult[] } | null): Hit[] => (found?.results ?? []).map(({ id, score }) => ({ id, score }));

export async function findPages(query: string): Promise<RankedPage[]> {
  const { pagefind, catalogue } = await loadEngine();
  // Small words ("kan", "inte") are on most pages and would outweigh the words that matter.
  const words = queryWords(query);
  const whole = hitsOf(await pagefind.search(words.join(' ')));
  if (whole.length >= enoughHits || words.length < 2) return withPages(mergeHits(whole, []), catalogue);
  const perWord = await Promise.all(words.map(async (word) => hitsOf(await pagefind.search(word))));
  return withPages(mergeHits(whole, perWord), catalogue);
}
