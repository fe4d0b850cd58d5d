// The pages a search that found nothing offers instead: closeness of words by their letters, the
// subjects a query is about, and the pages closest by topic, with the site's own subject words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../src/features/search/catalogue.ts';
import { closeness, closestPages, pagesOnSubjects, subjectsOf, wordSimilarity, wordsOf, type SubjectWords } from '../../src/features/search/closest.ts';
import { subjectValues, type Subject } from '../../src/features/search/profile.ts';
import { sv } from '../../src/i18n/ui.ts';

const english = parse(readFileSync(join(import.meta.dirname, '../../src/i18n/en.yaml'), 'utf8')).strings as Record<string, string>;
const wordsIn = (strings: Record<string, string>): SubjectWords =>
  Object.fromEntries(subjectValues.map((subject) => [subject, strings[`search.topicWords.${subject}`]!.split(/\s+/)]));
const englishWords = wordsIn(english);
const swedishWords = wordsIn(sv);

const page = (url: string, title: string, summary: string, subjects: Subject[], extra: Partial<CatalogueEntry> = {}): CatalogueEntry & { id: string; matched: number } => ({
  id: url, matched: 0, url, title, summary, type: 'kunskap', municipalities: [], subjects, ...extra,
});

const englishPages = [
  page('/en/akut/', 'Acute help', 'If someone is in danger, has taken too much of something or is thinking about taking their own life.', ['alkohol', 'narkotika', 'lakemedel', 'spel', 'psykisk-ohalsa', 'anhorig']),
  page('/en/kunskap/kostnader/', 'What do care and support cost?', 'Fees for care, treatment and support.', ['alkohol', 'narkotika']),
  page('/en/kunskap/sprututbyte-och-naloxon/', 'Needle exchange and naloxone', 'Protection for people who use drugs.', ['narkotika', 'lakemedel']),
  page('/en/for-anhoriga/', 'For relatives', 'Support for you who are close to someone who drinks, uses drugs or gambles.', ['alkohol', 'narkotika', 'spel', 'anhorig']),
  page('/en/testa-dina-vanor/', 'Test your habits', 'Short tests about alcohol, drugs and gambling.', ['alkohol', 'narkotika', 'spel']),
];

describe('how alike two words are', () => {
  it('is 1 for the same word, high for a misspelling or a word that starts another, low for unrelated words', () => {
    expect(wordSimilarity('naloxone', 'naloxone')).toBe(1);
    expect(wordSimilarity('gamblng', 'gambling')).toBeGreaterThan(0.5);
    expect(wordSimilarity('spel', 'spelberoende')).toBe(0.9);
    expect(wordSimilarity('naloxon', 'naloxone')).toBe(0.9);
    expect(wordSimilarity('cost', 'costume')).toBe(0.9);
    expect(wordSimilarity('xyzzy', 'alcohol')).toBe(0);
    expect(wordSimilarity('dad', 'drug')).toBeLessThan(0.5);
  });

  it('compares folded words of three letters or more', () => {
    expect(wordsOf('Läkemedel och ÅNGEST, i en av')).toEqual(['lakemedel', 'och', 'angest']);
  });
});

describe('the subjects a query is about', () => {
  it('finds them by the subject words of the page\'s language, misspelt too', () => {
    expect(subjectsOf('gamblng debts', englishWords)).toEqual(['spel']);
    expect(subjectsOf('my dad drinks', englishWords)).toEqual(expect.arrayContaining(['alkohol', 'anhorig']));
    expect(subjectsOf('suicidal thoughts', englishWords)).toEqual(['psykisk-ohalsa']);
    expect(subjectsOf('pappa super', swedishWords)).toEqual(expect.arrayContaining(['alkohol', 'anhorig']));
    expect(subjectsOf('xyzzyqq', englishWords)).toEqual([]);
  });
});

describe('the three pages closest to a query that found nothing', () => {
  it('puts the page whose title resembles the words first', () => {
    expect(closestPages('naloxon kit', englishPages, englishWords)[0]!.url).toBe('/en/kunskap/sprututbyte-och-naloxon/');
    expect(closestPages('costs', englishPages, englishWords)[0]!.url).toBe('/en/kunskap/kostnader/');
    expect(closestPages('tests for habbits', englishPages, englishWords)[0]!.url).toBe('/en/testa-dina-vanor/');
  });

  it('reaches a page by its subjects when no title or summary word is alike', () => {
    // "suicidal" is a word of the subject psykisk-ohalsa, which only the acute page has.
    expect(closestPages('suicidal thoughts', englishPages, englishWords)[0]!.url).toBe('/en/akut/');
    expect(closeness(wordsOf('suicidal'), englishPages[0]!, englishWords)).toBeGreaterThan(0);
    expect(closeness(wordsOf('suicidal'), englishPages[1]!, englishWords)).toBe(0);
  });

  it('always gives three pages: words alike to none give the pages covering the most subjects', () => {
    const pages = closestPages('xyzzyqq', englishPages, englishWords);
    expect(pages.map((p) => p.url)).toEqual(['/en/akut/', '/en/for-anhoriga/', '/en/testa-dina-vanor/']);
    expect(closestPages('naloxone', englishPages, englishWords)).toHaveLength(3);
    expect(closestPages('naloxone', englishPages.slice(0, 2), englishWords)).toHaveLength(2);
  });
});

describe('the Swedish pages on a subject, for a search in another language that found nothing', () => {
  const swedishPages = [
    page('/kunskap/spel-om-pengar/', 'Spel om pengar', 'Om spelproblem och var du får hjälp.', ['spel']),
    page('/testa-dina-vanor/pgsi/', 'Testa dina spelvanor', 'Ett självtest om spel.', ['spel']),
    page('/kunskap/alkohol/', 'Alkohol', 'Om alkohol.', ['alkohol']),
    page('/for-anhoriga/', 'För anhöriga', 'Stöd till dig som är anhörig.', ['alkohol', 'narkotika', 'spel', 'anhorig']),
  ];
  it('lists only pages on the subjects, those on more of them and more focused first', () => {
    expect(pagesOnSubjects(['spel'], 'gambling', swedishPages, englishWords).map((p) => p.url)).toEqual(['/kunskap/spel-om-pengar/', '/testa-dina-vanor/pgsi/', '/for-anhoriga/']);
    expect(pagesOnSubjects(['spel', 'anhorig'], 'gambling', swedishPages, englishWords)[0]!.url).toBe('/for-anhoriga/');
    expect(pagesOnSubjects(['vald'], 'violence', swedishPages, englishWords)).toEqual([]);
  });
});
