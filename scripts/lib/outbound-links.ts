// The pure parts of `npm run check:links`: finding the links that leave the site, in the built
// HTML and in the content files, and sorting the answers into a report. The requests themselves
// are in scripts/check-links.ts.

/** Where a link was found: a page's address (/kunskap/alkohol/) or a content file (content/…). */
export type LinkedFrom = Map<string, string[]>;

const attributePattern = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
// A URL in running text or YAML ends at white space, a quote, an angle bracket or a closing
// bracket; punctuation that ends a sentence is not part of it.
const textUrlPattern = /https?:\/\/[^\s"'<>()[\]{}|\\^`]+/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The address as it is requested: absolute http(s), without the fragment (never sent). */
export function normaliseUrl(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed) || !URL.canParse(trimmed)) return undefined;
  const url = new URL(trimmed);
  url.hash = '';
  return url.href;
}

/** Every absolute http(s) address in an href or src attribute. */
export function linksInHtml(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(attributePattern)) {
    const url = normaliseUrl(decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''));
    if (url) links.push(url);
  }
  return [...new Set(links)];
}

/** Every http(s) address written in a content file: sources, web fields, links in MDX text. */
export function linksInText(text: string): string[] {
  const links: string[] = [];
  for (const [match] of text.matchAll(textUrlPattern)) {
    const url = normaliseUrl(match.replace(/[.,;:!?*_]+$/, ''));
    if (url) links.push(url);
  }
  return [...new Set(links)];
}

/** True when the address leads to another host than the site's own. */
export function isOutbound(url: string, ownHosts: ReadonlySet<string>): boolean {
  return !ownHosts.has(new URL(url).hostname.toLowerCase());
}

/** Each outbound address once, with every page and file that links to it (files first, then pages). */
export function indexLinks(found: { where: string; links: string[] }[], ownHosts: ReadonlySet<string> = new Set()): LinkedFrom {
  const index: LinkedFrom = new Map();
  for (const { where, links } of found) {
    for (const url of links) {
      if (!isOutbound(url, ownHosts)) continue;
      const list = index.get(url) ?? [];
      if (!list.includes(where)) list.push(where);
      index.set(url, list);
    }
  }
  const filesFirst = (a: string, b: string) => Number(!a.startsWith('content/')) - Number(!b.startsWith('content/')) || a.localeCompare(b);
  for (const list of index.values()) list.sort(filesFirst);
  return new Map([...index].sort(([a], [b]) => a.localeCompare(b)));
}

