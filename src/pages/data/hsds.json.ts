import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSite } from '../../lib/content/site.ts';
import { buildHsds } from '../../features/open-data/hsds.ts';
import { municipalityNames } from '../../features/open-data/services-export.ts';
import { jsonResponse } from '../../features/open-data/response.ts';

export const GET: APIRoute = async () => {
  const site = getSite();
  return jsonResponse(
    buildHsds({
      services: await getCollection('services'),
      site,
      municipalities: municipalityNames(site, await getCollection('municipalities')),
    }),
  );
};
