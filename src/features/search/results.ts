// From Pagefind's hits to what the reader sees: the words that count in a query, a fallback for
// sentences that no page contains word for word, and the filters. Pure, so it runs in the
// browser and in unit tests alike.
import type { Catalogue, CatalogueEntry } from './catalogue.ts';

export interface Hit {
  id: string;
  score: number;
}

export interface RankedPage extends CatalogueEntry {
  id: string;
  /** How many of the query's words the page has (all of them for a whole-query hit). */
  matched: number;
}

// Small words that say little about what someone looks for. A query of only these is kept
// as it is. These are Swedish's; a search in another language passes its own (search.stopWords).
const stopWords = new Set(
  ('alltid att av blir den det din dom du där eller en ett efter fast för får ha har hela hon hur i inte ' +
    'jag jämt kan man med mig min mina mitt mycket nu när och om på sig sin ska som så till ut utan var vad vi vill än är')
    .split(' '),
);

/**
 * The words of a query worth searching for. A single letter (often a word still being typed)
 * would match the start of most words and fetch much of the index, so it waits for the next key.
 */
export function queryWords(query: string, stop: ReadonlySet<string> = stopWords): string[] {
  const words = query.toLocaleLowerCase('sv').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const meaningful = words.filter((word) => !stop.has(word) && word.length > 1);
  return [...new Set(meaningful.length > 0 ? meaningful : words)];
}

/**
 * The words to search for while the reader is still typing: the last word is left out until it
 * has three letters, and nothing is searched before three letters in all. Each search may fetch
 * a part of the index, and "m" or "ma" would fetch many parts for nothing.
 */
export function wordsWhileTyping(query: string, stop: ReadonlySet<string> = stopWords): string[] {
  const raw = query.toLocaleLowerCase('sv').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const last = raw.at(-1) ?? '';
  // A short last word, or the start of a small word ("int" on the way to "inte"), is still being typed.
  const unfinished = last.length < 3 || [...stop].some((word) => word.startsWith(last));
  const settled = unfinished ? raw.slice(0, -1) : raw;
  const meaningful = settled.filter((word) => !stop.has(word) && word.length > 1);
  if (meaningful.length > 0) return [...new Set(meaningful)];
  // Only small words so far: wait, unless there is nothing more to come (one finished word).
  return raw.length === 1 && !unfinished ? queryWords(query, stop) : [];
}

/** Fewer hits than this for the whole query, and pages matching some of its words are added. */
export const enoughHits = 3;

/**
 * Pagefind finds pages with every word of a query. People write sentences ("mamma super jämt"),
 * so when that finds too little, pages with some of the words follow. Each word's scores are
 * scaled to its best page, so a page that is about one word ranks above one that mentions
 * several in passing.
 */
export function mergeHits(whole: readonly Hit[], perWord: readonly (readonly Hit[])[]): { id: string; matched: number; score: number }[] {
  const wordCount = Math.max(perWord.length, 1);
  const wholeIds = new Set(whole.map((hit) => hit.id));
  const partial = new Map<string, { id: string; matched: number; score: number }>();
  for (const hits of perWord) {
    const best = Math.max(...hits.map((hit) => hit.score), Number.MIN_VALUE);
    for (const hit of hits) {
      if (wholeIds.has(hit.id)) continue;
      const known = partial.get(hit.id);
      partial.set(hit.id, { id: hit.id, matched: (known?.matched ?? 0) + 1, score: (known?.score ?? 0) + hit.score / best });
    }
  }
  return [
    ...whole.map((hit) => ({ id: hit.id, matched: wordCount, score: hit.score })),
    ...[...partial.values()].sort((a, b) => b.score - a.score),
  ];
}

export function withPages(hits: readonly { id: string; matched: number }[], catalogue: Catalogue): RankedPage[] {
  return hits.flatMap((hit) => {
    const page = catalogue[hit.id];
    return page ? [{ ...page, id: hit.id, matched: hit.matched }] : [];
  });
}

export interface FilterChoice {
  sidtyp?: string;
  kommun?: string;
  amne?: string;
}

function valuesOf(page: CatalogueEntry, name: keyof FilterChoice): readonly string[] {
  return name === 'sidtyp' ? [page.type] : name === 'kommun' ? page.municipalities : page.subjects;
}

function passes(page: CatalogueEntry, choice: FilterChoice, except?: keyof FilterChoice): boolean {
  return (Object.keys(choice) as (keyof FilterChoice)[]).every(
    (name) => name === except || !choice[name] || valuesOf(page, name).includes(choice[name]!),
  );
}

export function applyFilters<Page extends CatalogueEntry>(pages: readonly Page[], choice: FilterChoice): Page[] {
  return pages.filter((page) => passes(page, choice));
}

/** For each filter, how many pages each value would show, given the other filters chosen. */
export function filterCounts(pages: readonly CatalogueEntry[], choice: FilterChoice): Record<keyof FilterChoice, Map<string, number>> {
  const counts = { sidtyp: new Map<string, number>(), kommun: new Map<string, number>(), amne: new Map<string, number>() };
  for (const name of Object.keys(counts) as (keyof FilterChoice)[]) {
    for (const page of pages) {
      if (!passes(page, choice, name)) continue;
      for (const value of valuesOf(page, name)) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

const folded = (text: string) => text.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '');

/** The words of a text, folded so that "förälder" and "foralder" are one word. */
const foldedWords = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(folded);

/**
 * Someone who types a page's name or one of its other names ("NA", "Beroendemottagningen") wants
 * that page, not the pages that mention it or are full of words that begin the same way. Pages
 * whose title or other names hold every word of the query, as whole words, go first: the places
 * to turn to before the articles, otherwise in the order the index ranked them.
 */
export function namedPagesFirst<Page extends CatalogueEntry>(pages: readonly Page[], query: string): Page[] {
  // Small words ("min", "på") are left out, as in the search itself.
  const words = foldedWords(queryWords(query).join(' '));
  if (words.length === 0) return [...pages];
  const named = (page: Page) =>
    [page.title, ...(page.names ?? [])].some((name) => {
      const nameWords = new Set(foldedWords(name));
      return words.every((word) => nameWords.has(word));
    });
  // Of the named pages, the places to turn to (clinics, lines) before the articles about them.
  const placeFirst = (page: Page) => (page.type === 'mottagning' ? 0 : 1);
  const first = pages.filter(named).sort((a, b) => placeFirst(a) - placeFirst(b));
  return [...first, ...pages.filter((page) => !named(page))];
}

/**
 * Someone who types a municipality's name (its name alone, or "soc" and the name) most likely wants
 * everything there: that municipality's page goes first, ahead of pages that repeat the name.
 */
export function municipalityPageFirst<Page extends CatalogueEntry>(pages: readonly Page[], query: string, municipalityNames: ReadonlyMap<string, string>): Page[] {
  const words = new Set(query.split(/[^\p{L}\p{N}-]+/u).filter(Boolean).map(folded));
  const named = [...municipalityNames].filter(([, name]) => words.has(folded(name))).map(([id]) => id);
  if (named.length !== 1 || words.size > 2) return [...pages];
  const first = pages.findIndex((page) => page.type === 'kommun' && page.municipalities.includes(named[0]!));
  return first < 0 ? [...pages] : [pages[first]!, ...pages.slice(0, first), ...pages.slice(first + 1)];
}
