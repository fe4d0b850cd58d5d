// Every page the build produces, computed from the content alone (no Astro), so that the content
// check can tell an editor that a link leads nowhere before anything is built. It mirrors
// src/pages/: tests/site/routes.test.ts compares it with dist/ after each build, so the two
// cannot drift apart.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localPath, referenceEdition, type Edition } from '../../i18n/editions.ts';
import type { Helpline } from '../../schemas/helpline.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Service } from '../../schemas/service.ts';
import type { CollectionName } from './collections.ts';
import type { Entry } from './entry.ts';
import { navigatorFlow } from './guides/navigator-flow.ts';
import type { NavigatorData } from './guides/navigator-match.ts';
import { relativesFlow } from './guides/relatives-flow.ts';
import { fixedPaths } from './page-kinds.ts';
import { swedishPath } from './translation-rules.ts';
import { flowPaths, stepAt } from '../question-flow.ts';
import { describeRegion, type RegionFacts } from '../region.ts';

/** Pages of their own in src/pages/, built whatever the content holds. */
export const fixedPages = fixedPaths;

/** Files the build writes besides pages (src/pages/data/, the search's list of pages). */
export const generatedFiles = ['/data/hsds.json', '/data/services.json', '/data/services.schema.json', '/sok/sidor.json'] as const;

export interface RouteEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
}

export interface RouteInput {
  /** Entries that passed their schema. */
  entries: RouteEntry[];
  /** Entries whose fields are wrong, as written: only their ids and addresses are used. */
  unchecked?: RouteEntry[];
  /** Every id found, also of files that could not be read, so a link to them is not called broken too. */
  ids?: Map<CollectionName, Set<string>>;
  /** site.yaml's region, municipalities in order and the helplines of its acute strip. */
  site?: { region: RegionFacts['region']; municipalities: string[]; acuteStrip: Record<string, string> };
  editions: Edition[];
  /** public/: its files are served as they are. */
  publicDir?: string;
}

export interface RouteTable {
  /** Whether the build makes this address: an HTML page (e.g. /kunskap/laro/, /404.html) or a file. */
  has(path: string): boolean;
  /** Every page except the navigator's answers by age: the addresses a mistyped link is compared with. */
  pages: ReadonlySet<string>;
  /** Other files that can be linked to, e.g. /data/services.json or an image in public/. */
  files: ReadonlySet<string>;
  /** Every page, the navigator's answers by age too: slow on a national content set, for the tests. */
  allPages(): Set<string>;
}

export function routeTable(input: RouteInput): RouteTable {
  const all = [...input.entries, ...(input.unchecked ?? [])];
  const idsOf = (collection: CollectionName) =>
    new Set([...all.filter((e) => e.collection === collection).map((e) => e.id), ...(input.ids?.get(collection) ?? [])]);
  const pages = new Set<string>(fixedPages);
  const add = (path: string) => pages.add(path);

  for (const id of idsOf('services')) add(`/mottagningar/${id}/`);
  for (const id of idsOf('programmes')) add(`/for-anhoriga/stod/${id}/`);
  for (const id of idsOf('helplines')) add(`/stodlinjer/${id}/`);
  for (const id of idsOf('instruments')) add(`/testa-dina-vanor/${id}/`);
  for (const id of idsOf('pages')) if (id.startsWith('for-anhoriga/')) add(`/${id}/`);

  const lang = (entry: RouteEntry) => entry.data.lang ?? referenceEdition.code;
  for (const entry of all) {
    if (entry.collection !== 'pages' && entry.collection !== 'knowledge') continue;
    if (lang(entry) === referenceEdition.code) {
      if (entry.collection === 'knowledge') add(swedishPath('knowledge', entry.id));
      continue;
    }
    const edition = input.editions.find((e) => e.code === lang(entry));
    if (edition && typeof entry.data.translationOf === 'string') add(localPath(edition, swedishPath(entry.collection, entry.data.translationOf)));
  }

  const municipalities = input.site?.municipalities ?? [...idsOf('municipalities')];
  // Without a valid site.yaml (an error the check reports already) the county's name is unknown.
  const region = describeRegion({ region: input.site?.region ?? { name: '', county: '' }, municipalities }, () => undefined);
  for (const id of municipalities) add(`/hitta-hjalp/${id}/`);
  for (const path of flowPaths(relativesFlow(region))) add(path);
  // The navigator's steps depend on what the services offer: only data that passed its schema.
  const valid = <T>(collection: CollectionName) => input.entries.filter((e) => e.collection === collection) as unknown as Entry<T>[];
  const navigator = navigatorFlow({
    services: valid<Service>('services'),
    programmes: valid<Programme>('programmes'),
    helplines: valid<Helpline>('helplines'),
    acuteStripHelplines: Object.values(input.site?.acuteStrip ?? {}),
    region,
  } satisfies NavigatorData);
  // Each question of the navigator is a page, and so is the step after the place: the result, or
  // the question about age where the age changes the result. Whether it does depends on every
  // service (seconds per municipality on a national set), so it is asked only of a link to an age.
  for (const path of flowPaths(navigator, { until: 'age' })) add(path);

  const files = new Set([...generatedFiles, ...publicFiles(input.publicDir)]);
  return {
    has: (path) => pages.has(path) || files.has(path) || stepAt(navigator, path) !== undefined,
    pages,
    files,
    allPages: () => new Set([...pages, ...flowPaths(navigator)]),
  };
}

function publicFiles(publicDir: string | undefined): string[] {
  if (!publicDir || !existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('_'))
    .map((d) => `/${relative(publicDir, join(d.parentPath, d.name)).replace(/\\/g, '/')}`);
}
