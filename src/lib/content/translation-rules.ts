// Where a Swedish page lives and which ones can have translations; shared by the content check
// (plain Node) and the build.

export type TranslatableCollection = 'pages' | 'knowledge';

/** Swedish pages that are more than text (the search, the 404) have no translation yet. */
export const untranslatablePages = new Set(['sok', 'sidan-finns-inte']);

/** The address of a Swedish page. */
export function swedishPath(collection: TranslatableCollection, id: string): string {
  if (collection === 'knowledge') return `/kunskap/${id}/`;
  return id === 'start' ? '/' : `/${id}/`;
}
