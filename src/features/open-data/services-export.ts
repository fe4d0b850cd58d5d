// /data/services.json: every service as the content check validated it, plus the context a
// reuser needs to read it (municipality names, the region, the licence, the date it was made).
import type { Municipality } from '../../schemas/municipality.ts';
import type { Service } from '../../schemas/service.ts';
import type { Site } from '../../schemas/site.ts';

export interface Entry<Data> {
  id: string;
  data: Data;
}

export const licence = {
  name: 'CC0 1.0 Universell',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.sv',
} as const;

export interface ServicesExport {
  generatedAt: string;
  licence: typeof licence;
  region: Pick<Site['region'], 'name' | 'county'>;
  /** Municipality id → name, in the order readers see them. */
  municipalities: Record<string, string>;
  services: (Service & { id: string })[];
}

export interface ServicesExportInput {
  services: Entry<Service>[];
  municipalities: Entry<Municipality>[];
  site: Site;
  /** YYYY-MM-DD */
  generatedAt: string;
}

/** Municipality id → name, in the site's order; ids the site does not list come last, by id. */
export function municipalityNames(site: Site, municipalities: Entry<Municipality>[]): Record<string, string> {
  const byId = new Map(municipalities.map((m) => [m.id, m.data.name]));
  const ordered = [...site.municipalities, ...[...byId.keys()].filter((id) => !site.municipalities.includes(id)).sort()];
  return Object.fromEntries(ordered.filter((id) => byId.has(id)).map((id) => [id, byId.get(id)!]));
}

export function buildServicesExport({ services, municipalities, site, generatedAt }: ServicesExportInput): ServicesExport {
  return {
    generatedAt,
    licence,
    // The point for opening hours is not data about the services.
    region: { name: site.region.name, county: site.region.county },
    municipalities: municipalityNames(site, municipalities),
    // An editorial note is for the next editor, not for the public (content/README.md).
    services: [...services].sort((a, b) => a.id.localeCompare(b.id)).map(({ id, data: { editorialNote: _note, ...data } }) => ({ id, ...data })),
  };
}
