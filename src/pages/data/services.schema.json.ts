import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSite } from '../../lib/content/site.ts';
import { municipalityNames } from '../../features/open-data/services-export.ts';
import { buildServicesSchema } from '../../features/open-data/services-schema.ts';
import { jsonResponse } from '../../features/open-data/response.ts';

export const GET: APIRoute = async () =>
  jsonResponse(buildServicesSchema(Object.keys(municipalityNames(getSite(), await getCollection('municipalities')))));
