// The production response headers: the one source. `npm run headers` writes from it the nginx
// snippets (security-headers.conf, csp.conf, csp-search.conf, cache-*.conf, which site.conf
// includes) and public/_headers for static hosts that read that file, so the two cannot drift:
// tests/unit/headers.test.ts fails when a written file differs from this module, and
// tests/e2e/headers.spec.ts compares what nginx sends with `headersFor()` for every kind of path.
// The <meta> policy Astro writes into each page is generated from it too (astroCsp(), below).
import type { AstroUserConfig } from 'astro';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Sent with every response, pages, files, redirects and errors alike. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  // Where a reader came from is nobody's business, not even the next site's.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// 'none' by default and each kind of resource allowed from the site itself: stricter than
// default-src 'self', since nothing not named here (frames, workers, media) may load at all.
const pageDirectives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['form-action', "'self'"],
  ['base-uri', "'none'"],
  ['object-src', "'none'"],
  ['frame-ancestors', "'none'"],
];

const policy = (directives: ReadonlyArray<readonly [string, string]>) => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The Content-Security-Policy of every response but the search page's. */
export const pagePolicy = policy(pageDirectives);
/** The search page runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval'; nothing else does. */
export const searchPolicy = policy(pageDirectives.map(([name, value]) => [name, name === 'script-src' ? `${value} 'wasm-unsafe-eval'` : value]));

/**
 * The editor at /admin/ (src/features/editor/): its own files, and the git host's API, the one
 * other host it talks to. Decap CMS styles itself with style elements it writes at run time and
 * checks its configuration with Ajv, which compiles the check with new Function: only here may
 * styles be inline and strings be evaluated. Scripts still come from the site alone.
 */
export function adminPolicy(gitApiOrigins: readonly string[]): string {
  const extra = gitApiOrigins.join(' ');
  return policy(
    pageDirectives.map(([name, value]) => {
      if (name === 'script-src') return [name, `${value} 'unsafe-eval'`];
      if (name === 'style-src') return [name, `${value} 'unsafe-inline'`];
      if (name === 'img-src') return [name, `${value} data: blob:`];
      if (name === 'connect-src' && extra) return [name, `${value} ${extra}`];
      return [name, value];
    }),
  );
}

/** The git host's API named in content/site.yaml's editor block (none without one). */
export function editorApiOrigins(siteYaml = new URL('../content/site.yaml', import.meta.url)): string[] {
  const editor = (parse(readFileSync(siteYaml, 'utf8')) as { editor?: { host?: string; hostUrl?: string } } | null)?.editor;
  if (!editor) return [];
  if (editor.hostUrl && URL.canParse(editor.hostUrl)) return [new URL(editor.hostUrl).origin];
  return [editor.host === 'github' ? 'https://api.github.com' : 'https://gitlab.com'];
}

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type AstroCspDirective = NonNullable<AstroCsp['directives']>[number];

/** Directives a `<meta>` policy cannot carry: browsers ignore them there, so only the header sends them. */
export const headerOnlyDirectives: ReadonlySet<string> = new Set(['frame-ancestors']);

/**
 * The page policy as Astro's `security.csp` (astro.config.mjs) takes it, for the `<meta>` policy
 * Astro writes into every page: the same policy in force where a host sends no header. Astro
 * writes script-src and style-src itself, with the hashes of the scripts and styles it bundles,
 * so their sources go in as resources (setting them replaces Astro's defaults). /sok/ adds
 * 'wasm-unsafe-eval' to its own (src/pages/sok.astro), as searchPolicy does.
 * tests/site/meta-csp.test.ts compares every built page's meta policy with headersFor().
 */
export function astroCsp(): AstroCsp {
  const sources = (directive: string) => pageDirectives.find(([name]) => name === directive)![1].split(' ');
  return {
    directives: pageDirectives
      .filter(([name]) => name !== 'script-src' && name !== 'style-src' && !headerOnlyDirectives.has(name))
      .map(([name, value]) => `${name} ${value}` as AstroCspDirective),
    scriptDirective: { resources: sources('script-src') },
    styleDirective: { resources: sources('style-src') },
  };
}

export const revalidate = 'no-cache';
export const immutable = 'public, max-age=31536000, immutable';

