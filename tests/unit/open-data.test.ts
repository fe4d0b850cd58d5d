// The open data files, built from the real content/ without Astro: services.json against its own
// JSON Schema, and every HSDS record against the vendored HSDS 3.0 schemas.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import type { Municipality } from '../../src/schemas/municipality.ts';
import { serviceSchema, type Service } from '../../src/schemas/service.ts';
import type { Site } from '../../src/schemas/site.ts';
import { buildHsds, type HsdsTabular } from '../../src/features/open-data/hsds.ts';
import { stableUuid } from '../../src/features/open-data/ids.ts';
import { buildServicesExport, municipalityNames, type Entry } from '../../src/features/open-data/services-export.ts';
import { buildServicesSchema } from '../../src/features/open-data/services-schema.ts';
import { weeklyHours } from '../../src/features/open-data/weekly-hours.ts';
import { errorsOf, hsdsValidator, newAjv } from '../helpers/json-schema.ts';

const root = join(import.meta.dirname, '../..');
const report = validateContent(join(root, 'content'));
const site = report.site as Site;
const entries = <Data>(collection: string) =>
  report.entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as Data }));
const services = entries<Service>('services');
const municipalities = entries<Municipality>('municipalities');
const names = municipalityNames(site, municipalities);

/** A service with every field the mapping reads, so that each branch is validated too. */
const fullService: Entry<Service> = {
  id: 'testmottagningen',
  data: serviceSchema.parse({
    name: 'Testmottagningen',
    alsoKnownAs: ['TM', 'Testet'],
    organisation: 'Testkommunen',
    principal: 'kommun',
    kind: 'beroendemottagning',
    summary: 'En mottagning för test.',
    about: 'Mer om mottagningen.',
    municipalities: ['karlskrona', 'ronneby'],
    topics: ['alkohol'],
    audience: ['egen-del', 'anhorig'],
    ages: { min: 18, max: 64 },
    referral: 'ibland',
    referralNote: 'Fråga din vårdcentral.',
    cost: 'Gratis',
    dropIn: true,
    contact: {
      phone: '0455-73 10 00',
      phoneNote: 'Växeln',
      morePhones: [{ label: 'Akut', phone: '112' }],
      email: 'test@example.se',
      web: 'https://example.se/mottagningen',
      address: { street: 'Testgatan 1', postalCode: '371 85', city: 'Karlskrona', note: 'Ingång B.' },
    },
    openingHours: 'Mo-Fr 08:00-16:30; PH off',
    hoursNote: 'Telefontid 08.00–09.00.',
    languages: ['svenska', 'arabiska'],
    accessibility: 'Hiss finns.',
    whatToSay: 'Jag vill ha hjälp.',
    source: ['https://example.se/'],
    reviewed: '2026-01-15',
    verified: false,
    verificationNote: 'Adressen är inte bekräftad.',
  }),
};

describe('services.json and services.schema.json', () => {
  const data = buildServicesExport({ services, municipalities, site, generatedAt: '2026-11-22' });
  const schema = buildServicesSchema(Object.keys(names));
  const validate = newAjv().compile(schema);

  it('the content is valid, so the export has every service', () => {
    expect(report.errors).toEqual([]);
    expect(data.services.map((s) => s.id)).toEqual(services.map((s) => s.id).sort());
    expect(data.municipalities).toMatchObject({ karlskrona: 'Karlskrona', olofstrom: 'Olofström' });
  });

  it('validates against its own schema', () => {
    expect(validate(JSON.parse(JSON.stringify(data))) ? [] : errorsOf(validate)).toEqual([]);
  });

  it('describes phones, dates and sources as the schemas output them, not as {}', () => {
    const service = (schema.properties as { services: { items: { properties: { reviewed: object; source: object } } } }).services.items;
    expect(service.properties.reviewed).toMatchObject({ type: 'string', format: 'date' });
    expect(service.properties.source).toMatchObject({ type: 'array', minItems: 1 });
    expect(JSON.stringify(schema)).not.toMatch(/:\{\}/);
  });

  it.each([
    ['a phone as the editor wrote it', (s: Record<string, any>) => (s.contact = { phone: '0455-73 58 14' })],
    ['a phone without tel', (s: Record<string, any>) => (s.contact = { phone: { display: '0455-73 58 14' } })],
    ['a date that is not YYYY-MM-DD', (s: Record<string, any>) => (s.reviewed = '22 november 2026')],
    ['no source', (s: Record<string, any>) => (s.source = [])],
    ['a municipality that does not exist', (s: Record<string, any>) => (s.municipalities = ['lund'])],
    ['a field the schema does not know', (s: Record<string, any>) => (s.rating = 5)],
    ['a web address that is not http(s)', (s: Record<string, any>) => (s.contact = { web: 'ftp://example.se/' })],
  ])('rejects %s', (_, change) => {
    const copy = JSON.parse(JSON.stringify(data));
    change(copy.services[0]);
    expect(validate(copy)).toBe(false);
  });
});

