import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildDate } from '../../lib/build-date.ts';
import { getSite } from '../../lib/content/site.ts';
import { buildServicesExport } from '../../features/open-data/services-export.ts';
import { jsonResponse } from '../../features/open-data/response.ts';

export const GET: APIRoute = async () =>
  jsonResponse(
    buildServicesExport({
      services: await getCollection('services'),
      municipalities: await getCollection('municipalities'),
      site: getSite(),
      generatedAt: buildDate(),
    }),
  );
