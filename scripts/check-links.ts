// `npm run check:links`: checks every link that leaves the site – in the built pages (dist/) and
// in the content files (sources, web addresses, links in texts) – and reports the broken ones with
// the pages and files that link to them. Needs the network, so it is run by hand, not in CI.
// Exit 0: no link broken (permanent redirects are warnings). 1: some broken. 2: no network.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getSite } from '../src/lib/content/site.ts';
import {
  failureKind,
  formatReport,
  groupResults,
  indexLinks,
  interleaveByHost,
  linksInHtml,
  linksInText,
  looksOffline,
  type LinkResult,
} from './lib/outbound-links.ts';

const timeoutMs = 10_000;
const concurrency = 6;
const maxRedirects = 10;
const userAgent = 'Mozilla/5.0 (compatible; en-vag-in-check-links/0.1; +npm run check:links)';
/** The site's own hosts: links to them (canonical and language links once site.yaml has a url) are not outbound. */
const siteUrl = getSite().url;
const ownHosts = new Set(['localhost', '127.0.0.1', ...(siteUrl ? [new URL(siteUrl).hostname] : [])]);

function files(folder: string, pattern: RegExp): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && pattern.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

function pageAddress(file: string): string {
  const path = relative('dist', file).replace(/\\/g, '/');
  return path === '404.html' ? '/404.html' : `/${path.replace(/index\.html$/, '')}`;
}

async function request(url: string, method: 'HEAD' | 'GET'): Promise<Response> {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-language': 'sv,en;q=0.5' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel().catch(() => {});
  return response;
}

/** HEAD, or GET when the server does not take HEAD; redirects followed one by one. */
async function check(url: string): Promise<LinkResult> {
  let current = url;
  let movedTo: string | undefined;
  let movedStatus: number | undefined;
  try {
    for (let hop = 0; hop <= maxRedirects; hop++) {
      let response = await request(current, 'HEAD');
      if ([403, 405, 501].includes(response.status)) response = await request(current, 'GET');
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, current).href;
        if (hop === 0 && (response.status === 301 || response.status === 308)) movedStatus = response.status;
        current = next;
        if (movedStatus) movedTo = next;
        continue;
      }
      return { url, status: response.status, ...(movedTo && movedStatus ? { movedTo, movedStatus } : {}) };
    }
    return { url, failure: { kind: 'other', detail: `mer än ${maxRedirects} omdirigeringar` } };
  } catch (error) {
    const kind = failureKind(error);
    const cause = (error as { cause?: { code?: string } }).cause;
    return { url, failure: { kind, detail: kind === 'timeout' ? `${timeoutMs / 1000} s` : (cause?.code ?? (error as Error).message) } };
  }
}

async function checkAll(urls: string[]): Promise<LinkResult[]> {
  const results: LinkResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      results.push(await check(url));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return results;
}

const started = performance.now();
const found: { where: string; links: string[] }[] = [];
const pages = files('dist', /\.html$/).filter((f) => !relative('dist', f).startsWith('pagefind'));
for (const file of pages) found.push({ where: pageAddress(file), links: linksInHtml(readFileSync(file, 'utf8')) });
const contentFiles = files('content', /\.(ya?ml|mdx)$/);
for (const file of contentFiles) found.push({ where: file.replace(/\\/g, '/'), links: linksInText(readFileSync(file, 'utf8')) });
if (pages.length === 0) console.log('dist/ saknas eller är tom: bara länkarna i content/ kontrolleras. Kör npm run build först för att också kontrollera sidorna.');

const linkedFrom = indexLinks(found, ownHosts);
const urls = interleaveByHost(linkedFrom.keys());
const hosts = new Set(urls.map((u) => new URL(u).hostname)).size;
console.log(`Kontrollerar ${urls.length} länkar till ${hosts} webbplatser (från ${pages.length} sidor och ${contentFiles.length} filer), ${concurrency} åt gången …`);

// The first request to each of a few hosts: when none of them reaches a server, the network is down.
const firstWave = urls.slice(0, Math.min(hosts, 8));
const first = await checkAll(firstWave);
if (looksOffline(first)) {
  console.error('Nätverket går inte att nå: ingen av de första webbplatserna svarade (namnuppslagning eller anslutning misslyckades). Kör npm run check:links på en dator med internet.');
  process.exit(2);
}
const results = [...first, ...(await checkAll(urls.slice(firstWave.length)))];
const report = groupResults(results, linkedFrom);
const seconds = ((performance.now() - started) / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 0 });
console.log(`\n${formatReport(report)} (${seconds} s)`);
process.exit(report.broken.length > 0 ? 1 : 0);