describe('stable ids', () => {
  it('are valid, version 5 style UUIDs that do not change between builds', () => {
    const id = stableUuid('service', 'bup-blekinge');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('service', 'bup-blekinge')).toBe(id);
    expect(stableUuid('location', 'bup-blekinge')).not.toBe(id);
  });

  it('make the same HSDS export every time', () => {
    expect(buildHsds({ services, site, municipalities: names })).toEqual(buildHsds({ services: [...services].reverse(), site, municipalities: names }));
  });
});

describe('weekly hours for HSDS schedules', () => {
  it('office hours, closed on holidays', () => {
    expect(weeklyHours('Mo-Fr 08:00-16:30; PH off')).toEqual({
      openings: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '08:00', closesAt: '16:30' }],
      description: 'Måndag–fredag 08.00–16.30, lördag och söndag stängt.',
      holidays: 'Stängt på helgdagar.',
    });
  });

  it('always open, as HSDS recommends: 00:00–23:59', () => {
    expect(weeklyHours('24/7').openings).toEqual([{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '00:00', closesAt: '23:59' }]);
  });

  it('a night line is one opening on the day it opens, also from Sunday into Monday', () => {
    expect(weeklyHours('21:00-06:00').openings).toEqual([{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '21:00', closesAt: '06:00' }]);
    expect(weeklyHours('Su 22:00-02:00').openings).toEqual([{ days: ['SU'], opensAt: '22:00', closesAt: '02:00' }]);
    expect(weeklyHours('Fr 18:00-24:00').openings).toEqual([{ days: ['FR'], opensAt: '18:00', closesAt: '00:00' }]);
  });

  it('scattered days and two periods a day', () => {
    expect(weeklyHours('Mo,Tu,Th,Fr 10:00-15:00; We,Su 18:00-21:00').openings).toEqual([
      { days: ['MO', 'TU', 'TH', 'FR'], opensAt: '10:00', closesAt: '15:00' },
      { days: ['WE', 'SU'], opensAt: '18:00', closesAt: '21:00' },
    ]);
    expect(weeklyHours('Mo-Su 11:00-13:00,18:00-20:00').openings).toEqual([
      { days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '11:00', closesAt: '13:00' },
      { days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '18:00', closesAt: '20:00' },
    ]);
  });

  it('whole days next to part days', () => {
    expect(weeklyHours('Mo 00:00-24:00; Tu 00:00-06:00').openings).toEqual([
      { days: ['MO'], opensAt: '00:00', closesAt: '23:59' },
      { days: ['TU'], opensAt: '00:00', closesAt: '06:00' },
    ]);
  });
});

