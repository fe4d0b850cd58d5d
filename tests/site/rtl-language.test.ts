// A region can add a language, right-to-left included, with content and strings only: the
// fixture adds Arabic (src/i18n/ar.yaml, content/pages/ar/) to a copy of the project and builds it.
// The browser test tests/e2e/rtl-language.spec.ts runs axe on the same build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { attributes, elements, textOf } from '../helpers/html.ts';
import { buildRtlSite } from '../helpers/rtl-site.ts';

const strings = parse(readFileSync(join(import.meta.dirname, '../fixtures/rtl-language/src/i18n/ar.yaml'), 'utf8')).strings as Record<string, string>;
let dist = '';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  dist = buildRtlSite();
}, 180_000);

describe('a right-to-left language added with content and strings only', () => {
  it.each(['ar', 'ar/akut'])('/%s/ is built in Arabic, right to left, with its own words', (path) => {
    const html = page(path);
    expect(/<html\b[^>]*>/.exec(html)![0]).toBe('<html lang="ar" dir="rtl">');
    expect(html).toContain(`>${strings.skipLink}</a>`);
    const menu = textOf(elements(html, 'nav').find((n) => n.includes('class="site-nav"'))!);
    expect(menu).toContain(strings['section.hitta-hjalp']);
    expect(textOf(elements(html, 'footer')[0]!)).toContain(strings['footer.reviewed']);
  });

  it('the Swedish and English pages link to it by its own name, and it links back', () => {
    for (const path of ['akut', 'en/akut']) {
      const switcher = elements(page(path), 'nav').find((n) => n.includes('class="language-switch"'))!;
      expect(switcher).toContain('<a href="/ar/akut/" lang="ar" hreflang="ar" dir="rtl">العربية</a>');
      expect(page(path)).toContain('<link rel="alternate" hreflang="ar" href="/ar/akut/">');
    }
    const alternates = attributes(page('ar/akut'), 'link', 'hreflang');
    // Swedish first, then the editions by their files' names.
    expect(alternates).toEqual(['sv', 'ar', 'en']);
  });

  it('a page with no Arabic version offers the Arabic start page', () => {
    expect(page('mottagningar/bup-blekinge')).toContain('<a href="/ar/" lang="ar" hreflang="ar" dir="rtl">العربية</a>');
  });
});
