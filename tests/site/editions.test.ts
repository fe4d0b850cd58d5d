// The editions as a reader meets them: every page names the other languages in themselves and
// links there, each edition's pages declare its language, and the English and lättläst sets cover
// the pages the site promises. tests/site/languages.test.ts checks the four "help in your
// language" editions (Arabic, Persian, Somali, Finnish) page by page.
import { describe, expect, it } from 'vitest';
import { getEditions, referenceEdition, translator } from '../../src/i18n/editions.ts';
import { builtPages } from '../helpers/dist.ts';
import { attributes, elements, textOf } from '../helpers/html.ts';

const pages = builtPages().filter((p) => p.url !== '/404.html');
const byUrl = new Map(pages.map((p) => [p.url, p]));
const editions = getEditions();
const editionOf = (url: string) => editions.find((e) => e.path !== '' && url.startsWith(`/${e.path}/`)) ?? referenceEdition;
const htmlTag = (html: string) => /<html\b[^>]*>/.exec(html)![0];
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const alternates = (html: string) => [...html.matchAll(/<link rel="alternate"[^>]*>/g)].map((m) => m[0]);

describe('editions', () => {
  it('are Swedish, then the files of src/i18n/ by name: Arabic, English, Persian, Finnish, Somali and lättläst', () => {
    expect(editions.map((e) => e.code)).toEqual(['sv', 'ar', 'en', 'fa', 'fi', 'so', 'sv-lattlast']);
  });

  it.each(['en', 'sv-lattlast'])('%s has the start page, acute help, finding help, the self-test hub, relatives and at least five knowledge pages', (code) => {
    const edition = editions.find((e) => e.code === code)!;
    for (const path of ['/', '/akut/', '/hitta-hjalp/', '/testa-dina-vanor/', '/for-anhoriga/']) {
      expect(byUrl.has(`/${edition.path}${path}`), `/${edition.path}${path}`).toBe(true);
    }
    const knowledge = pages.filter((p) => new RegExp(`^/${edition.path}/kunskap/[^/]+/$`).test(p.url));
    expect(knowledge.length).toBeGreaterThanOrEqual(5);
  });
});

describe('every page declares its language', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s', (url, page) => {
    const edition = editionOf(url);
    const tag = htmlTag(page.html);
    expect(attr(tag, 'lang')).toBe(edition.lang);
    expect(attr(tag, 'dir')).toBe(edition.dir);
    // The page's own words are the edition's: the skip link is the first thing a keyboard meets.
    expect(page.html).toContain(`>${translator(edition)('skipLink')}</a>`);
  });
});

describe('the language switch', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s links every other edition, named in its own language', (url, page) => {
    const edition = editionOf(url);
    const nav = elements(page.html, 'nav').find((n) => n.includes('class="language-switch"'));
    expect(nav, 'a language switch').toBeDefined();
    expect(attributes(nav!, 'nav', 'aria-label')).toEqual([translator(edition)('editions.label')]);
    const links = [...nav!.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)" dir="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: m[1]!, lang: m[2]!, name: m[5]! }));
    const others = editions.filter((e) => e.code !== edition.code);
    expect(links.map((l) => l.name)).toEqual(others.map((e) => e.name));
    for (const [i, link] of links.entries()) {
      const other = others[i]!;
      expect(link.lang).toBe(other.lang);
      const target = byUrl.get(link.href);
      expect(target, `${link.href} is built`).toBeDefined();
      expect(editionOf(link.href).code).toBe(other.code);
      // The page's own version in that edition where one is built, else that edition's start page.
      const swedish = edition.path === '' ? url : url.slice(edition.path.length + 1);
      const version = other.path === '' ? swedish : `/${other.path}${swedish}`;
      expect(link.href).toBe(byUrl.has(version) ? version : other.path === '' ? '/' : `/${other.path}/`);
    }
  });
});

describe('hreflang alternates and canonical links', () => {
  // Search engines accept them only as full addresses, and content/site.yaml has no url yet: the
  // language switch links the editions, and tests/builds/rtl-language.test.ts builds a copy with a
  // url and checks that its alternates point both ways.
  it('are on no page while site.yaml has no url', () => {
    expect(pages.filter((page) => alternates(page.html).length > 0 || page.html.includes('rel="canonical"')).map((page) => page.url)).toEqual([]);
  });
});

describe('pages in another language', () => {
  // Every edition in a language other than Swedish, English and those a region adds alike.
  const translated = pages.filter((p) => editionOf(p.url).lang !== referenceEdition.lang);

  it('are there in every such edition', () => {
    expect(new Set(translated.map((p) => editionOf(p.url).code))).toEqual(new Set(editions.filter((e) => e.lang !== referenceEdition.lang).map((e) => e.code)));
  });

  it.each(translated.map((p) => [p.url, p] as const))('%s: menu, acute strip and footer are in its language; its links to the site resolve', (url, page) => {
    const edition = editionOf(url);
    const t = translator(edition);
    const menu = textOf(elements(page.html, 'nav').find((n) => n.includes('class="site-nav"'))!);
    expect(menu).toBe([t('section.hitta-hjalp'), t('section.testa-dina-vanor'), t('section.for-anhoriga'), t('section.kunskap'), t('section.akut')].join(' '));
    expect(textOf(elements(page.html, 'aside')[0]!)).toContain(t('acute.emergency'));
    expect(textOf(elements(page.html, 'footer')[0]!)).toContain(t('footer.reviewed'));
    // A menu link to a section that exists only in Swedish says so with hreflang.
    const menuLinks = [...elements(page.html, 'nav').find((n) => n.includes('class="site-nav"'))!.matchAll(/<a href="([^"]+)"([^>]*)>/g)];
    for (const [, href, rest] of menuLinks) expect(href!.startsWith(`/${edition.path}/`) || rest!.includes('hreflang="sv"'), href).toBe(true);
    for (const href of attributes(page.html, 'a', 'href').filter((h) => h.startsWith('/') && !h.startsWith(`/${edition.path}/`))) {
      expect(byUrl.get(href) ?? byUrl.get(href.replace(/#.*/, '')), href).toBeDefined();
    }
  });
});
