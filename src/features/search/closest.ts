// When a search finds nothing, the reader still gets somewhere: the pages closest to their words
// by topic. Words are compared by their letters (a misspelling or another form of a word is still
// close), with a page's title, its summary and the words of its subjects; a query that resembles
// none of them gets the pages that cover the most subjects. Pure, so it runs in the browser and in
// unit tests alike.
import type { CatalogueEntry } from './catalogue.ts';
import type { Subject } from './profile.ts';

/** The words each subject is known by, in the search page's language (search.topicWords.* strings). */
export type SubjectWords = Partial<Record<Subject, readonly string[]>>;

const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** The words of a text worth comparing: three letters or more, folded ("Läkemedel" → "lakemedel"). */
export function wordsOf(text: string): string[] {
  return [...new Set(fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3))];
}

function trigrams(word: string): Set<string> {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i < padded.length - 2; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

/**
 * How alike two folded words are, from 0 to 1: the share of letter triples they have in common
 * (Dice's coefficient), so "gamblng" is close to "gambling". A word that starts another, four
 * letters or more, counts almost as the word itself ("spel" in "spelberoende").
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return 0.9;
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/** Below this, two words are taken as unrelated. */
const alike = 0.5;

function bestMatch(word: string, candidates: readonly string[]): number {
  let best = 0;
  for (const candidate of candidates) best = Math.max(best, wordSimilarity(word, candidate));
  return best >= alike ? best : 0;
}

/** The subjects whose words the query resembles, most alike first. */
export function subjectsOf(query: string, subjectWords: SubjectWords): Subject[] {
  const words = wordsOf(query);
  return (Object.entries(subjectWords) as [Subject, readonly string[]][])
    .map(([subject, known]) => ({ subject, score: Math.max(0, ...words.map((word) => bestMatch(word, known.map(fold)))) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ subject }) => subject);
}

// A title says what a page is about; a summary and the subjects' words say it less surely.
const weights = { title: 1, subject: 0.8, summary: 0.5 };

/** How close a page is to the query's words: for each word, its best likeness to the page's words. */
export function closeness(queryWords: readonly string[], page: CatalogueEntry, subjectWords: SubjectWords): number {
  const title = wordsOf(page.title);
  const summary = wordsOf(page.summary);
  const subjects = page.subjects.flatMap((subject) => (subjectWords[subject] ?? []).map(fold));
  return queryWords.reduce(
    (sum, word) => sum + Math.max(weights.title * bestMatch(word, title), weights.subject * bestMatch(word, subjects), weights.summary * bestMatch(word, summary)),
    0,
  );
}

/**
 * The pages closest to the query by topic, `count` of them. Pages that resemble none of its words
 * make up the number with the pages that cover the most subjects, which lead on to the rest.
 */
export function closestPages<Page extends CatalogueEntry>(query: string, pages: readonly Page[], subjectWords: SubjectWords, count = 3): Page[] {
  const words = wordsOf(query);
  const scored = pages.map((page) => ({ page, score: closeness(words, page, subjectWords) }));
  const byTitle = (a: { page: Page }, b: { page: Page }) => a.page.title.localeCompare(b.page.title);
  // Equally close: the page about fewer subjects is more about the one the query is close to.
  const close = scored.filter(({ score }) => score > 0).sort((a, b) => b.score - a.score || a.page.subjects.length - b.page.subjects.length || byTitle(a, b));
  const broad = scored.filter(({ score }) => score === 0).sort((a, b) => b.page.subjects.length - a.page.subjects.length || byTitle(a, b));
  return [...close, ...broad].slice(0, count).map(({ page }) => page);
}

/**
 * Pages on the given subjects, for a reader whose language has nothing that fits: those on more
 * of the subjects first, then those closest to the query's words, then the most focused.
 */
export function pagesOnSubjects<Page extends CatalogueEntry>(subjects: readonly Subject[], query: string, pages: readonly Page[], subjectWords: SubjectWords, count = 5): Page[] {
  const words = wordsOf(query);
  return pages
    .map((page) => ({ page, shared: page.subjects.filter((subject) => subjects.includes(subject)).length, score: closeness(words, page, subjectWords) }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.score - a.score || a.page.subjects.length - b.page.subjects.length || a.page.title.localeCompare(b.page.title))
    .slice(0, count)
    .map(({ page }) => page);
}
