// What the search index knows about a page besides its text: its type, the municipalities it
// serves and its subjects. Pages state this once (BaseLayout's `search` prop); Pagefind stores it
// as filters, and the search page filters and labels results with it.
import { servesWholeRegion, type Served } from '../../lib/region.ts';
import type { audienceValues, topicValues } from '../../schemas/fields.ts';

import { kindOfPath, type PageType } from '../../lib/content/page-kinds.ts';
import { swedishPath } from '../../lib/content/translation-rules.ts';

export { pageTypeValues, type PageType } from '../../lib/content/page-kinds.ts';

type Topic = (typeof topicValues)[number];
type Audience = (typeof audienceValues)[number];

/** The subjects a reader can filter on: the content's topics, plus "anhörig" for pages for relatives. */
export const subjectValues = ['alkohol', 'narkotika', 'lakemedel', 'spel', 'psykisk-ohalsa', 'vald', 'anhorig'] as const;
export type Subject = (typeof subjectValues)[number];

/** The names of the Pagefind filters. */
export const filterNames = { type: 'sidtyp', municipality: 'kommun', subject: 'amne' } as const;

/** Content pages (content/pages/) that are routes of their own, by type. */
export function contentPageType(id: string): PageType | undefined {
  return kindOfPath(swedishPath('pages', id))?.search;
}

export interface SearchProfile {
  type: PageType;
  /** Municipality ids, or "alla" for every municipality in the region. */
  municipalities?: Served;
  topics?: readonly Topic[];
  audience?: readonly Audience[];
}

export interface SearchFilters {
  sidtyp: PageType[];
  kommun: string[];
  amne: Subject[];
}

/** The filter values a page is stored with; "alla" becomes every municipality of the region. */
export function searchFilters(profile: SearchProfile, regionMunicipalities: readonly string[]): SearchFilters {
  const municipalities = profile.municipalities === undefined ? [] : servesWholeRegion(profile.municipalities) ? regionMunicipalities : profile.municipalities;
  const subjects = new Set<Subject>(profile.topics ?? []);
  if (profile.audience?.includes('anhorig') || profile.type === 'anhorigstod') subjects.add('anhorig');
  return {
    sidtyp: [profile.type],
    kommun: [...new Set(municipalities)],
    amne: subjectValues.filter((subject) => subjects.has(subject)),
  };
}
