// Which search page serves an edition. Swedish pages (standard and lättläst) are searched on
// /sok/; another language has a search when its edition has its own version of the search page
// (content/pages/<code>/sok.mdx), at the same address inside the edition's folder (/en/sok/).
// Its pages are then indexed in a bundle of their own (see the Pagefind integration).
import { editionByCode, referenceEdition, type Edition } from '../../i18n/editions.ts';
import { pathIn } from '../../lib/content/translations.ts';

export const swedishSearchPath = '/sok/';

/** The address of the search over the edition's language, or none if that language has no search. */
export async function searchPageFor(edition: Edition): Promise<string | undefined> {
  if (edition.lang === referenceEdition.lang) return swedishSearchPath;
  const { path, translated } = await pathIn(edition, swedishSearchPath);
  return translated ? path : undefined;
}

/** A content page that is the search page of another language (its own route, [edition]/sok.astro). */
export function isOwnSearchPage(data: { lang: string; translationOf?: string | undefined }): boolean {
  return data.translationOf === 'sok' && editionByCode(data.lang).lang !== referenceEdition.lang;
}
