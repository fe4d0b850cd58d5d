// A region can add a language, right-to-left included, with content and strings only: the
// fixture adds Arabic (src/i18n/ar.yaml, content/pages/ar/) to a copy of the project without the
// shipped Arabic edition and builds it.
// The browser test tests/e2e/rtl-language.spec.ts runs axe on the same build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { attributes, elements, textOf } from '../helpers/html.ts';
import { buildRtlSite, rtlSiteUrl } from '../helpers/rtl-site.ts';
import { builtPages } from '../helpers/dist.ts';

const strings = parse(readFileSync(join(import.meta.dirname, '../fixtures/rtl-language/src/i18n/ar.yaml'), 'utf8')).strings as Record<string, string>;
let dist = '';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  dist = buildRtlSite();
}, 180_000);

describe('a right-to-left language added with content and strings only', () => {
  it.each(['ar', 'ar/akut'])('/%s/ is built in Arabic, right to left, with its own words', (path) => {
    const html = page(path);
    expect(/<html\b[^>]*>/.exec(html)![0]).toMatch(/^<html lang="ar" dir="rtl"[ >]/);
    expect(html).toContain(`>${strings.skipLink}</a>`);
    const menu = textOf(elements(html, 'nav').find((n) => n.includes('class="site-nav"'))!);
    expect(menu).toContain(strings['section.hitta-hjalp']);
    expect(textOf(elements(html, 'footer')[0]!)).toContain(strings['footer.reviewed']);
  });

  it('the Swedish and English pages link to it by its own name, and it links back', () => {
    for (const path of ['akut', 'en/akut']) {
      const switcher = elements(page(path), 'nav').find((n) => n.includes('class="language-switch"'))!;
      expect(switcher).toContain('<a href="/ar/akut/" lang="ar" hreflang="ar" dir="rtl">العربية</a>');
      expect(page(path)).toContain('<link rel="alternate" hreflang="ar" href="https://example.org/ar/akut/">');
    }
    const alternates = attributes(page('ar/akut'), 'link', 'hreflang');
    // Swedish first, then the editions by their files' names.
    expect(alternates).toEqual(['sv', 'ar', 'en', 'fa', 'fi', 'so']);
  });

  it('a translation marked translationReviewed: true has no not-reviewed line; one marked false keeps it', () => {
    for (const path of ['ar', 'ar/akut']) expect(page(path)).not.toContain('data-translation-notice');
    expect(page('fa')).toContain('data-translation-notice');
  });

  it('a page with no Arabic version offers the Arabic start page', () => {
    expect(page('mottagningar/bup-blekinge')).toContain('<a href="/ar/" lang="ar" hreflang="ar" dir="rtl">العربية</a>');
  });
});

describe('with site.yaml\'s url, hreflang alternates are full addresses and point both ways', () => {
  const alternatesOf = (html: string) =>
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => ({ hreflang: m[1]!, href: m[2]! }));
  const lang = (html: string) => /<html\b[^>]*\slang="([^"]+)"/.exec(html)![1];

  it('on every page that has another language\'s version, and each page is its own canonical', () => {
    const pages = builtPages(dist).filter((p) => p.url !== '/404.html');
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    const withAlternates = pages.filter((p) => alternatesOf(p.html).length > 0);
    expect(new Set(withAlternates.map((p) => lang(p.html)))).toEqual(new Set(['sv', 'en', 'ar', 'fa', 'fi', 'so']));
    expect(withAlternates.length).toBeGreaterThanOrEqual(2 * 11);
    for (const page of pages) expect(page.html, page.url).toContain(`<link rel="canonical" href="${new URL(page.url, rtlSiteUrl).href}">`);
    for (const page of withAlternates) {
      const own = alternatesOf(page.html);
      const self = own.find((a) => a.href === new URL(page.url, rtlSiteUrl).href);
      expect(self, `${page.url} names itself`).toBeDefined();
      expect(self!.hreflang).toBe(lang(page.html));
      expect(new Set(own.map((a) => a.hreflang)).size, 'one page per language').toBe(own.length);
      for (const alternate of own) {
        expect(alternate.href.startsWith(rtlSiteUrl)).toBe(true);
        const target = byUrl.get(new URL(alternate.href).pathname);
        expect(target, `${alternate.href} is built`).toBeDefined();
        expect(lang(target!.html)).toBe(alternate.hreflang);
        expect(alternatesOf(target!.html), `${alternate.href} points back`).toEqual(own);
      }
    }
  });
});
