// Adds the words people type to the pages that use our words for the same thing, before Pagefind
// indexes them (content/synonyms/). The built pages stay as they are; only the index learns
// that "knark" is found where the text says "narkotika".
import type { Synonym } from '../../schemas/synonyms.ts';

/** How many times a synonym is added at most: enough to rank, not to drown the page's own words. */
const maxRepeats = 3;

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+');

/** How often a phrase starts a word; it may continue into a compound ("spelberoende" → "spelberoendet"). */
function startsOfWords(text: string, phrase: string): number {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}`, 'giu'))].length;
}

function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The synonyms a text calls for, each with how often to add it: as often as the text uses the
 * words it stands for, up to a limit, so a page about narkotika outranks one that mentions it once.
 */
export function synonymsFor(text: string, synonyms: readonly Synonym[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const synonym of synonyms) {
    const uses = synonym.means.reduce((sum, phrase) => sum + startsOfWords(text, phrase), 0);
    if (uses === 0) continue;
    for (const word of synonym.words) {
      if (hasWord(text, word)) continue;
      found.set(word, Math.min(maxRepeats, Math.max(found.get(word) ?? 0, uses)));
    }
  }
  return found;
}

/** The readable text of a page's main element, without tags, scripts or what Pagefind ignores. */
export function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    // What Pagefind ignores must not call for synonyms either (the elements marked are not nested).
    .replace(/<(\w+)\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A page's title and summary: the words that say what the page is about. */
export function headline(html: string): string {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '';
  const description = /<meta name="description" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  return `${h1.replace(/<[^>]+>/g, ' ')} ${description}`.replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

// Synonyms of the title's and summary's words weigh as much as the title itself.
const headlineWeight = 7;

/**
 * The page with its synonyms added at the end of its main element, for the index only: those of
 * the headline with the headline's weight, the rest as ordinary text.
 */
export function withSynonyms(html: string, synonyms: { headline: Map<string, number>; body: Map<string, number> }): string {
  const words = (found: Map<string, number>) => [...found].flatMap(([word, times]) => Array.from({ length: times }, () => word)).join(' ');
  const parts = [
    synonyms.headline.size > 0 ? `<p data-pagefind-weight="${headlineWeight}">${words(synonyms.headline)}</p>` : '',
    synonyms.body.size > 0 ? `<p>${words(synonyms.body)}</p>` : '',
  ].join('');
  return parts ? html.replace(/<\/main>/i, `${parts}</main>`) : html;
}
