// Where a Swedish page lives and which ones can have translations; shared by the content check
// (plain Node) and the build.
import { pageKinds } from './page-kinds.ts';

export type TranslatableCollection = 'pages' | 'knowledge';

/** Content pages of kinds that cannot be translated (src/lib/content/page-kinds.ts). */
export const untranslatablePages = new Set(pageKinds.filter((kind) => kind.page && !kind.translatable).map((kind) => kind.page!));

/** The address of a Swedish page. */
export function swedishPath(collection: TranslatableCollection, id: string): string {
  if (collection === 'knowledge') return `/kunskap/${id}/`;
  return id === 'start' ? '/' : `/${id}/`;
}
