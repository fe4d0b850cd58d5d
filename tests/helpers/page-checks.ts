// The checks every built HTML page must pass, over any built site: the region's dist/
// (tests/site/built-pages.test.ts) and a second region built from content alone
// (tests/builds/second-region.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { BuiltPage } from './dist.ts';
import { attributes, elements, textOf } from './html.ts';
import { editionForPath, translator } from '../../src/i18n/editions.ts';

/** One describe block per page: valid HTML, structure, acute strip, quick exit, review date, hosts, links. */
export function describeBuiltPages(pages: BuiltPage[], distDir: string, quickExitUrl: string) {
  describe.each(pages)('$url', ({ url, html, file }) => {
    // Each page speaks its edition's language: /en/… English, the rest Swedish.
    const edition = editionForPath(url);
    const t = translator(edition);
    it('is valid HTML (html-validate)', async () => {
      const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
      const report = await validator.validateString(html, file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      expect(messages).toEqual([]);
    });

    it('ships no HTML comment (comments in templates are for developers, and cost bytes on every page)', () => {
      expect(html.match(/<!--[\s\S]*?-->/g) ?? []).toEqual([]);
    });

    it('has a language, a title and exactly one h1', () => {
      expect(html).toMatch(new RegExp(`<html[^>]* lang="${edition.lang}"`));
      expect(textOf(elements(html, 'title')[0] ?? '')).not.toBe('');
      expect(elements(html, 'h1')).toHaveLength(1);
    });

    it('has the acute strip with 112, 1177 and the suicide line as tel: links', () => {
      const strip = elements(html, 'aside').find((a) => a.includes('data-acute-strip'));
      expect(strip).toBeDefined();
      const tels = attributes(strip!, 'a', 'href').filter((h) => h.startsWith('tel:'));
      expect(tels).toEqual(['tel:112', 'tel:1177', 'tel:90101']);
      // compressHTML must not glue words to the numbers.
      expect(textOf(strip!)).toContain(`${t('acute.emergency')} 112`);
    });

    it('has the quick exit, which works as a plain link without JavaScript', () => {
      const exit = elements(html, 'quick-exit')[0];
      expect(exit).toBeDefined();
      expect(attributes(exit!, 'a', 'href')).toEqual([quickExitUrl]);
      expect(textOf(exit!)).toContain(t('quickExit.button'));
    });

    // "22 november 2026", "November 22, 2026", Finnish "22. marraskuuta 2026".
    it('shows when its content was last reviewed', () => {
      expect(textOf(elements(html, 'footer')[0] ?? '')).toMatch(new RegExp(`${t('footer.reviewed')}: (\\d{1,2}\\.? \\p{L}+|\\p{L}+ \\d{1,2},) \\d{4}`, 'u'));
    });

    it('loads nothing from another host; only plain links lead out', () => {
      const loaded = [
        ...attributes(html, '[a-z]+', 'src'),
        ...attributes(html, '[a-z]+', 'srcset'),
        ...attributes(html, '[a-z]+', 'action'),
        ...attributes(html, '[a-z]+', 'poster'),
        ...attributes(html, '(?!a\\b)[a-z]+', 'href'),
      ];
      expect(loaded.filter((value) => /^(https?:)?\/\//.test(value))).toEqual([]);
      expect(html).not.toMatch(/<(iframe|embed|object)\b/);
      expect(html).not.toMatch(/\sstyle="/);
    });

    it('links only to pages, files and anchors that exist', () => {
      const hasId = (text: string, id: string) => new RegExp(`\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(text);
      const internal = [...attributes(html, 'a', 'href'), ...attributes(html, 'link', 'href')].filter((h) => !/^(https?:|mailto:|tel:)/.test(h));
      const broken = internal.filter((href) => {
        const [path, fragment] = href.split('#') as [string, string | undefined];
        if (path === '') return fragment === undefined || !hasId(html, decodeURIComponent(fragment));
        const target = new URL(path, `http://site${url}`).pathname;
        const file = join(distDir, decodeURIComponent(target), target.endsWith('/') ? 'index.html' : '');
        if (!existsSync(file)) return true;
        if (fragment === undefined) return false;
        return !hasId(readFileSync(file, 'utf8'), decodeURIComponent(fragment));
      });
      expect(broken).toEqual([]);
    });
  });
}
