// The kinds of page the site has: one line per file in src/pages/ (besides the editions' route
// and the data files). The menu, the search's page types, which content pages can be translated,
// the route table of the content check and the tests' lists of pages all read this table;
// tests/unit/page-kinds.test.ts fails when src/pages/ and this table disagree, and
// tests/site/page-kinds.test.ts when a built page belongs to no kind.
import type { UiKey } from '../../i18n/ui.ts';

/** The search's page types: a filter on the search page, and a heading in its list of all pages. */
export const pageTypeValues = ['mottagning', 'kommun', 'anhorigstod', 'sjalvtest', 'kunskap', 'webbplatsen'] as const;
export type PageType = (typeof pageTypeValues)[number];

export interface PageKind {
  key: string;
  /** Its address, as its file in src/pages/ names it: `/akut/`, `/mottagningar/[id]/`, `/hitta-hjalp/[...steps]/`. */
  path: string;
  /**
   * Where a parameter alone cannot tell two kinds apart (a municipality and the navigator's first
   * answer both sit right under /hitta-hjalp/), the addresses of this kind exactly.
   */
  pattern?: RegExp;
  /** The search's type for its pages; none: the search leaves them out. */
  search?: PageType;
  /**
   * How much its words count in the search, below 1 for pages about the site itself: the
   * accessibility statement's "AA" and "brister" must not outrank the pages about help.
   */
  searchWeight?: number;
  /** What a search result of this kind is called, in words a reader knows ("Mottagning"). */
  searchLabel?: UiKey;
  /** Its label in the main menu; the menu lists these kinds in this table's order. */
  menu?: UiKey;
  /** The content page (content/pages/) its text comes from, for a page of its own. */
  page?: string;
  /** Whether its content can be translated: an edition then has it under its own folder. */
  translatable: boolean;
  /**
   * What the accessibility check visits: every page, or a sample (generated steps that share one
   * template; the tests take at least the kind's first page and a sample covering every answer).
   */
  axe: 'every' | 'sample';
  /**
   * Whether its pages are text to be read, so they offer "Lyssna": the page read aloud by a voice
   * on the reader's own device (src/features/listen/). Pages to act on (questions, tests, lists of
   * doors, the search) leave it out.
   */
  listen?: true;
}

/** Pages about the site: found by their own subject ("kakor"), never first for a word in passing. */
const aboutSiteWeight = 0.3;

