// Checks over every HTML file the build produced.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../helpers/dist.ts';
import { describeBuiltPages } from '../helpers/page-checks.ts';

const pages = builtPages();
const site = readFileSync(join(import.meta.dirname, '../../content/site.yaml'), 'utf8');
const helplineIds = readdirSync(join(import.meta.dirname, '../../content/helplines')).map((file) => file.replace(/\.ya?ml$/, ''));
const quickExitUrl = /quickExitUrl: (\S+)/.exec(site)![1]!;

describe('the build', () => {
  it('produced the foundation pages', () => {
    expect(pages.map((p) => p.url)).toEqual(
      expect.arrayContaining(['/', '/404.html', '/akut/', '/integritet/', '/om-webbplatsen/', '/tillganglighetsredogorelse/']),
    );
  });
});

describeBuiltPages(pages, distDir, quickExitUrl);

describe('a national line named on the acute and start pages', () => {
  it.each(['/akut/', '/'])('links from its card on %s to its own page, which exists', (url) => {
    const html = pages.find((p) => p.url === url)!.html;
    const cards = [...html.matchAll(/<article class="card" id="([^"]+)">([\s\S]*?)<\/article>/g)];
    const lines = cards.filter(([, id]) => helplineIds.includes(id!));
    expect(lines.length).toBeGreaterThan(3);
    for (const [, id, card] of lines) {
      expect(card).toContain(`<a href="/stodlinjer/${id}/">`);
      expect(pages.some((p) => p.url === `/stodlinjer/${id}/`)).toBe(true);
    }
  });
});
