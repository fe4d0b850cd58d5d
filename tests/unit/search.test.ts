import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { catalogueEntry, readFragment } from '../../src/features/search/catalogue.ts';
import { searchFilters } from '../../src/features/search/profile.ts';
import { readFileSync } from 'node:fs';
import { carriedPrefix, receivedQuery, takeCarriedQuery } from '../../src/features/search/query-transfer.ts';
import { applyFilters, filterCounts, mergeHits, municipalityPageFirst, namedPagesFirst, queryWords, withPages, wordsWhileTyping } from '../../src/features/search/results.ts';
import { headline, mainText, synonymsFor, withSynonyms } from '../../src/features/search/synonyms.ts';

const synonyms = [
  { words: ['knark', 'gräs'], means: ['narkotika'] },
  { words: ['soc'], means: ['socialtjänst'] },
  { words: ['rena sprutor'], means: ['sprututbyte'] },
];

describe('synonyms added at index time', () => {
  it('adds a synonym as often as the page uses its word, up to three times', () => {
    expect(synonymsFor('Narkotika. Om narkotika och narkotikabruk.', synonyms)).toEqual(new Map([['knark', 3], ['gräs', 3]]));
    expect(synonymsFor('narkotika '.repeat(20), synonyms).get('knark')).toBe(3);
  });

  it('matches our word at the start of a word and into compounds, not inside other words', () => {
    expect(synonymsFor('Socialtjänsten i Ronneby', synonyms).get('soc')).toBe(1);
    expect(synonymsFor('Sprututbytet i Karlskrona', synonyms).get('rena sprutor')).toBe(1);
    expect(synonymsFor('En associaltjänst', synonyms).size).toBe(0);
  });

  it('does not add a word the page already has, but does add one that only starts a word of it', () => {
    expect(synonymsFor('knark och narkotika', synonyms).has('knark')).toBe(false);
    expect(synonymsFor('Socialtjänsten', synonyms).has('soc')).toBe(true);
  });

  it('reads the main text and the headline, and adds the words inside main only', () => {
    const html = '<html><head><meta name="description" content="Om narkotika &amp; spel"></head><body><header>Meny</header><main><h1>Hjälp <em>nu</em></h1><script>x()</script><p>Text</p><dl data-pagefind-ignore="all"><div><dt>Kostnad</dt><dd>narkotika</dd></div></dl></main></body></html>';
    expect(mainText(html)).toBe('Hjälp nu Text');
    expect(headline(html)).toBe('Hjälp nu Om narkotika & spel');
    const indexed = withSynonyms(html, { headline: new Map([['knark', 1]]), body: new Map([['gräs', 2]]) });
    expect(indexed).toContain('<p data-pagefind-weight="7">knark</p><p>gräs gräs</p></main>');
    expect(withSynonyms(html, { headline: new Map(), body: new Map() })).toBe(html);
  });
});

describe('search filters of a page', () => {
  it('expands "alla" to the region\'s municipalities and adds "anhörig" for relatives', () => {
    expect(searchFilters({ type: 'mottagning', municipalities: 'alla', topics: ['spel', 'alkohol'], audience: ['anhorig'] }, ['a', 'b'])).toEqual({
      sidtyp: ['mottagning'],
      kommun: ['a', 'b'],
      amne: ['alkohol', 'spel', 'anhorig'],
    });
    expect(searchFilters({ type: 'anhorigstod' }, ['a'])).toEqual({ sidtyp: ['anhorigstod'], kommun: [], amne: ['anhorig'] });
  });
});

