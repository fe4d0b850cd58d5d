// The search page's list of pages: for each page in the Pagefind index, by the id Pagefind gives
// its results, the address, title, summary and filters. The search page reads this one small
// file instead of one Pagefind fragment per result, which keeps a search to a few requests.
import { gunzipSync } from 'node:zlib';
import { editionForPath, referenceEdition } from '../../i18n/editions.ts';
import { kindOfPath } from '../../lib/content/page-kinds.ts';
import { namesMeta, namesSeparator } from '../../lib/search-meta.ts';
import type { PageType, Subject } from './profile.ts';

/** The catalogue's name, in the folder of the search page that reads it: /sok/sidor.json, /en/sok/sidor.json. */
export const catalogueName = 'sidor.json';
/**
 * Each language has a Pagefind bundle of its own, so that a search loads nothing of another
 * language: Swedish (standard and lättläst) in /pagefind/, another language in /pagefind/<lang>/.
 */
export function bundleFolder(lang: string): string {
  return lang === referenceEdition.lang ? 'pagefind' : `pagefind/${lang}`;
}
/** Replaced after indexing with the names of Pagefind's files for each language (see the Pagefind integration). */
export const preloadPlaceholder = '__PAGEFIND_FILES__';

export interface CatalogueEntry {
  url: string;
  title: string;
  /** Other names it goes by ("NA", "BUP"): a search for one of them puts the page first. */
  names?: string[];
  summary: string;
  type: PageType;
  /** Its kind of page (page-kinds.ts), which the search page names in words: "Mottagning". */
  kind?: string;
  /** The edition's code, for a page not in the reference edition (lättläst): marked in the list. */
  edition?: string;
  municipalities: string[];
  subjects: Subject[];
}

export type Catalogue = Record<string, CatalogueEntry>;

interface Fragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

// Pagefind's files are gzip-compressed and start with this signature.
const signature = 'pagefind_dcd';

export function readFragment(compressed: Buffer): Fragment {
  const bytes = gunzipSync(compressed);
  const text = bytes.toString('utf8');
  if (!text.startsWith(signature)) throw new Error('Pagefind-fragmentet saknar sin signatur.');
  return JSON.parse(text.slice(signature.length)) as Fragment;
}

export function catalogueEntry(fragment: Fragment): CatalogueEntry {
  const type = fragment.filters.sidtyp?.[0];
  if (!type) throw new Error(`${fragment.url} saknar sidtyp i sökindexet. Ge sidan en search-profil i BaseLayout.`);
  const edition = editionForPath(fragment.url);
  const kind = kindOfPath(edition.path ? fragment.url.slice(edition.path.length + 1) : fragment.url);
  return {
    url: fragment.url,
    title: fragment.meta.title ?? fragment.url,
    ...(fragment.meta[namesMeta] ? { names: fragment.meta[namesMeta].split(namesSeparator) } : {}),
    summary: fragment.meta.summary ?? '',
    type: type as PageType,
    ...(kind?.searchLabel ? { kind: kind.key } : {}),
    ...(edition.path ? { edition: edition.code } : {}),
    municipalities: fragment.filters.kommun ?? [],
    subjects: (fragment.filters.amne ?? []) as Subject[],
  };
}
