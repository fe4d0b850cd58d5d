import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type Site } from '../../schemas/site.ts';

let cached: Site | undefined;

/** content/site.yaml, already checked by the content check before the build. */
export function getSite(): Site {
  cached ??= siteSchema.parse(parse(readFileSync(join(process.cwd(), 'content/site.yaml'), 'utf8')));
  return cached;
}
