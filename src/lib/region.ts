// The one place the code knows about "the region": its name, its municipalities' names, the answer
// "outside the region", who an offer serves, the age bands and the coordinates the opening-hours
// library reads. Everything here is derived from content/site.yaml and content/municipalities/,
// so a region that forks the site changes content only. Framework-free: pages get a Region from
// src/lib/content/region.ts, tests build one from fixture content with describeRegion.

/** Who an offer serves: every municipality of the region (`alla`) or the listed ones. */
export type Served = 'alla' | readonly string[];

/** Whether an offer serves every municipality of the region. */
export const servesWholeRegion = (served: Served): served is 'alla' => served === 'alla';

/** Whether an offer serves the municipality `id`: a region-wide offer serves each of them. */
export const servesMunicipality = (served: Served, id: string): boolean => servesWholeRegion(served) || served.includes(id);

/** The municipalities an offer names; none for a region-wide offer. */
export const namedMunicipalities = (served: Served): readonly string[] => (servesWholeRegion(served) ? [] : served);

export interface AgeRange {
  min: number;
  max: number;
}

/** Where the guides only need to know child or adult (Swedish law: adult from 18). */
export const childAges: AgeRange = { min: 0, max: 17 };
export const adultAges: AgeRange = { min: 18, max: 120 };

/** Whether an offer's ages (open at either end when left out) take in someone of `person`'s ages. */
export function agesOverlap(ages: { min?: number | undefined; max?: number | undefined } | undefined, person: AgeRange): boolean {
  if (!ages) return true;
  return (ages.min ?? 0) <= person.max && (ages.max ?? adultAges.max) >= person.min;
}

/** What describeRegion reads: site.yaml's region and municipality order, and each municipality's name. */
export interface RegionFacts {
  region: { name: string; county: string; location?: { lat: number; lon: number } | undefined };
  /** Municipality ids in the order readers see them. */
  municipalities: readonly string[];
}

export interface Region {
  /** "Region …": who runs the region's care. */
  name: string;
  /** "… län": the area the site covers, as written in running text. */
  county: string;
  /** Municipality ids in the site's order. */
  municipalities: readonly string[];
  /** The answer "I live elsewhere": an id that is never a municipality's, and its words. */
  outside: {
    /** The answer's URL segment: `utanfor-` and the county's name without "län": "Kalmar län" gives utanfor-kalmar. */
    id: string;
    /** As an answer and in the answered summary: "Utanför Kalmar län". */
    label: string;
  };
  /** Every answer to "Var bor du?": the municipalities in order, then outside. */
  places: readonly string[];
  /** A place as an answer: the municipality's name, or the outside answer's label. */
  placeLabel(id: string): string;
  /** A place in running text: "i " and the municipality's name, or "utanför Kalmar län". */
  inPlace(id: string): string;
  /** Whether an offer serves someone who lives at `place`: nothing in the region serves outside it. */
  servesPlace(served: Served, place: string): boolean;
  /** The location the opening-hours library gets: the region's coordinates, in Sweden. */
  openingHoursLocation: OpeningHoursLocation;
}

/**
 * The `nominatim` object of the opening_hours library. Its country makes "PH" mean Swedish public
 * holidays (the schedules replace them with date-holidays' anyway); the coordinates are for
 * sunrise and sunset, and reading a rule needs none.
 */
export interface OpeningHoursLocation {
  lat?: number;
  lon?: number;
  address: { country_code: 'se'; state: '' };
}

/** Sweden without coordinates: where a rule is only read (checked, or turned into weekly hours). */
export const inSweden: OpeningHoursLocation = { address: { country_code: 'se', state: '' } };

/** The region's point for the opening-hours library; without one, Sweden without coordinates. */
export const openingHoursLocationOf = ({ location }: RegionFacts['region']): OpeningHoursLocation =>
  location ? { ...inSweden, lat: location.lat, lon: location.lon } : inSweden;

/** The lower-case ASCII form of a name for a URL: "Västra Götalands" → "vastra-gotalands". */
export const slugOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The county's name without the word "län", which every Swedish county name ends with. */
const countyOnly = (county: string) => county.replace(/\s+län$/i, '');

export function describeRegion(facts: RegionFacts, municipalityName: (id: string) => string | undefined): Region {
  const { name, county } = facts.region;
  const outside = { id: `utanfor-${slugOf(countyOnly(county))}`, label: `Utanför ${county}` };
  const municipalities = [...facts.municipalities];
  const inRegion = new Set(municipalities);
  const placeLabel = (id: string) => (id === outside.id ? outside.label : (municipalityName(id) ?? id));
  return {
    name,
    county,
    municipalities,
    outside,
    places: [...municipalities, outside.id],
    placeLabel,
    inPlace: (id) => (id === outside.id ? `utanför ${county}` : `i ${placeLabel(id)}`),
    servesPlace: (served, place) => inRegion.has(place) && servesMunicipality(served, place),
    openingHoursLocation: openingHoursLocationOf(facts.region),
  };
}
