// Every built page belongs to a kind of src/lib/content/page-kinds.ts, every kind is built, and
// what the table says of a kind (search type, menu, translatable) is what dist/ shows.
import { describe, expect, it } from 'vitest';
import { getEditions, referenceEdition, translator } from '../../src/i18n/editions.ts';
import { kindOfPath, pageKinds, sections, type PageKind } from '../../src/lib/content/page-kinds.ts';
import { builtPages } from '../helpers/dist.ts';

const pages = builtPages();
const editions = getEditions().filter((e) => e !== referenceEdition);
/** A page's edition and its address without the edition's folder. */
const place = (url: string) => {
  const edition = editions.find((e) => url.startsWith(`/${e.path}/`));
  return { edition, swedishUrl: edition ? url.slice(edition.path.length + 1) : url };
};
const kinds = new Map(pages.map((page) => [page.url, kindOfPath(place(page.url).swedishUrl)]));

describe('the page kinds in dist/', () => {
  it('give every built page a kind', () => {
    expect(pages.filter((page) => !kinds.get(page.url)).map((page) => page.url)).toEqual([]);
  });

  it('are each built at least once', () => {
    const built = new Set(kinds.values());
    expect(pageKinds.filter((kind) => !built.has(kind)).map((kind) => kind.key)).toEqual([]);
  });

  it('are translated only where the table says they can be', () => {
    const translated = pages.filter((page) => place(page.url).edition && !kinds.get(page.url)?.translatable);
    expect(translated.map((page) => page.url)).toEqual([]);
  });

  it('give each Swedish page the search type of its kind', () => {
    const wrong: string[] = [];
    for (const page of pages.filter((p) => !place(p.url).edition)) {
      const kind = kinds.get(page.url) as PageKind;
      const type = /data-pagefind-meta="sidtyp:([a-z]+)"/.exec(page.html)?.[1];
      if (type !== kind.search) wrong.push(`${page.url}: ${type ?? 'none'}, the table says ${kind.search ?? 'none'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('offer "Lyssna" on the pages of the kinds that are read, in every edition, and nowhere else', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const controls = (page.html.match(/<listen-aloud\b/g) ?? []).length;
      const expected = kinds.get(page.url)?.listen ? 1 : 0;
      if (controls !== expected) wrong.push(`${page.url}: ${controls} controls, the table says ${expected}`);
      // Hidden in the HTML: only its script shows it, where the browser can speak.
      if (controls > 0 && !/<listen-aloud\b[^>]*\shidden[\s>=]/.test(page.html)) wrong.push(`${page.url}: the control is not hidden in the HTML`);
    }
    expect(wrong).toEqual([]);
    // Each kind the table marks is offered somewhere, English and lättläst pages among them.
    const offered = pages.filter((page) => page.html.includes('<listen-aloud'));
    expect(new Set(offered.map((page) => kinds.get(page.url)!.key))).toEqual(new Set(pageKinds.filter((kind) => kind.listen).map((kind) => kind.key)));
    for (const edition of editions) expect(offered.some((page) => place(page.url).edition === edition), edition.code).toBe(true);
  });

  it('give the main menu, in each edition', () => {
    for (const edition of [referenceEdition, ...editions]) {
      const home = pages.find((p) => p.url === (edition.path ? `/${edition.path}/` : '/'))!;
      const menu = /<ul class="site-nav__list">([\s\S]*?)<\/ul>/.exec(home.html)?.[1] ?? '';
      const labels = [...menu.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
      // The search box stands for the search page in the menu.
      expect(labels, edition.code).toEqual(sections.filter((s) => s.key !== 'sok').map((s) => translator(edition)(s.label)));
    }
  });
});
