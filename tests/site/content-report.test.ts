// The editors' content report is built with the site, for editors only: not linked, not
// searchable, not for search engines, and the same as `npm run content:report` prints.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../helpers/dist.ts';
import { attributes } from '../helpers/html.ts';
import { realContent } from '../helpers/navigator-data.ts';

const root = join(import.meta.dirname, '../..');
const path = '/innehallsrapport/';
const html = readFileSync(join(distDir, 'innehallsrapport/index.html'), 'utf8');

describe('the content report page', () => {
  it('asks search engines not to list it and is left out of the site\'s search', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('data-pagefind-body');
    expect(readFileSync(join(distDir, 'sok/sidor.json'), 'utf8')).not.toContain(path);
  });

  it('is linked from no other page', () => {
    const linking = builtPages().filter((page) => page.url !== path && attributes(page.html, 'a', 'href').some((href) => href.startsWith(path)));
    expect(linking.map((page) => page.url)).toEqual([]);
  });

  it('shows the same counts as the Markdown report', () => {
    const markdown = execFileSync(process.execPath, [join(root, 'scripts/content-report.ts')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const counts = [...markdown.matchAll(/^## (.+) \((\d+)\)$/gm)].map((m) => `${m[1]} (${m[2]})`);
    expect(counts.length).toBe(9);
    const headings = [...html.matchAll(/<h2 id="[^"]+"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(counts);
    expect(existsSync(join(distDir, 'innehallsrapport/index.html.br'))).toBe(true);
  });

  // Issue 19: every translated page with translationReviewed: false, in the page and in the Markdown.
  it('lists the translations no native speaker has reviewed', () => {
    const markdown = execFileSync(process.execPath, [join(root, 'scripts/content-report.ts')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const listed = /## Översättningar som ingen modersmålstalare har granskat \((\d+)\)\n([\s\S]*?)(?=\n## )/.exec(markdown)!;
    const section = /<section aria-labelledby="oversattningar-ej-granskade"[^>]*>([\s\S]*?)<\/section>/.exec(html)![1]!;
    const unreviewed = realContent().filter((e) => ['pages', 'knowledge'].includes(e.collection) && e.data['translationReviewed'] === false);
    expect(unreviewed.length).toBeGreaterThanOrEqual(12);
    expect(Number(listed[1])).toBe(unreviewed.length);
    for (const code of ['ar', 'fa', 'so', 'fi']) {
      for (const file of [`content/pages/${code}/start.mdx`, `content/pages/${code}/akut.mdx`, `content/kunskap/${code}/hjalp-pa-ditt-sprak.mdx`]) {
        expect(listed[2], file).toContain(file);
        expect(section, file).toContain(file);
      }
    }
  });
});

describe("the content report's call list (issue 16, point 10)", () => {
  const content = realContent();
  const site = readFileSync(join(root, 'content/site.yaml'), 'utf8');
  const municipalityIds = [...(/^municipalities:\n((?:  - .+\n)+)/m.exec(site)?.[1] ?? '').matchAll(/- (\S+)/g)].map((m) => m[1]!);
  const sheets = [...html.matchAll(/<section[^>]*data-call-sheet="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => ({ id: m[1]!, html: m[2]! }));
  const unverified = content.filter((e) => ['services', 'programmes'].includes(e.collection) && e.data['verified'] === false);
  const fileOf = (e: (typeof content)[number]) => `content/${e.collection}/${e.id}.yaml`;
  // A municipality's own file, when it or its switchboard is unverified, is on its sheet too.
  const switchboardUnverified = (e: (typeof content)[number]) => (e.data['switchboard'] as { verified?: boolean } | undefined)?.verified === false;
  const servedBy = (id: string) => [
    ...unverified.filter((e) => Array.isArray(e.data['municipalities']) && e.data['municipalities'].length === 1 && e.data['municipalities'][0] === id),
    ...content.filter((e) => e.collection === 'municipalities' && e.id === id && (e.data['verified'] === false || switchboardUnverified(e))),
  ];

  it('has one sheet per municipality, in the site\'s order, then the region and the national lines', () => {
    expect(municipalityIds.length).toBeGreaterThan(0);
    expect(sheets.map((s) => s.id)).toEqual([...municipalityIds, 'regionen', 'nationellt']);
  });

  it("lists on each municipality's sheet every unverified offer for it alone, each with questions", () => {
    for (const id of municipalityIds) {
      const sheet = sheets.find((s) => s.id === id)!;
      const listed = [...sheet.html.matchAll(/data-call-item="([^"]+)"/g)].map((m) => m[1]!);
      expect(listed.sort(), id).toEqual(servedBy(id).map(fileOf).sort());
      for (const item of sheet.html.split('data-call-item=').slice(1)) expect(item, id).toMatch(/<li data-fact="[a-z]+/i);
    }
  });

  it("lists every other unverified offer on the region's sheet and every unverified national line on its own", () => {
    const listedOn = (id: string) => [...sheets.find((s) => s.id === id)!.html.matchAll(/data-call-item="([^"]+)"/g)].map((m) => m[1]!).sort();
    const local = new Set(municipalityIds.flatMap((id) => servedBy(id).map(fileOf)));
    expect(listedOn('regionen')).toEqual(unverified.map(fileOf).filter((file) => !local.has(file)).sort());
    expect(listedOn('nationellt')).toEqual(content.filter((e) => e.collection === 'helplines' && e.data['verified'] === false).map(fileOf).sort());
  });
});
