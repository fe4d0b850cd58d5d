// The editors' content report is built with the site, for editors only: not linked, not
// searchable, not for search engines, and the same as `npm run content:report` prints.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../helpers/dist.ts';
import { attributes } from '../helpers/html.ts';

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
    expect(counts.length).toBe(7);
    const headings = [...html.matchAll(/<h2 id="[^"]+"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(counts);
    expect(existsSync(join(distDir, 'innehallsrapport/index.html.br'))).toBe(true);
  });
});
