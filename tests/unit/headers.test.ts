// deploy/headers.ts is the one source of the production headers: the nginx snippets and
// public/_headers are written from it and must not have been edited apart from it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminPolicy, astroCsp, editorApiOrigins, headerOnlyDirectives, headersFile, headersFor, nginxSnippets, pagePolicy, searchPolicy } from '../../deploy/headers.ts';

const root = join(import.meta.dirname, '../..');
const stale = 'är inte skriven från deploy/headers.ts: kör npm run headers och checka in filerna.';

/** Cloudflare Pages' reading of a `_headers` file: every matching rule in order (`*` anything, `:name` one folder), `! Name` detaches. */
function resolveHeadersFile(text: string, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const pattern = new RegExp(`^${line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')).join('.*')}$`);
      applies = pattern.test(pathname);
      continue;
    }
    if (!applies) continue;
    const detach = /^\s+! (\S+)$/.exec(line);
    if (detach) {
      delete headers[detach[1]!];
      continue;
    }
    const [, name, value] = /^\s+([\w-]+): (.*)$/.exec(line)!;
    headers[name!] = headers[name!] === undefined ? value! : `${headers[name!]}, ${value}`;
  }
  return headers;
}

const samplePaths = [
  '/',
  '/akut/',
  '/mottagningar/region-blekinge-beroendemottagning/',
  '/sok/',
  '/sok/sidor.json',
  '/admin/',
  '/admin/decap-cms.js',
  '/_astro/BaseLayout.D0yEhjya.css',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/pagefind.sv_77fb6bea4d.pf_meta',
  '/pagefind/index/sv_1c787e7.pf_index',
  '/pagefind/fragment/sv_1064729.pf_fragment',
  '/pagefind/filter/sv_38703f2.pf_filter',
  '/en/sok/',
  '/en/sok/sidor.json',
  '/en/akut/',
  '/pagefind/en/pagefind.js',
  '/pagefind/en/pagefind.en_1a2b3c4d5e.pf_meta',
  '/pagefind/en/index/en_1c787e7.pf_index',
  '/pagefind/en/fragment/en_1064729.pf_fragment',
  '/data/services.json',
  '/favicon.svg',
];

describe('the production headers', () => {
  it('are written to deploy/ and public/_headers exactly as deploy/headers.ts says', () => {
    for (const [name, text] of Object.entries(nginxSnippets())) {
      expect(readFileSync(join(root, 'deploy', name), 'utf8'), `deploy/${name} ${stale}`).toBe(text);
    }
    expect(readFileSync(join(root, 'public/_headers'), 'utf8'), `public/_headers ${stale}`).toBe(headersFile());
  });

  it.each(samplePaths)('%s: a host reading public/_headers sends what nginx is told to send', (path) => {
    expect(resolveHeadersFile(headersFile(), path)).toEqual(headersFor(path));
  });

  it('cache hashed files for a year and make everything else ask again', () => {
    expect(headersFor('/_astro/BaseLayout.D0yEhjya.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/pagefind/index/sv_1c787e7.pf_index')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/sok/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/data/services.json']) {
      expect(headersFor(path)['Cache-Control']).toBe('no-cache');
    }
  });

  it('have a strict policy: nothing inline, nothing evaluated, WebAssembly only on the search page', () => {
    for (const policy of [pagePolicy, searchPolicy]) {
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|\*/);
      for (const directive of ["default-src 'none'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'", "object-src 'none'"]) {
        expect(policy).toContain(directive);
      }
    }
    expect(pagePolicy).not.toContain('wasm-unsafe-eval');
    expect(searchPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headersFor('/sok/')['Content-Security-Policy']).toBe(searchPolicy);
    expect(headersFor('/en/sok/')['Content-Security-Policy']).toBe(searchPolicy);
    expect(headersFor('/akut/')['Content-Security-Policy']).toBe(pagePolicy);
    expect(headersFor('/en/akut/')['Content-Security-Policy']).toBe(pagePolicy);
    expect(headersFor('/pagefind/en/index/en_1c787e7.pf_index')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('give the editor at /admin/ its own policy: its files and the git host\'s API only, never indexed; public pages keep theirs', () => {
    expect(adminPolicy(['https://gitlab.region.se'])).toBe(
      "default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' https://gitlab.region.se; manifest-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'",
    );
    expect(headersFor('/admin/')['Content-Security-Policy']).toBe(adminPolicy(editorApiOrigins()));
    expect(headersFor('/admin/decap-cms.js')['X-Robots-Tag']).toBe('noindex, nofollow');
    for (const path of samplePaths.filter((p) => !p.startsWith('/admin/'))) {
      expect(headersFor(path)['Content-Security-Policy'], path).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
      expect(headersFor(path)['X-Robots-Tag'], path).toBeUndefined();
    }
    const siteYaml = (text: string) => {
      const file = join(mkdtempSync(join(tmpdir(), 'site-')), 'site.yaml');
      writeFileSync(file, text);
      return pathToFileURL(file);
    };
    expect(editorApiOrigins(siteYaml('name: x\n'))).toEqual([]);
    expect(editorApiOrigins(siteYaml('editor: { host: github, repo: a/b }\n'))).toEqual(['https://api.github.com']);
    expect(editorApiOrigins(siteYaml('editor: { host: gitlab, repo: a/b, hostUrl: "https://git.region.se/" }\n'))).toEqual(['https://git.region.se']);
  });

  it('say HSTS, no referrer and same-origin opener on every response', () => {
    for (const path of samplePaths) {
      const headers = headersFor(path);
      expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
      expect(headers['Referrer-Policy']).toBe('no-referrer');
      expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    }
  });
});

// What astro.config.mjs gives Astro for the <meta> policy. The policies Astro writes into the built
// pages are compared with the header in tests/site/meta-csp.test.ts.
describe("Astro's <meta> policy", () => {
  it('is the page policy without what only a header can carry; Astro adds its hashes to script-src and style-src', () => {
    const { directives = [], scriptDirective, styleDirective } = astroCsp();
    const meta = [...directives, `script-src ${scriptDirective?.resources?.join(' ')}`, `style-src ${styleDirective?.resources?.join(' ')}`];
    const header = pagePolicy.split('; ').filter((directive) => !headerOnlyDirectives.has(directive.split(' ')[0]!));
    expect([...meta].sort()).toEqual([...header].sort());
  });
});