/**
 * Rules in the order a `_headers` file lists them. A later matching rule replaces the headers it
 * names (Cloudflare Pages' `_headers` joins repeated headers with commas, so the file detaches
 * each one first with `! Name`).
 */
export const headerRules: ReadonlyArray<{ pattern: string; why: string; headers: Readonly<Record<string, string>> }> = [
  { pattern: '/*', why: 'Every response', headers: { ...securityHeaders, 'Content-Security-Policy': pagePolicy, 'Cache-Control': revalidate } },
  { pattern: '/sok/*', why: "The search page: Pagefind's WebAssembly", headers: { 'Content-Security-Policy': searchPolicy } },
  { pattern: '/admin/*', why: "The content editor: its own files and the git host's API", headers: { 'Content-Security-Policy': adminPolicy(editorApiOrigins()), 'X-Robots-Tag': 'noindex, nofollow' } },
  { pattern: '/:edition/sok/*', why: "An edition's own search page (/en/sok/): Pagefind's WebAssembly", headers: { 'Content-Security-Policy': searchPolicy } },
  { pattern: '/_astro/*', why: 'Content-hashed file names: safe to keep for a year', headers: { 'Cache-Control': immutable } },
  // Swedish in /pagefind/, another language's bundle in /pagefind/<lang>/ (see the Pagefind integration).
  ...['/pagefind', '/pagefind/:lang'].flatMap((bundle) =>
    ['index', 'fragment', 'filter'].map((folder) => ({
      pattern: `${bundle}/${folder}/*`,
      why: "Pagefind's files named by their content",
      headers: { 'Cache-Control': immutable },
    })),
  ),
  { pattern: '/pagefind/*.pf_meta', why: "Pagefind's meta file, named by its content", headers: { 'Cache-Control': immutable } },
];

/** As Cloudflare Pages reads a rule: `*` stands for anything, `:name` for one folder's name. */
function matches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split(/(\*|:\w+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The headers a response for this path carries, as the rules above say. */
export function headersFor(pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of headerRules) if (matches(rule.pattern, pathname)) Object.assign(headers, rule.headers);
  return headers;
}

const generated = 'Generated by `npm run headers` from deploy/headers.ts. Edit that file, not this one.';

/** public/_headers (Cloudflare Pages' syntax). */
export function headersFile(): string {
  const lines = [`# ${generated}`];
  headerRules.forEach((rule, index) => {
    lines.push('', `# ${rule.why}`, rule.pattern);
    for (const [name, value] of Object.entries(rule.headers)) {
      if (index > 0) lines.push(`  ! ${name}`);
      lines.push(`  ${name}: ${value}`);
    }
  });
  return `${lines.join('\n')}\n`;
}

/** A comment wrapped at 100 characters, as the hand-written nginx files are. */
function comment(text: string): string {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > 100) {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line].join('\n');
}

const addHeader = (name: string, value: string) => `add_header ${name} "${value}" always;`;

/** The nginx snippets site.conf includes, by file name in deploy/. */
export function nginxSnippets(): Record<string, string> {
  const header = (why: string) => `# ${generated}\n${comment(why)}\n`;
  return {
    'security-headers.conf':
      header(
        'Security headers for every response. nginx drops inherited add_header directives in any block that adds its own, so every location includes this file, one csp*.conf and one cache-*.conf; `always` puts them on error and redirect responses too.',
      ) + Object.entries(securityHeaders).map(([name, value]) => `${addHeader(name, value)}\n`).join(''),
    'csp.conf': header("The Content-Security-Policy of every response but the search page's.") + `${addHeader('Content-Security-Policy', pagePolicy)}\n`,
    'csp-admin.conf':
      header("The content editor at /admin/: its own files and the git host's API (content/site.yaml, editor), styles it writes at run time, never indexed.") +
      `${addHeader('Content-Security-Policy', adminPolicy(editorApiOrigins()))}\n${addHeader('X-Robots-Tag', 'noindex, nofollow')}\n`,
    'csp-search.conf':
      header("The search page runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval'; nothing else does.") + `${addHeader('Content-Security-Policy', searchPolicy)}\n`,
    'cache-revalidate.conf': header('Pages and files whose names stay the same: ask every time.') + `${addHeader('Cache-Control', revalidate)}\n`,
    'cache-immutable.conf': header('Files named by their content: safe to keep for a year.') + `${addHeader('Cache-Control', immutable)}\n`,
  };
}
