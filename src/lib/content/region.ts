// The region of this copy of the site (src/lib/region.ts), read from content/site.yaml and the
// municipality files as the build reads them.
import { getCollection } from 'astro:content';
import { describeRegion, type Region } from '../region.ts';
import { getSite } from './site.ts';

let cached: Promise<Region> | undefined;

export function getRegion(): Promise<Region> {
  cached ??= getCollection('municipalities').then((all) => {
    const names = new Map(all.map((m) => [m.id, m.data.name]));
    return describeRegion(getSite(), (id) => names.get(id));
  });
  return cached;
}
