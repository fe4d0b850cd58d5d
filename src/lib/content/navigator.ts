import { getCollection } from 'astro:content';
import type { NavigatorData } from './guides/navigator-match.ts';
import type { Region } from '../region.ts';
import { getRegion } from './region.ts';
import { getSite } from './site.ts';

export async function loadNavigatorData(): Promise<NavigatorData & { region: Region }> {
  return {
    services: await getCollection('services'),
    programmes: await getCollection('programmes'),
    helplines: await getCollection('helplines'),
    acuteStripHelplines: Object.values(getSite().acuteStrip),
    region: await getRegion(),
  };
}

/** Municipality ids in the site's order, with their names. */
export async function municipalitiesInOrder() {
  const all = await getCollection('municipalities');
  return getSite().municipalities.map((id) => all.find((m) => m.id === id)!);
}
