// The page for children and young people must be easy to read: LIX (läsbarhetsindex) at most 35;
// the knowledge pages, plain Swedish: at most 45; the lättläst pages at most 30. Computed over the text of the article as a
// reader gets it (the source list left out).
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../helpers/dist.ts';
import { elements, textOf } from '../helpers/html.ts';
import { lix } from '../../scripts/lib/readability.ts';


describe('readability', () => {
  it('computes LIX as the Swedish index does', () => {
    // 8 words, 2 sentences, 1 word over six letters: 8 / 2 + 100 / 8 = 16.5
    expect(lix('Det är inte ditt fel. Du kan berättelse.')).toBeCloseTo(16.5, 5);
  });

  it('the children\'s page has LIX ≤ 35', () => {
    const page = builtPages().find((p) => p.url === '/for-anhoriga/barn-och-unga/');
    expect(page).toBeDefined();
    const value = articleLix(page!);
    console.log(`LIX för /for-anhoriga/barn-och-unga/: ${value.toFixed(1)}`);
    expect(value).toBeLessThanOrEqual(35);
  });
});

const knowledgePages = builtPages().filter((p) => /^\/kunskap\/[^/]+\/$/.test(p.url));

describe('knowledge pages are plain Swedish', () => {
  it('there are at least 18', () => {
    expect(knowledgePages.length).toBeGreaterThanOrEqual(18);
  });

  it.each(knowledgePages.map((p) => [p.url, p] as const))('%s has LIX ≤ 45', (url, page) => {
    const value = articleLix(page);
    console.log(`LIX för ${url}: ${value.toFixed(1)}`);
    expect(value).toBeLessThanOrEqual(45);
  });
});

// Lättläst: the versions in easy Swedish, blocks of names and numbers included, at most 30.
const easyPages = builtPages().filter((p) => p.url.startsWith('/lattlast/'));

describe('lättläst pages are easy to read', () => {
  it('there are at least ten: the start page, acute help, finding help, self-tests, relatives and five knowledge pages', () => {
    expect(easyPages.length).toBeGreaterThanOrEqual(10);
    expect(easyPages.filter((p) => p.url.startsWith('/lattlast/kunskap/') && p.url !== '/lattlast/kunskap/').length).toBeGreaterThanOrEqual(5);
  });

  it.each(easyPages.map((p) => [p.url, p] as const))('%s has LIX ≤ 30', (url, page) => {
    const value = articleLix(page);
    console.log(`LIX för ${url}: ${value.toFixed(1)}`);
    expect(value).toBeLessThanOrEqual(30);
  });
});

function articleLix(page: BuiltPage): number {
  const article = elements(page.html, 'article')[0]!.replace(/<section class="sources"[\s\S]*?<\/section>/, '');
  // Lists are sentences too: end each item with a full stop for counting.
  const text = textOf(article.replace(/<\/(li|h2|h3|p)>/g, '. </$1>')).replace(/\.\s*\./g, '.');
  return lix(text);
}
