// /admin/ is staff's editor, not a page of the public site: the page checks leave it out
// (tests/helpers/dist.ts) and these check it on its own terms. It is never indexed, never in the
// search catalogue, and nothing on a public page links to it or loads a file from it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { notConfiguredPage } from '../../src/features/editor/admin.ts';
import { adminPages, builtPages, distDir } from '../helpers/dist.ts';

const site = parse(readFileSync(join(import.meta.dirname, '../../content/site.yaml'), 'utf8')) as { editor?: unknown };
const admin = adminPages();
const adminPage = () => admin.find((page) => page.url === '/admin/')!;

describe('/admin/', () => {
  it('is built, and tells search engines to leave it out', () => {
    expect(admin.map((page) => page.url).sort()).toEqual(['/admin/', '/admin/guide/']);
    for (const page of admin) {
      expect(page.html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(page.html).not.toContain('data-pagefind');
    }
  });

  it('without an editor block in content/site.yaml: the Swedish page saying what to fill in, and no editor shipped', () => {
    if (site.editor) return expect(adminPage().html).toContain('/admin/decap-cms.js');
    expect(adminPage().html).toBe(notConfiguredPage());
    expect(readdirSync(join(distDir, 'admin')).filter((name) => !/^index\.html(\.br|\.gz)?$/.test(name) && name !== 'guide')).toEqual([]);
  });

  it('has the staff guide, linked from the page without an editor, its pictures all there and light', () => {
    const guide = admin.find((page) => page.url === '/admin/guide/')!;
    if (!site.editor) expect(adminPage().html).toContain('<a href="/admin/guide/">');
    const pictures = [...guide.html.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]!);
    expect(pictures.length).toBeGreaterThanOrEqual(5);
    const folder = join(distDir, 'admin/guide');
    const bytes = pictures.reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
    expect(bytes, 'the guide\'s pictures together').toBeLessThan(400_000);
    // Nothing from another host: the guide works under /admin/'s policy as it is.
    expect(guide.html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('is neither in the search catalogue nor in the Pagefind index', () => {
    expect(readFileSync(join(distDir, 'sok/sidor.json'), 'utf8')).not.toContain('/admin/');
    for (const name of readdirSync(join(distDir, 'pagefind/fragment'))) {
      expect(readFileSync(join(distDir, 'pagefind/fragment', name)).includes('/admin/')).toBe(false);
    }
    for (const name of ['sitemap.xml', 'sitemap-index.xml', 'sitemap-0.xml']) expect(existsSync(join(distDir, name))).toBe(false);
  });

  it('no public page links to it or loads anything from it', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((page) => /(?:href|src)="[^"]*\/admin\//.test(page.html)).map((page) => page.url)).toEqual([]);
  });
});