describe('HSDS 3.0 export', () => {
  const validateHsds = hsdsValidator();
  const real = buildHsds({ services, site, municipalities: names });
  const full = buildHsds({ services: [fullService], site, municipalities: names });

  it('every record of the real content is valid HSDS 3.0', () => {
    expect(validateHsds(real)).toEqual([]);
    expect(real.service).toHaveLength(services.length);
  });

  it('every record of a service with every field filled is valid HSDS 3.0', () => {
    expect(validateHsds(full)).toEqual([]);
    expect(Object.entries(full).filter(([, rows]) => rows.length === 0).map(([table]) => table)).toEqual([]);
  });

  it('reports invalid records readably', () => {
    const broken = structuredClone(full);
    (broken.phone[0] as unknown as Record<string, unknown>).id = 'telefon-1';
    delete (broken.service[0] as unknown as Record<string, unknown>).status;
    expect(validateHsds(broken)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^service\[0\] Testmottagningen: \/ must have required property 'status'$/),
        expect.stringMatching(/^phone\[0\] telefon-1: \/id must match format "uuid"$/),
      ]),
    );
  });

  it('every id is unique and every reference points at a record', () => {
    for (const data of [real, full]) {
      const ids = Object.values(data).flatMap((rows: { id: string }[]) => rows.map((r) => r.id));
      expect(new Set(ids).size).toBe(ids.length);
      const has = (table: keyof HsdsTabular, id: string) => (data[table] as { id: string }[]).some((r) => r.id === id);
      for (const s of data.service) expect(has('organization', s.organization_id)).toBe(true);
      for (const l of data.location) expect(has('organization', l.organization_id)).toBe(true);
      for (const row of [...data.phone, ...data.schedule, ...data.service_area, ...data.language, ...data.service_at_location]) {
        expect(has('service', row.service_id)).toBe(true);
      }
      for (const row of [...data.address, ...data.accessibility, ...data.service_at_location]) expect(has('location', row.location_id)).toBe(true);
    }
  });

  it('maps the service fields', () => {
    const [service] = full.service;
    expect(service).toEqual({
      id: stableUuid('service', 'testmottagningen'),
      organization_id: stableUuid('organization', 'Testkommunen'),
      name: 'Testmottagningen',
      alternate_name: 'TM, Testet',
      description: 'En mottagning för test.\n\nMer om mottagningen.\n\nUppgiften är inte bekräftad. Adressen är inte bekräftad.',
      url: 'https://example.se/mottagningen',
      email: 'test@example.se',
      status: 'active',
      application_process:
        'Ibland behövs remiss. Fråga din vårdcentral. Du kan komma utan att boka tid. Det här kan du säga när du hör av dig: ”Jag vill ha hjälp.”',
      fees_description: 'Gratis',
      eligibility_description: 'För dig som söker hjälp för egen del och anhöriga. 18–64 år.',
      minimum_age: 18,
      maximum_age: 64,
      assured_date: '2026-01-15',
    });
    expect(full.organization).toEqual([{ id: stableUuid('organization', 'Testkommunen'), name: 'Testkommunen', description: 'Huvudman: kommun.' }]);
  });

  it('maps phones to E.164 (short numbers as they are dialled) with their notes', () => {
    expect(full.phone.map(({ number, description }) => ({ number, description }))).toEqual([
      { number: '+46455731000', description: 'Växeln' },
      { number: '112', description: 'Akut' },
    ]);
  });

  it('maps opening hours to weekly schedules, with holidays and local time in the notes', () => {
    expect(full.schedule).toEqual([
      {
        id: expect.any(String),
        service_id: stableUuid('service', 'testmottagningen'),
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '08:00',
        closes_at: '16:30',
        description: 'Måndag–fredag 08.00–16.30, lördag och söndag stängt.',
        notes: 'Stängt på helgdagar. Telefontid 08.00–09.00. Tiderna är svensk lokal tid.',
      },
    ]);
  });

  it('maps the address, the location and the service areas', () => {
    expect(full.location).toEqual([
      expect.objectContaining({ location_type: 'physical', name: 'Testmottagningen', description: 'Testgatan 1, 371 85, Karlskrona. Ingång B.' }),
    ]);
    expect(full.address).toEqual([
      expect.objectContaining({
        address_1: 'Testgatan 1',
        postal_code: '371 85',
        city: 'Karlskrona',
        state_province: 'Blekinge län',
        country: 'SE',
        address_type: 'physical',
      }),
    ]);
    expect(full.service_area.map((a) => a.name)).toEqual(['Karlskrona', 'Ronneby']);
    const akut = real.service_area.filter((a) => a.service_id === stableUuid('service', 'blekingesjukhuset-akutmottagning'));
    expect(akut).toEqual([expect.objectContaining({ name: 'Blekinge län', description: expect.stringContaining('Olofström och Sölvesborg') })]);
  });

  it('keeps a city without street or postal code out of the address table, where HSDS requires both', () => {
    const bup = real.location.find((l) => l.name.startsWith('BUP'));
    expect(bup?.description).toBe('Landbrogatan, Karlskrona. BUP:s mottagning. Ingång från Bååths gränd.');
    expect(real.address).toEqual([]);
  });
});
