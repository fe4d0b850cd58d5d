// Words in content/ordlista.yaml link to their explanation where they first appear in a page's text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';

const page = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const termLinks = (html: string) => [...html.matchAll(/<a href="\/ordlista\/#([a-z-]+)" class="term">/g)].map((m) => m[1]);

describe('glossary links', () => {
  it('link each explained word once, at its first appearance in running text', () => {
    const html = page('kunskap/tvangsvard-lvm-och-lpt');
    const links = termLinks(html);
    expect(links).toContain('lvm');
    expect(links).toContain('lpt');
    expect(new Set(links).size).toBe(links.length);
    expect(html).not.toMatch(/<h[1-6][^>]*>[^<]*<a href="\/ordlista\//);
  });

  it('every linked word has its explanation on /ordlista/', () => {
    const glossary = page('ordlista');
    for (const id of termLinks(page('kunskap/samordnad-individuell-plan'))) expect(glossary).toContain(`id="${id}"`);
  });
});
