// Every built page carries the production policy twice: nginx sends it as a header (deploy/headers.ts)
// and Astro writes it as a <meta> tag generated from the same module (astroCsp()). They may differ
// only in what Astro adds (the hashes of its bundled scripts and styles, in script-src and
// style-src) and in what a <meta> policy cannot carry (frame-ancestors): any other difference
// means one of them allows or forbids something the other does not.
import { describe, expect, it } from 'vitest';
import { headerOnlyDirectives, headersFor } from '../../deploy/headers.ts';
import { builtPages } from '../helpers/dist.ts';

const hashedDirectives = new Set(['script-src', 'style-src']);
const isHash = (source: string) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source);

/** Directive → its sources in order; a directive named twice is kept twice, so the test sees it. */
function directives(policy: string): [string, string][] {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): [string, string] => {
      const [name, ...sources] = part.split(/\s+/);
      return [name!.toLowerCase(), sources.join(' ')];
    })
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The meta policy with Astro's hashes taken out of the two directives it hashes for. */
function withoutAstroHashes(policy: string): [string, string][] {
  return directives(policy).map(([name, sources]): [string, string] => [
    name,
    hashedDirectives.has(name) ? sources.split(' ').filter((source) => !isHash(source)).join(' ') : sources,
  ]);
}

// Astro writes http-equiv before content; its policy has no double quotes to escape.
const metaPolicies = (html: string) =>
  [...html.matchAll(/<meta\s[^>]*http-equiv="content-security-policy"[^>]*\scontent="([^"]*)"/gi)].map((m) => m[1]!);

const pages = builtPages();

describe('the <meta> policy of every built page is the header policy', () => {
  it('covers every page', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages.map(({ url, html }) => ({ url, html })))('$url', ({ url, html }) => {
    const metas = metaPolicies(html);
    expect(metas, 'one <meta> policy').toHaveLength(1);
    const header = headersFor(url)['Content-Security-Policy']!;
    const expected = directives(header).filter(([name]) => !headerOnlyDirectives.has(name));
    expect(withoutAstroHashes(metas[0]!)).toEqual(expected);
    // Astro's hashes appear only where the header allows 'self' anyway.
    for (const [name, sources] of directives(metas[0]!)) {
      if (sources.split(' ').some(isHash)) expect(hashedDirectives.has(name), `${name} carries hashes`).toBe(true);
    }
  });
});