export const pageKinds: readonly PageKind[] = [
  { key: 'start', path: '/', page: 'start', translatable: true, axe: 'every' },
  { key: 'navigator', path: '/hitta-hjalp/', page: 'hitta-hjalp', search: 'mottagning', searchLabel: 'search.kind.navigator', menu: 'section.hitta-hjalp', translatable: true, axe: 'every' },
  {
    key: 'navigator-step',
    path: '/hitta-hjalp/[...steps]/',
    // The first answers of src/lib/content/guides/navigator-questions.ts (who asks); the site test notices drift.
    pattern: /^\/hitta-hjalp\/(for-mig|for-nagon-annan|jag-ar-under-18)\/(.+\/)?$/,
    translatable: false,
    axe: 'sample',
  },
  { key: 'municipality', path: '/hitta-hjalp/[kommun]/', search: 'kommun', searchLabel: 'search.kind.municipality', translatable: false, axe: 'every', listen: true },
  { key: 'service', path: '/mottagningar/[id]/', search: 'mottagning', searchLabel: 'search.kind.service', translatable: false, axe: 'every', listen: true },
  { key: 'helpline', path: '/stodlinjer/[id]/', search: 'mottagning', searchLabel: 'search.kind.helpline', translatable: false, axe: 'every', listen: true },
  { key: 'self-tests', path: '/testa-dina-vanor/', page: 'testa-dina-vanor', search: 'sjalvtest', searchLabel: 'search.kind.selfTest', menu: 'section.testa-dina-vanor', translatable: true, axe: 'every' },
  // Before the self-tests: its address would fit theirs (the content check keeps the name from the tests).
  { key: 'standard-glasses', path: '/testa-dina-vanor/standardglas/', search: 'sjalvtest', searchLabel: 'search.kind.calculator', translatable: false, axe: 'every' },
  { key: 'self-test', path: '/testa-dina-vanor/[test]/', search: 'sjalvtest', searchLabel: 'search.kind.selfTest', translatable: false, axe: 'every' },
  { key: 'relatives', path: '/for-anhoriga/', page: 'for-anhoriga', search: 'anhorigstod', searchLabel: 'search.kind.relatives', menu: 'section.for-anhoriga', translatable: true, axe: 'every', listen: true },
  { key: 'relatives-guide', path: '/for-anhoriga/guide/', translatable: false, axe: 'every' },
  { key: 'relatives-guide-step', path: '/for-anhoriga/guide/[...steps]/', translatable: false, axe: 'sample' },
  { key: 'relatives-article', path: '/for-anhoriga/[article]/', search: 'anhorigstod', searchLabel: 'search.kind.relativesArticle', translatable: true, axe: 'every', listen: true },
  { key: 'programme', path: '/for-anhoriga/stod/[id]/', search: 'anhorigstod', searchLabel: 'search.kind.programme', translatable: false, axe: 'every', listen: true },
  { key: 'knowledge', path: '/kunskap/', page: 'kunskap', search: 'kunskap', searchLabel: 'search.kind.knowledge', menu: 'section.kunskap', translatable: true, axe: 'every' },
  { key: 'knowledge-article', path: '/kunskap/[slug]/', search: 'kunskap', searchLabel: 'search.kind.knowledge', translatable: true, axe: 'every', listen: true },
  { key: 'glossary', path: '/ordlista/', page: 'ordlista', search: 'kunskap', searchLabel: 'search.kind.glossary', translatable: true, axe: 'every', listen: true },
  // Search is more than text: it has no translation yet.
  { key: 'search', path: '/sok/', page: 'sok', menu: 'section.sok', translatable: true, axe: 'every' },
  { key: 'acute', path: '/akut/', page: 'akut', search: 'kunskap', searchLabel: 'search.kind.acute', menu: 'section.akut', translatable: true, axe: 'every', listen: true },
  { key: 'about', path: '/om-webbplatsen/', page: 'om-webbplatsen', search: 'webbplatsen', searchLabel: 'search.kind.about', searchWeight: aboutSiteWeight, translatable: true, axe: 'every', listen: true },
  { key: 'privacy', path: '/integritet/', page: 'integritet', search: 'webbplatsen', searchLabel: 'search.kind.about', searchWeight: aboutSiteWeight, translatable: true, axe: 'every', listen: true },
  { key: 'accessibility', path: '/tillganglighetsredogorelse/', page: 'tillganglighetsredogorelse', search: 'webbplatsen', searchLabel: 'search.kind.about', searchWeight: aboutSiteWeight, translatable: true, axe: 'every', listen: true },
  { key: 'content-report', path: '/innehallsrapport/', translatable: false, axe: 'every' },
  { key: 'not-found', path: '/404.html', page: 'sidan-finns-inte', translatable: false, axe: 'every' },
];

/** `/mottagningar/[id]/` → the addresses it stands for; `[...rest]` is one folder or more. */
export function kindPattern(kind: PageKind): RegExp {
  if (kind.pattern) return kind.pattern;
  const escaped = kind.path.replace(/[.*+?^${}()|\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\[\\\.\\\.\\\.\w+\]\//g, '(?:[^/]+/)+').replace(/\[\w+\]/g, '[^/]+')}$`);
}

const patterns = new Map(pageKinds.map((kind) => [kind, kindPattern(kind)]));

/** The kind of a Swedish address (without an edition's folder), the first in the table that fits. */
export function kindOfPath(swedishPath: string): PageKind | undefined {
  return pageKinds.find((kind) => patterns.get(kind)!.test(swedishPath));
}

/** Kinds with one address, built whatever the content holds. */
export const fixedPaths = pageKinds.filter((kind) => !kind.path.includes('[')).map((kind) => kind.path);

export interface Section {
  key: string;
  path: string;
  label: UiKey;
}

/** The main menu (and the start page's sections), in the table's order. */
export const sections: readonly Section[] = pageKinds.filter((kind) => kind.menu).map((kind) => ({ key: kind.path.replace(/\//g, ''), path: kind.path, label: kind.menu! }));
