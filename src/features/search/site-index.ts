// Every page the search can find, grouped by type and municipality: what the search page shows
// when JavaScript is off, so no one is stuck. A site test checks it against the search index.
import { getCollection } from 'astro:content';
import { getEditions, localPath, referenceEdition, type Edition, type Translate } from '../../i18n/editions.ts';
import { swedishPath, type TranslatableCollection } from '../../lib/content/translation-rules.ts';
import type { UiKey } from '../../i18n/ui.ts';
import { municipalitiesInOrder } from '../../lib/content/navigator.ts';
import { getSite } from '../../lib/content/site.ts';
import { namedMunicipalities, servesWholeRegion, type Served } from '../../lib/region.ts';
import { contentPageType, pageTypeValues, type PageType } from './profile.ts';

export interface IndexLink {
  url: string;
  title: string;
}

export interface IndexGroup {
  /** A municipality's name or "the whole region"; no heading for a section's general pages. */
  heading?: string;
  links: IndexLink[];
}

export interface IndexSection {
  type: PageType;
  heading: string;
  groups: IndexGroup[];
}

const byTitle = (a: IndexLink, b: IndexLink) => a.title.localeCompare(b.title, 'sv');

/** The pages the search of the edition's language finds: Swedish (standard and lättläst), or another language's own. */
export async function siteIndex(t: Translate, edition: Edition = referenceEdition): Promise<IndexSection[]> {
  const site = getSite();
  const municipalities = await municipalitiesInOrder();
  const wholeRegion = t('search.index.regionWide', { county: site.region.county });
  const byMunicipality = (entries: { url: string; title: string; municipalities: Served }[]): IndexGroup[] => [
    { heading: wholeRegion, links: entries.filter((e) => servesWholeRegion(e.municipalities)).sort(byTitle) },
    ...municipalities.map((m) => ({
      heading: m.data.name,
      links: entries.filter((e) => namedMunicipalities(e.municipalities).includes(m.id)).sort(byTitle),
    })),
  ];

  const general = new Map<PageType, IndexLink[]>(pageTypeValues.map((type) => [type, []]));
  // Each language's search finds the pages in its own language: Swedish (standard and lättläst), or the edition's.
  const sameLanguage = getEditions().filter((e) => e.lang === edition.lang);
  const swedish = edition.lang === referenceEdition.lang;
  const listed = (collection: TranslatableCollection, entry: { id: string; data: { title: string; lang: string; translationOf?: string | undefined } }) => {
    const own = sameLanguage.find((e) => e.code === entry.data.lang);
    if (!own) return undefined;
    const id = entry.data.translationOf ?? entry.id;
    const title = own === referenceEdition || own === edition ? entry.data.title : `${entry.data.title} (${own.name})`;
    return { id, link: { url: localPath(own, swedishPath(collection, id)), title } };
  };
  for (const page of await getCollection('pages')) {
    const item = listed('pages', page);
    const type = item && contentPageType(item.id);
    if (item && type) general.get(type)!.push(item.link);
  }
  for (const page of (await getCollection('knowledge')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'sv'))) {
    const item = listed('knowledge', page);
    if (item) general.get('kunskap')!.push(item.link);
  }
  // Self-tests, municipalities, services and programmes are pages in Swedish only.
  if (!swedish) return sectionsOf(general, {}, t);
  for (const instrument of await getCollection('instruments')) {
    general.get('sjalvtest')!.push({ url: `/testa-dina-vanor/${instrument.id}/`, title: instrument.data.title });
  }
  // The standard-glass calculator is found with the self-tests it belongs to.
  general.get('sjalvtest')!.push({ url: '/testa-dina-vanor/standardglas/', title: t('glasses.title') });
  general.get('kommun')!.push(...municipalities.map((m) => ({ url: `/hitta-hjalp/${m.id}/`, title: t('municipality.title', { name: m.data.name }) })));

  const services = (await getCollection('services')).map((s) => ({ url: `/mottagningar/${s.id}/`, title: s.data.name, municipalities: s.data.municipalities }));
  const programmes = (await getCollection('programmes')).map((p) => ({ url: `/for-anhoriga/stod/${p.id}/`, title: p.data.name, municipalities: p.data.municipalities }));
  const helplines = (await getCollection('helplines')).map((h) => ({ url: `/stodlinjer/${h.id}/`, title: h.data.name })).sort(byTitle);
  return sectionsOf(general, { mottagning: [...byMunicipality(services), { heading: t('search.index.national'), links: helplines }], anhorigstod: byMunicipality(programmes) }, t);
}

function sectionsOf(general: Map<PageType, IndexLink[]>, grouped: Partial<Record<PageType, IndexGroup[]>>, t: Translate): IndexSection[] {
  return pageTypeValues
    .map((type) => ({
      type,
      heading: t(`search.types.${type}` as UiKey),
      groups: [{ links: general.get(type)! }, ...(grouped[type] ?? [])].filter((group) => group.links.length > 0),
    }))
    .filter((section) => section.groups.length > 0);
}
