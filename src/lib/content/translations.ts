// Which pages exist in which edition. A page in another edition names the Swedish page it
// translates (`translationOf`); its address is the Swedish address inside the edition's folder.
import { getCollection } from 'astro:content';
import { swedishPath, untranslatablePages, type TranslatableCollection } from './translation-rules.ts';
import { editionByCode, getEditions, localPath, referenceEdition, type Edition } from '../../i18n/editions.ts';


export interface Version {
  edition: Edition;
  path: string;
}

let cached: Promise<Map<string, Version[]>> | undefined;

/** Swedish address → every edition's version of that page, Swedish first. */
export function translationGroups(): Promise<Map<string, Version[]>> {
  cached ??= (async () => {
    const groups = new Map<string, Version[]>();
    for (const collection of ['pages', 'knowledge'] as const) {
      const entries = await getCollection(collection);
      for (const entry of entries.filter((e) => e.data.lang === referenceEdition.code)) {
        if (collection === 'pages' && untranslatablePages.has(entry.id)) continue;
        const path = swedishPath(collection, entry.id);
        groups.set(path, [{ edition: referenceEdition, path }]);
      }
      for (const entry of entries.filter((e) => e.data.lang !== referenceEdition.code)) {
        const original = swedishPath(collection, entry.data.translationOf!);
        const edition = editionByCode(entry.data.lang);
        groups.get(original)?.push({ edition, path: localPath(edition, original) });
      }
    }
    const order = getEditions().map((e) => e.code);
    for (const versions of groups.values()) versions.sort((a, b) => order.indexOf(a.edition.code) - order.indexOf(b.edition.code));
    return groups;
  })();
  return cached;
}

/** The versions of the page at this address (every edition's, itself included), or none. */
export async function versionsOf(pathname: string, edition: Edition): Promise<Version[]> {
  const swedish = edition.path === '' ? pathname : pathname.slice(edition.path.length + 1);
  return (await translationGroups()).get(swedish) ?? [];
}

/** A page's own content entries in one edition. */
export async function entriesIn<C extends TranslatableCollection>(collection: C, edition: Edition) {
  return (await getCollection(collection)).filter((e) => e.data.lang === edition.code);
}

/** The edition's version of a Swedish page if it has one, else the Swedish page. */
export async function pathIn(edition: Edition, swedish: string): Promise<{ path: string; translated: boolean }> {
  const version = (await translationGroups()).get(swedish)?.find((v) => v.edition.code === edition.code);
  return version ? { path: version.path, translated: true } : { path: swedish, translated: false };
}