describe('catalogue from Pagefind fragments', () => {
  it('reads a compressed fragment and keeps what a result shows', () => {
    const fragment = { url: '/x/', meta: { title: 'X', summary: 'Om X' }, filters: { sidtyp: ['kommun'], kommun: ['ronneby'] } };
    const compressed = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(fragment)}`));
    expect(catalogueEntry(readFragment(compressed))).toEqual({ url: '/x/', title: 'X', summary: 'Om X', type: 'kommun', municipalities: ['ronneby'], subjects: [] });
  });

  it('refuses a page without a type', () => {
    expect(() => catalogueEntry({ url: '/y/', meta: {}, filters: {} })).toThrow('/y/ saknar sidtyp');
  });

  it('names the kind of each page, and the edition of a page outside the reference one', () => {
    const entry = (url: string) => catalogueEntry({ url, meta: { title: 'T' }, filters: { sidtyp: ['anhorigstod'] } });
    expect(entry('/for-anhoriga/stod/al-anon/')).toMatchObject({ kind: 'programme' });
    expect(entry('/for-anhoriga/stod/al-anon/')).not.toHaveProperty('edition');
    expect(entry('/for-anhoriga/att-vara-anhorig/')).toMatchObject({ kind: 'relatives-article' });
    expect(entry('/mottagningar/x/')).toMatchObject({ kind: 'service' });
    expect(entry('/lattlast/kunskap/alkohol/')).toMatchObject({ kind: 'knowledge-article', edition: 'sv-lattlast' });
  });

  it('keeps the other names a page goes by, and gives none to a page without them', () => {
    const named = catalogueEntry({ url: '/stodlinjer/na/', meta: { title: 'Anonyma Narkomaner', names: 'NA|NA-möten' }, filters: { sidtyp: ['mottagning'] } });
    expect(named).toMatchObject({ kind: 'helpline', names: ['NA', 'NA-möten'] });
    expect(catalogueEntry({ url: '/x/', meta: { title: 'X' }, filters: { sidtyp: ['kunskap'] } })).not.toHaveProperty('names');
  });
});

describe('query words and the fallback for sentences', () => {
  it('drops small words unless nothing else is left', () => {
    expect(queryWords('Kan inte sluta spela!')).toEqual(['sluta', 'spela']);
    expect(queryWords('mamma super jämt')).toEqual(['mamma', 'super']);
    expect(queryWords('vad är det')).toEqual(['vad', 'är', 'det']);
    expect(queryWords('mamma s')).toEqual(['mamma']);
  });

  it('waits, while the reader types, for three letters and for the last word to have three', () => {
    expect(wordsWhileTyping('ma')).toEqual([]);
    expect(wordsWhileTyping('mam')).toEqual(['mam']);
    expect(wordsWhileTyping('mamma su')).toEqual(['mamma']);
    expect(wordsWhileTyping('mamma sup')).toEqual(['mamma', 'sup']);
    expect(wordsWhileTyping('aa')).toEqual([]);
    expect(wordsWhileTyping('kan int')).toEqual([]);
    expect(wordsWhileTyping('kan inte sl')).toEqual([]);
    expect(wordsWhileTyping('kan inte slu')).toEqual(['slu']);
    expect(wordsWhileTyping('barn til')).toEqual(['barn']);
    expect(queryWords('aa')).toEqual(['aa']);
  });

  it('puts whole-query hits first, then pages by their share of each word\'s best score', () => {
    const merged = mergeHits(
      [{ id: 'all', score: 0.1 }],
      [
        [{ id: 'about-one', score: 10 }, { id: 'passing-both', score: 3 }, { id: 'all', score: 1 }],
        [{ id: 'passing-both', score: 1 }, { id: 'best-two', score: 4 }],
      ],
    );
    expect(merged.map((h) => [h.id, h.matched])).toEqual([['all', 2], ['about-one', 1], ['best-two', 1], ['passing-both', 2]]);
  });

  it('keeps only hits the catalogue knows', () => {
    const catalogue = { a: { url: '/a/', title: 'A', summary: '', type: 'kunskap' as const, municipalities: [], subjects: [] } };
    expect(withPages([{ id: 'a', matched: 1 }, { id: 'gone', matched: 1 }], catalogue).map((p) => p.url)).toEqual(['/a/']);
  });
});

describe('filters on results', () => {
  const page = (url: string, type: 'mottagning' | 'kunskap', municipalities: string[], subjects: ('spel' | 'alkohol')[]) => ({ url, title: url, summary: '', type, municipalities, subjects });
  const pages = [page('/1/', 'mottagning', ['ronneby'], ['spel']), page('/2/', 'mottagning', ['karlskrona'], ['alkohol']), page('/3/', 'kunskap', [], ['spel'])];

  it('keeps the pages with every chosen value', () => {
    expect(applyFilters(pages, { sidtyp: 'mottagning', amne: 'spel' }).map((p) => p.url)).toEqual(['/1/']);
    expect(applyFilters(pages, {}).length).toBe(3);
  });

  it('counts each value given the other filters', () => {
    const counts = filterCounts(pages, { amne: 'spel' });
    expect(Object.fromEntries(counts.sidtyp)).toEqual({ mottagning: 1, kunskap: 1 });
    expect(Object.fromEntries(counts.amne)).toEqual({ spel: 2, alkohol: 1 });
  });
});

describe('words handed to the search page', () => {
  it('reads the fragment first, then the query string, decoded and trimmed', () => {
    expect(receivedQuery({ hash: `#q=${encodeURIComponent(' rena sprutor ')}`, search: '' })).toBe('rena sprutor');
    expect(receivedQuery({ hash: '', search: '?q=knark' })).toBe('knark');
    expect(receivedQuery({ hash: '', search: '' })).toBe('');
  });

  it('takes the header box\'s words from window.name once, and empties it', () => {
    const win = { name: `${carriedPrefix} min pappa dricker ` };
    expect(takeCarriedQuery(win)).toBe('min pappa dricker');
    expect(win.name).toBe('');
    expect(takeCarriedQuery(win)).toBe('');
    // Another site's window.name (a name it set before a link to us) is left alone and not read.
    const other = { name: 'something else' };
    expect(takeCarriedQuery(other)).toBe('');
    expect(other.name).toBe('something else');
  });

  it('the header box writes the prefix the search page reads (the box keeps its own copy, without imports)', () => {
    const box = readFileSync(new URL('../../src/features/search/search-box.client.ts', import.meta.url), 'utf8');
    expect(box).toContain(`const carriedPrefix = '${carriedPrefix}';`);
  });
});