/** The addresses in an order that takes one host at a time, so that a few requests at once go to different servers. */
export function interleaveByHost(urls: Iterable<string>): string[] {
  const byHost = new Map<string, string[]>();
  for (const url of urls) {
    const host = new URL(url).hostname;
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const queues = [...byHost.values()];
  const order: string[] = [];
  for (let round = 0; order.length < queues.reduce((n, q) => n + q.length, 0); round++) {
    for (const queue of queues) if (round < queue.length) order.push(queue[round]!);
  }
  return order;
}

/** Why a request got no HTTP answer. */
export type FailureKind = 'dns' | 'connection' | 'timeout' | 'tls' | 'other';

export interface LinkResult {
  url: string;
  /** The HTTP status of the last answer, after redirects. */
  status?: number;
  failure?: { kind: FailureKind; detail: string };
  /** Set when the first answer was a permanent redirect (301, 308): the address it ends at. */
  movedTo?: string;
  movedStatus?: number;
}

/** Sorts a failed fetch by its cause's error code. */
export function failureKind(error: unknown): FailureKind {
  const { name, cause } = (error ?? {}) as { name?: string; cause?: { code?: string; name?: string } };
  if (name === 'TimeoutError' || name === 'AbortError' || cause?.name === 'ConnectTimeoutError' || cause?.code === 'UND_ERR_CONNECT_TIMEOUT' || cause?.code === 'ETIMEDOUT') return 'timeout';
  const code = cause?.code ?? '';
  if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL'].includes(code)) return 'dns';
  if (['ECONNREFUSED', 'ECONNRESET', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EPIPE', 'UND_ERR_SOCKET'].includes(code)) return 'connection';
  if (/CERT|SSL|TLS/.test(code)) return 'tls';
  return 'other';
}

export const isBroken = (result: LinkResult) => result.failure !== undefined || (result.status !== undefined && result.status >= 400);

/**
 * True when none of the first requests (one per host) reached any server: the machine is offline,
 * not every link broken.
 */
export function looksOffline(first: LinkResult[]): boolean {
  return first.length > 0 && first.every((r) => r.failure !== undefined && (r.failure.kind === 'dns' || r.failure.kind === 'connection'));
}

const failureLabels: Record<FailureKind, string> = {
  dns: 'Adressen finns inte (DNS)',
  connection: 'Servern svarar inte (anslutningen bröts eller nekades)',
  timeout: 'Inget svar inom tidsgränsen',
  tls: 'Fel på webbplatsens certifikat (https)',
  other: 'Begäran misslyckades',
};

function statusLabel(status: number): string {
  const names: Record<number, string> = { 400: 'Felaktig begäran', 401: 'Kräver inloggning', 403: 'Förbjuden', 404: 'Finns inte', 410: 'Borttagen', 429: 'För många förfrågningar', 500: 'Serverfel', 502: 'Felaktig gateway', 503: 'Inte tillgänglig', 504: 'Gateway-tidsgräns' };
  return `${status} ${names[status] ?? (status >= 500 ? 'Serverfel' : 'Klientfel')}`;
}

export interface ReportGroup {
  label: string;
  links: { url: string; detail?: string; linkedFrom: string[] }[];
}

export interface LinkReport {
  broken: ReportGroup[];
  moved: { url: string; to: string; status: number; linkedFrom: string[] }[];
  ok: number;
}

/** Broken links grouped by status (most common first), permanent redirects, and how many were fine. */
export function groupResults(results: LinkResult[], linkedFrom: LinkedFrom): LinkReport {
  const groups = new Map<string, ReportGroup>();
  const moved: LinkReport['moved'] = [];
  let ok = 0;
  for (const result of results) {
    const from = linkedFrom.get(result.url) ?? [];
    if (isBroken(result)) {
      const label = result.failure ? failureLabels[result.failure.kind] : statusLabel(result.status!);
      const group = groups.get(label) ?? { label, links: [] };
      const detail = result.failure?.detail ?? (result.movedTo ? `flyttad till ${result.movedTo}` : undefined);
      group.links.push({ url: result.url, ...(detail ? { detail } : {}), linkedFrom: from });
      groups.set(label, group);
      continue;
    }
    if (result.movedTo) moved.push({ url: result.url, to: result.movedTo, status: result.movedStatus ?? 301, linkedFrom: from });
    else ok += 1;
  }
  const broken = [...groups.values()].sort((a, b) => b.links.length - a.links.length || a.label.localeCompare(b.label));
  for (const group of broken) group.links.sort((a, b) => a.url.localeCompare(b.url));
  moved.sort((a, b) => a.url.localeCompare(b.url));
  return { broken, moved, ok };
}

/** Where a link is found, shortened: every content file, then the first pages and how many more. */
export function describeLinkedFrom(linkedFrom: string[], maxPages = 3): string {
  const files = linkedFrom.filter((w) => w.startsWith('content/'));
  const pages = linkedFrom.filter((w) => !w.startsWith('content/'));
  const shown = [...files, ...pages.slice(0, maxPages)];
  const more = pages.length - Math.min(pages.length, maxPages);
  return more > 0 ? `${shown.join(', ')} och ${more} ${more === 1 ? 'sida' : 'sidor'} till` : shown.join(', ');
}

/** The report as text, in Swedish. */
export function formatReport(report: LinkReport): string {
  const lines: string[] = [];
  const brokenCount = report.broken.reduce((n, g) => n + g.links.length, 0);
  if (brokenCount > 0) {
    lines.push(`TRASIGA LÄNKAR (${brokenCount})`, '');
    for (const group of report.broken) {
      lines.push(`${group.label} (${group.links.length}):`);
      for (const link of group.links) {
        lines.push(`  ${link.url}${link.detail ? `  [${link.detail}]` : ''}`);
        lines.push(`      finns i: ${describeLinkedFrom(link.linkedFrom)}`);
      }
      lines.push('');
    }
  }
  if (report.moved.length > 0) {
    lines.push(`FLYTTADE PERMANENT (${report.moved.length}) – varning: byt till den nya adressen`, '');
    for (const link of report.moved) {
      lines.push(`  ${link.status} ${link.url}`, `      ny adress: ${link.to}`, `      finns i: ${describeLinkedFrom(link.linkedFrom)}`);
    }
    lines.push('');
  }
  lines.push(`${brokenCount} trasiga, ${report.moved.length} flyttade, ${report.ok} fungerar.`);
  return lines.join('\n');
}
