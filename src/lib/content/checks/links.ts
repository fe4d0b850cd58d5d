// Where a link in content may lead: a page the build produces, a file in public/, or another site
// over https (mailto: and tel: for links). Used for links in MDX bodies and for the content
// fields that hold a path on this site. A #fragment is not checked here: the ids it points to
// come from templates as well as from headings, and tests/site/built-pages.test.ts checks every
// fragment against the built page.
import { formatError } from '../../../schemas/messages.ts';
import type { RouteEntry, RouteTable } from '../routes.ts';

/** At most `max` characters of a value, for quoting it in a message. */
export function excerpt(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// Browsers ignore tabs, newlines and leading control characters in a URL, so "java\tscript:" runs too.
const scheme = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
const runsCode = new Set(['javascript', 'vbscript', 'data']);
const otherHost = (url: string) => /^[/\\]{2}/.test(url.trim());

/** True when the value, used as an address, would run code: javascript:, vbscript: or data:. */
export const isCodeUrl = (url: string) => runsCode.has(scheme(url) ?? '');

/** The path of an address on this site, without its query and fragment. */
function sitePath(url: string): string {
  const path = url.trim().replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The name or address closest to `wrong`, when it is close enough to be a slip of the keyboard. */
export function nearest(wrong: string, candidates: Iterable<string>, caseInsensitive = false): string | undefined {
  const norm = (s: string) => (caseInsensitive ? s.toLowerCase() : s);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = levenshtein(norm(wrong), norm(candidate));
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(wrong.length / 2.5)) ? best.candidate : undefined;
}


/** What is wrong with a link in an MDX body, or undefined when it is fine. */
export function linkProblem(url: string, routes: RouteTable | undefined): string | undefined {
  const quoted = `"${excerpt(url.trim())}"`;
  if (url.trim() === '') return 'länken saknar adress. Skriv adressen inom parentesen, t.ex. [Akut hjälp](/akut/).';
  if (isCodeUrl(url)) return `länken ${quoted} kör kod och är inte tillåten. Länka till en sida på webbplatsen, t.ex. /akut/, eller till en hel adress som börjar med https://.`;
  if (otherHost(url)) return `länken ${quoted} saknar https: och leder till en annan webbplats. Skriv hela adressen, t.ex. https://www.1177.se/, eller en sökväg på webbplatsen, t.ex. /akut/.`;
  const kind = scheme(url);
  // "https:annan.example/" has a host for new URL() but is a path on this site to a browser.
  if ((kind === 'https' || kind === 'http') && !/^https?:\/\//i.test(url.trim())) {
    return `länken ${quoted} saknar // efter ${kind}:. Skriv hela adressen, t.ex. https://www.1177.se/.`;
  }
  if (kind === 'https' || kind === 'mailto' || kind === 'tel') return undefined;
  if (kind === 'http') return `länken ${quoted} är inte krypterad. Skriv https:// i stället för http://.`;
  if (kind) return `länken ${quoted} går inte att öppna från webbplatsen. Länka till en sida på webbplatsen (t.ex. /akut/), en hel adress (https://…), mailto: eller tel:.`;
  if (url.trim().startsWith('#')) return undefined;
  if (!url.trim().startsWith('/')) return `länken ${quoted} saknar snedstreck först och leder då olika på olika sidor. Skriv hela sökvägen på webbplatsen, t.ex. /kunskap/kostnader/.`;
  return routes ? missingPage(`länken ${quoted} leder till en sida som inte finns.`, sitePath(url), routes) : undefined;
}

function missingPage(what: string, path: string, routes: RouteTable): string | undefined {
  if (routes.has(path)) return undefined;
  const guess = routes.has(`${path}/`) ? `${path}/` : nearest(path, [...routes.pages, ...routes.files]);
  return guess
    ? `${what} Menade du ${guess}?`
    : `${what} Skriv sökvägen till en sida som finns, som den står i webbläsarens adressfält efter webbplatsens namn, t.ex. /kunskap/.`;
}

/** What is wrong with an image in an MDX body: it must be a file in public/, named by its path. */
export function imageProblem(url: string, routes: RouteTable | undefined): string | undefined {
  const quoted = `"${excerpt(url.trim())}"`;
  const fix = 'Lägg bilden i public/ och skriv sökvägen, t.ex. ![Beskrivning](/bild.svg).';
  if (isCodeUrl(url)) return `bilden ${quoted} kör kod och är inte tillåten. ${fix}`;
  const kind = scheme(url);
  if (otherHost(url) || kind === 'http' || kind === 'https') return `bilden ${quoted} hämtas från en annan webbplats, och webbplatsen hämtar inget från andra. ${fix}`;
  if (kind || !url.trim().startsWith('/')) return `bilden ${quoted} går inte att använda: en bild ska ligga i public/ och skrivas med en sökväg som börjar med snedstreck. ${fix}`;
  if (routes && !routes.files.has(sitePath(url))) return `bilden ${quoted} finns inte i public/. Lägg filen där, eller rätta sökvägen.`;
  return undefined;
}

/** Fields that hold a path on this site, by collection: `path` in an instrument's next steps. */
export function checkContentPaths(entries: (RouteEntry & { file: string })[], routes: RouteTable): string[] {
  const errors: string[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'instruments' || !Array.isArray(entry.data.bands)) continue;
    (entry.data.bands as { nextSteps?: unknown }[]).forEach((band, b) => {
      if (!Array.isArray(band?.nextSteps)) return;
      (band.nextSteps as { path?: unknown }[]).forEach((step, s) => {
        if (typeof step?.path !== 'string') return;
        const problem = pathFieldProblem(step.path, routes);
        if (problem) errors.push(formatError(entry.file, `bands.${b}.nextSteps.${s}.path`, problem));
      });
    });
  }
  return errors;
}

/** A field meant to hold a path on this site. A value not starting with / is the schema's error. */
export function pathFieldProblem(value: string, routes: RouteTable): string | undefined {
  const quoted = `"${excerpt(value.trim())}"`;
  if (otherHost(value)) return `${quoted} leder till en annan webbplats. Här ska stå en sökväg på webbplatsen som börjar med ett snedstreck, t.ex. /hitta-hjalp/.`;
  if (!value.trim().startsWith('/')) return undefined;
  return missingPage(`${quoted} är ingen sida på webbplatsen.`, sitePath(value), routes);
}