describe('a municipality\'s name as the query', () => {
  const page = (url: string, type: 'kommun' | 'mottagning', municipalities: string[]) => ({ url, title: url, summary: '', type, municipalities, subjects: [] });
  const pages = [page('/a/', 'mottagning', ['solvesborg']), page('/kommun-r/', 'kommun', ['ronneby']), page('/kommun-s/', 'kommun', ['solvesborg'])];
  const names = new Map([['solvesborg', 'Sölvesborg'], ['ronneby', 'Ronneby']]);

  it('puts that municipality\'s page first, with or without å, ä and ö', () => {
    expect(municipalityPageFirst(pages, 'Sölvesborg', names).map((p) => p.url)).toEqual(['/kommun-s/', '/a/', '/kommun-r/']);
    expect(municipalityPageFirst(pages, 'soc solvesborg', names)[0]!.url).toBe('/kommun-s/');
  });

  it('leaves the order alone for longer queries or two municipalities', () => {
    expect(municipalityPageFirst(pages, 'stöd för anhöriga i sölvesborg', names)[0]!.url).toBe('/a/');
    expect(municipalityPageFirst(pages, 'ronneby sölvesborg', names)[0]!.url).toBe('/a/');
  });
});

describe('a page named by the query first', () => {
  const page = (url: string, title: string, type: 'mottagning' | 'kunskap' | 'webbplatsen', names?: string[]) => ({ url, title, summary: '', type, municipalities: [], subjects: [], ...(names ? { names } : {}) });
  const ranked = [
    page('/kunskap/sprututbyte-och-naloxon/', 'Sprututbyte och naloxon', 'kunskap'),
    page('/tillganglighetsredogorelse/', 'Tillgänglighetsredogörelse', 'webbplatsen'),
    page('/kunskap/laro/', 'LARO – läkemedel vid opioidberoende', 'kunskap'),
    page('/stodlinjer/na/', 'Anonyma Narkomaner (NA)', 'mottagning', ['NA', 'NA-möten']),
    page('/mottagningar/laro/', 'LARO Blekinge', 'mottagning'),
  ];
  const urls = (query: string) => namedPagesFirst(ranked, query).map((p) => p.url);

  it('puts a page whose title or other name is the word typed before pages full of words that begin like it', () => {
    expect(urls('NA')[0]).toBe('/stodlinjer/na/');
    expect(urls('na-möten')[0]).toBe('/stodlinjer/na/');
    expect(urls('anonyma narkomaner')[0]).toBe('/stodlinjer/na/');
  });

  it('puts the place to turn to before the article when both are named', () => {
    expect(urls('laro').slice(0, 2)).toEqual(['/mottagningar/laro/', '/kunskap/laro/']);
  });

  it('matches whole words only, ignores small words, and otherwise keeps the index order', () => {
    expect(urls('nar')).toEqual(ranked.map((p) => p.url));
    expect(urls('min laro')[0]).toBe('/mottagningar/laro/');
    expect(urls('laro karlskrona')).toEqual(ranked.map((p) => p.url));
  });
});
