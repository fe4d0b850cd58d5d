// The region module on the fixture region (tests/fixtures/content-valid: "Test län"), so that a
// region that forks the site keeps these tests green: no id, name or place is written here.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHelp } from '../../src/lib/content/guides/navigator-match.ts';
import { navigatorFlow } from '../../src/lib/content/guides/navigator-flow.ts';
import { findSupport } from '../../src/lib/content/guides/relatives-match.ts';
import { relativesFlow } from '../../src/lib/content/guides/relatives-flow.ts';
import { flowSteps } from '../../src/lib/question-flow.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { adultAges, agesOverlap, childAges, describeRegion, inSweden, servesMunicipality, slugOf } from '../../src/lib/region.ts';
import type { Programme } from '../../src/schemas/programme.ts';
import { withContent } from '../helpers/content-fixture.ts';
import { navigatorDataOf, regionOf } from '../helpers/navigator-data.ts';

const fixture = join(import.meta.dirname, '../fixtures/content-valid');
const { site, entries } = validateContent(fixture);
const region = regionOf(fixture);
const data = navigatorDataOf(fixture);
const nameOf = (id: string) => String(entries.find((e) => e.collection === 'municipalities' && e.id === id)!.data['name']);
const [first, second] = region.municipalities as [string, string];
const county = site!.region.county;
const countyWord = slugOf(county.replace(/ län$/, ''));

describe('the region, from site.yaml', () => {
  it('has the municipalities in site.yaml\'s order, then the answer for elsewhere', () => {
    expect(region.municipalities).toEqual(site!.municipalities);
    expect(region.places).toEqual([...site!.municipalities, region.outside.id]);
  });

  it('names the answer for elsewhere after the county, without "län" in its address', () => {
    expect(region.outside).toEqual({ id: `utanfor-${countyWord}`, label: `Utanför ${county}` });
    expect(describeRegion({ region: { name: 'Region Västra Götaland', county: 'Västra Götalands län' }, municipalities: ['a'] }, () => 'A').outside)
      .toEqual({ id: 'utanfor-vastra-gotalands', label: 'Utanför Västra Götalands län' });
  });

  it('puts a place into words one way: as an answer and in running text', () => {
    expect(region.placeLabel(first)).toBe(nameOf(first));
    expect(region.placeLabel(region.outside.id)).toBe(`Utanför ${county}`);
    expect(region.inPlace(first)).toBe(`i ${nameOf(first)}`);
    expect(region.inPlace(region.outside.id)).toBe(`utanför ${county}`);
  });

  it('knows who an offer serves: "alla" serves every municipality, nobody outside the region', () => {
    expect(servesMunicipality('alla', first)).toBe(true);
    expect(servesMunicipality([second], first)).toBe(false);
    expect(region.servesPlace('alla', second)).toBe(true);
    expect(region.servesPlace([first], first)).toBe(true);
    expect(region.servesPlace([first], second)).toBe(false);
    expect(region.servesPlace('alla', region.outside.id)).toBe(false);
  });

  it('gives the opening-hours library the region\'s point, or Sweden without one', () => {
    expect(region.openingHoursLocation).toEqual(site!.region.location ? { ...inSweden, ...site!.region.location } : inSweden);
    const placed = describeRegion({ region: { name: 'R', county: 'C län', location: { lat: 60, lon: 17 } }, municipalities: [] }, () => undefined);
    expect(placed.openingHoursLocation).toEqual({ lat: 60, lon: 17, address: { country_code: 'se', state: '' } });
  });

  it('has one child and one adult age band, 18 the line between them', () => {
    expect(childAges.max + 1).toBe(adultAges.min);
    expect(agesOverlap({ min: 18 }, childAges)).toBe(false);
    expect(agesOverlap({ max: 17 }, adultAges)).toBe(false);
    expect(agesOverlap(undefined, childAges)).toBe(true);
  });
});

describe('the guides on the fixture region', () => {
  const service = data.services[0]!;
  const served = service.data.municipalities;

  it('offer each place of the region and the answer for elsewhere', () => {
    const places = new Set(flowSteps(navigatorFlow(data)).filter((s) => s.question === undefined).map((s) => s.answers.place));
    expect([...places]).toEqual(region.places);
    const guidePlaces = new Set(flowSteps(relativesFlow(region)).flatMap((s) => (s.answers.place ? [s.answers.place] : [])));
    expect([...guidePlaces]).toEqual(region.places);
  });

  it('send a resident to the region\'s service where it serves them, and nobody from elsewhere', () => {
    for (const place of region.municipalities) {
      const local = findHelp({ who: 'for-mig', concern: 'alkohol', place, age: '26-och-aldre' }, data).local.map((m) => m.id);
      expect(local.includes(service.id), place).toBe(servesMunicipality(served, place));
    }
    expect(findHelp({ who: 'for-mig', concern: 'alkohol', place: region.outside.id, age: '26-och-aldre' }, data).local).toEqual([]);
  });

  it('offer a relative from elsewhere the offers for everyone, not a municipality\'s own', () => {
    const programmes = entries.filter((e) => e.collection === 'programmes').map((e) => ({ id: e.id, data: e.data as Programme }));
    const everyone = programmes.filter((p) => p.data.municipalities === 'alla').map((p) => p.id);
    expect(everyone.length).toBeGreaterThan(0);
    const own = { id: 'egen-grupp', data: { ...programmes[0]!.data, municipalities: [first] } };
    const found = (place: string) => {
      const result = findSupport({ relation: 'partner', age: 'vuxen', place, want: 'traffa-andra' }, [...programmes, own], region);
      return [...result.matching, ...result.alsoAvailable].map((p) => p.id);
    };
    expect(found(region.outside.id)).toEqual(everyone);
    expect(found(first)).toContain(own.id);
    expect(found(second)).not.toContain(own.id);
  });
});

describe('site.yaml\'s region, checked', () => {
  it('accepts a point in Sweden and refuses one outside, in Swedish', () => {
    expect(withContent((c) => c.replace('site.yaml', /county: ([^}]+) }/, 'county: $1, location: { lat: 60.1, lon: 17.5 } }'))).toEqual([]);
    const errors = withContent((c) => c.replace('site.yaml', /county: ([^}]+) }/, 'county: $1, location: { lat: 48.9, lon: "17,5" } }'));
    expect(errors).toEqual([
      expect.stringMatching(/site\.yaml: fältet "region\.location\.lat": 48\.9 ligger utanför Sverige\. Skriv latitud i grader/),
      expect.stringMatching(/site\.yaml: fältet "region\.location\.lon": "17,5" är inget tal\. Skriv longitud i grader/),
    ]);
  });

  it('asks for municipalities by id without naming a region\'s', () => {
    const errors = withContent((c) => c.replace('services/beroendemottagningen.yaml', /municipalities: \[[^\]]*\]/, 'municipalities: { a: 1 }'));
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: fältet "municipalities": {"a":1} har fel form. Skriv en lista med kommunernas id (filnamnen i content/municipalities/ utan .yaml) inom hakparenteser, eller ordet alla.',
    ]);
  });

  it('refuses a municipality whose file name is the address of the answer for elsewhere', () => {
    const errors = withContent((c) => {
      c.write(`municipalities/${region.outside.id}.yaml`, c.read(`municipalities/${first}.yaml`));
      c.replace('site.yaml', /municipalities: \[/, `municipalities: [${region.outside.id}, `);
    });
    expect(errors).toEqual([expect.stringContaining(`kommunen "${region.outside.id}" har samma adress som svaret "Utanför ${county}"`)]);
  });
});
