// The table of page kinds (src/lib/content/page-kinds.ts) against src/pages/: one kind per route
// file, and the menu, the search types and the untranslatable pages read from it.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedPaths, kindOfPath, pageKinds, sections } from '../../src/lib/content/page-kinds.ts';
import { fixedPages } from '../../src/lib/content/routes.ts';
import { untranslatablePages } from '../../src/lib/content/translation-rules.ts';
import { contentPageType } from '../../src/features/search/profile.ts';

const pagesDir = join(import.meta.dirname, '../../src/pages');
// The editions' route serves every kind marked translatable; the data files are not pages.
const notAKind = (file: string) => file.startsWith('[edition]/') || file.startsWith('data/');
const routeFiles = readdirSync(pagesDir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.astro'))
  .map((d) => relative(pagesDir, join(d.parentPath, d.name)).replace(/\\/g, '/'))
  .filter((file) => !notAKind(file));
/** `hitta-hjalp/[kommun].astro` → `/hitta-hjalp/[kommun]/`, `404.astro` → `/404.html`. */
const routeOf = (file: string) => (file === '404.astro' ? '/404.html' : `/${file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'));

describe('the page kinds', () => {
  it('are the route files of src/pages/, one each', () => {
    expect(pageKinds.map((kind) => kind.path).sort()).toEqual(routeFiles.map(routeOf).sort());
  });

  it('have unique keys', () => {
    expect(new Set(pageKinds.map((kind) => kind.key)).size).toBe(pageKinds.length);
  });

  it('know each fixed page as its own kind', () => {
    for (const kind of pageKinds.filter((k) => !k.path.includes('['))) expect(kindOfPath(kind.path)).toBe(kind);
    expect(fixedPages).toEqual(fixedPaths);
  });

  it('tell apart the kinds that share a folder', () => {
    expect(kindOfPath('/hitta-hjalp/for-mig/')?.key).toBe('navigator-step');
    expect(kindOfPath('/hitta-hjalp/for-mig/alkohol/en-kommun/26-och-aldre/')?.key).toBe('navigator-step');
    expect(kindOfPath('/hitta-hjalp/en-kommun/')?.key).toBe('municipality');
    expect(kindOfPath('/for-anhoriga/guide/')?.key).toBe('relatives-guide');
    expect(kindOfPath('/for-anhoriga/guide/barn/vuxen/')?.key).toBe('relatives-guide-step');
    expect(kindOfPath('/for-anhoriga/barn-och-unga/')?.key).toBe('relatives-article');
    expect(kindOfPath('/for-anhoriga/stod/en-grupp/')?.key).toBe('programme');
    expect(kindOfPath('/finns-inte/')).toBeUndefined();
  });

  it('give the menu: the kinds with a label, in the table\'s order', () => {
    expect(sections.map((s) => s.path)).toEqual(pageKinds.filter((k) => k.menu).map((k) => k.path));
    expect(sections.map((s) => s.key)).toEqual(['hitta-hjalp', 'testa-dina-vanor', 'for-anhoriga', 'kunskap', 'sok', 'akut']);
  });

  it('give the untranslatable content pages', () => {
    // The search page is translated where a language has its own search (content/pages/en/sok.mdx).
    expect([...untranslatablePages].sort()).toEqual(['sidan-finns-inte']);
  });

  it('give a content page its search type', () => {
    expect(Object.fromEntries(['start', 'hitta-hjalp', 'akut', 'kunskap', 'ordlista', 'for-anhoriga', 'for-anhoriga/barn-och-unga', 'testa-dina-vanor', 'om-webbplatsen', 'integritet', 'tillganglighetsredogorelse', 'sok', 'sidan-finns-inte'].map((id) => [id, contentPageType(id)]))).toEqual({
      start: undefined,
      'hitta-hjalp': 'mottagning',
      akut: 'kunskap',
      kunskap: 'kunskap',
      ordlista: 'kunskap',
      'for-anhoriga': 'anhorigstod',
      'for-anhoriga/barn-och-unga': 'anhorigstod',
      'testa-dina-vanor': 'sjalvtest',
      'om-webbplatsen': 'webbplatsen',
      integritet: 'webbplatsen',
      tillganglighetsredogorelse: 'webbplatsen',
      sok: undefined,
      'sidan-finns-inte': undefined,
    });
  });
});
