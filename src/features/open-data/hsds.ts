// The services as Open Referral HSDS 3.0 records, one array per HSDS object, in the shape of the
// specification's compiled tabular schema (schema/compiled/tabular.json): records refer to each
// other by id, as rows in the HSDS Tabular Data Package do. Text stays in Swedish, as written.
import type { Phone } from '../../lib/phone.ts';
import { servesWholeRegion } from '../../lib/region.ts';
import type { Service } from '../../schemas/service.ts';
import type { Site } from '../../schemas/site.ts';
import { stableUuid } from './ids.ts';
import type { Entry } from './services-export.ts';
import { weeklyHours } from './weekly-hours.ts';

export const hsdsVersion = '3.0';

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  /** The other names it goes by (content's alsoKnownAs), as one text: HSDS has one field. */
  alternate_name?: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active';
  application_process?: string;
  fees_description?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date: string;
  assurer_email?: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  description?: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}

export interface HsdsPhone {
  id: string;
  service_id: string;
  number: string;
  type: 'voice';
  description?: string;
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq?: 'WEEKLY';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description: string;
  notes?: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description?: string;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

/** Keys are HSDS object names, as in schema/compiled/tabular.json. */
export interface HsdsTabular {
  organization: HsdsOrganization[];
  service: HsdsService[];
  service_at_location: HsdsServiceAtLocation[];
  location: HsdsLocation[];
  address: HsdsAddress[];
  phone: HsdsPhone[];
  schedule: HsdsSchedule[];
  service_area: HsdsServiceArea[];
  language: HsdsLanguage[];
  accessibility: HsdsAccessibility[];
}

export interface HsdsInput {
  services: Entry<Service>[];
  site: Site;
  /** Municipality id → name. */
  municipalities: Record<string, string>;
}

const principalNames: Record<Service['principal'], string> = {
  region: 'region',
  kommun: 'kommun',
  civilsamhalle: 'civilsamhället',
  stat: 'staten',
  privat: 'privat',
};

const audienceNames: Record<Service['audience'][number], string> = {
  'egen-del': 'dig som söker hjälp för egen del',
  anhorig: 'anhöriga',
  'barn-och-unga': 'barn och unga',
};

const referralText: Record<NonNullable<Service['referral']>, string> = {
  nej: 'Du behöver ingen remiss.',
  ja: 'Du behöver remiss.',
  ibland: 'Ibland behövs remiss.',
};

/** Drops undefined fields, so that records carry only what is known. */
function known<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

function sentences(...parts: (string | undefined)[]): string | undefined {
  const text = parts.filter((p): p is string => Boolean(p && p.trim())).join(' ');
  return text || undefined;
}

function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  // "barn och unga och anhöriga" reads as one group; "samt" keeps the groups apart.
  const and = items.some((item) => item.includes(' och ')) ? 'samt' : 'och';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

function description(s: Service): string {
  // The site shows the same notice beside every unverified fact; a reuser must see it too.
  const unverified = s.verified ? undefined : `Uppgiften är inte bekräftad. ${s.verificationNote ?? 'Kontrollera uppgifterna innan du förlitar dig på dem.'}`;
  return [s.summary, s.about, unverified].filter(Boolean).join('\n\n');
}

function applicationProcess(s: Service): string | undefined {
  const dropIn = s.dropIn === undefined ? undefined : s.dropIn ? 'Du kan komma utan att boka tid.' : 'Du kan inte komma utan bokad tid.';
  const say = s.whatToSay ? `Det här kan du säga när du hör av dig: ”${s.whatToSay}”` : undefined;
  return sentences(s.referral && referralText[s.referral], s.referralNote, dropIn, say);
}

function ages(s: Service): string | undefined {
  const { min, max } = s.ages ?? {};
  if (min !== undefined && max !== undefined) return `${min}–${max} år.`;
  if (min !== undefined) return `Från ${min} år.`;
  if (max !== undefined) return `Upp till ${max} år.`;
  return undefined;
}

function eligibility(s: Service): string | undefined {
  const forWhom = s.audience.length > 0 ? `För ${listInWords(s.audience.map((a) => audienceNames[a]))}.` : undefined;
  return sentences(forWhom, ages(s));
}

function organizations(services: Entry<Service>[]): HsdsOrganization[] {
  const principals = new Map<string, Set<Service['principal']>>();
  for (const { data } of services) principals.set(data.organisation, (principals.get(data.organisation) ?? new Set()).add(data.principal));
  return [...principals.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'sv'))
    .map(([name, kinds]) => ({
      id: stableUuid('organization', name),
      name,
      description: `Huvudman: ${listInWords([...kinds].map((k) => principalNames[k]))}.`,
    }));
}

function phones(serviceId: string, s: Service): HsdsPhone[] {
  const listed: { phone: Phone; description?: string }[] = [
    ...(s.contact?.phone ? [{ phone: s.contact.phone, description: s.contact.phoneNote }] : []),
    ...(s.contact?.morePhones ?? []).map((p) => ({ phone: p.phone, description: p.label })),
  ];
  const seen = new Map<string, number>();
  return listed.map(({ phone, description }) => {
    const count = (seen.get(phone.tel) ?? 0) + 1;
    seen.set(phone.tel, count);
    const key = count === 1 ? `${serviceId}:${phone.tel}` : `${serviceId}:${phone.tel}#${count}`;
    return known({ id: stableUuid('phone', key), service_id: stableUuid('service', serviceId), number: phone.tel, type: 'voice' as const, description });
  });
}

const localTime = 'Tiderna är svensk lokal tid.';

function schedules(serviceId: string, s: Service): HsdsSchedule[] {
  const service_id = stableUuid('service', serviceId);
  if (!s.openingHours) {
    return s.hoursNote ? [{ id: stableUuid('schedule', `${serviceId}:note`), service_id, description: s.hoursNote }] : [];
  }
  const week = weeklyHours(s.openingHours);
  const notes = sentences(week.holidays, s.hoursNote, localTime);
  if (week.openings.length === 0) {
    return [known({ id: stableUuid('schedule', `${serviceId}:closed`), service_id, description: week.description, notes })];
  }
  return week.openings.map((opening) => {
    const byday = opening.days.join(',');
    return known({
      id: stableUuid('schedule', `${serviceId}:${byday}:${opening.opensAt}-${opening.closesAt}`),
      service_id,
      freq: 'WEEKLY' as const,
      byday,
      opens_at: opening.opensAt,
      closes_at: opening.closesAt,
      description: week.description,
      notes,
    });
  });
}

function serviceAreas(serviceId: string, s: Service, site: Site, municipalities: Record<string, string>): HsdsServiceArea[] {
  const service_id = stableUuid('service', serviceId);
  if (servesWholeRegion(s.municipalities)) {
    return [
      {
        id: stableUuid('service_area', `${serviceId}:alla`),
        service_id,
        name: site.region.county,
        description: `Alla kommuner i ${site.region.county}: ${listInWords(Object.values(municipalities))}.`,
      },
    ];
  }
  return s.municipalities.map((id) => ({ id: stableUuid('service_area', `${serviceId}:${id}`), service_id, name: municipalities[id] ?? id }));
}

export function buildHsds({ services, site, municipalities }: HsdsInput): HsdsTabular {
  const sorted = [...services].sort((a, b) => a.id.localeCompare(b.id));
  const organization = organizations(sorted);
  const organizationIds = new Map(organization.map((o) => [o.name, o.id]));
  const out: HsdsTabular = {
    organization,
    service: [],
    service_at_location: [],
    location: [],
    address: [],
    phone: [],
    schedule: [],
    service_area: [],
    language: [],
    accessibility: [],
  };

  for (const { id, data: s } of sorted) {
    const service_id = stableUuid('service', id);
    const organization_id = organizationIds.get(s.organisation)!;
    out.service.push(
      known({
        id: service_id,
        organization_id,
        name: s.name,
        alternate_name: s.alsoKnownAs?.join(', '),
        description: description(s),
        url: s.contact?.web,
        email: s.contact?.email,
        status: 'active' as const,
        application_process: applicationProcess(s),
        fees_description: s.cost,
        eligibility_description: eligibility(s),
        minimum_age: s.ages?.min,
        maximum_age: s.ages?.max,
        assured_date: s.reviewed,
        assurer_email: site.owner.email,
      }),
    );

    const address = s.contact?.address;
    if (address) {
      const location_id = stableUuid('location', id);
      out.location.push(
        known({
          id: location_id,
          location_type: 'physical' as const,
          organization_id,
          name: s.name,
          description: sentences(`${[address.street, address.postalCode, address.city].filter(Boolean).join(', ')}.`, address.note),
        }),
      );
      out.service_at_location.push({ id: stableUuid('service_at_location', id), service_id, location_id });
      // HSDS requires a street line and a postal code; without both there is no address record,
      // and the location's description carries what is known.
      if (address.street && address.postalCode) {
        out.address.push({
          id: stableUuid('address', id),
          location_id,
          address_1: address.street,
          city: address.city,
          state_province: site.region.county,
          postal_code: address.postalCode,
          country: 'SE',
          address_type: 'physical',
        });
      }
      if (s.accessibility) out.accessibility.push({ id: stableUuid('accessibility', id), location_id, description: s.accessibility });
    }

    out.phone.push(...phones(id, s));
    out.schedule.push(...schedules(id, s));
    out.service_area.push(...serviceAreas(id, s, site, municipalities));
    for (const name of s.languages ?? []) out.language.push({ id: stableUuid('language', `${id}:${name}`), service_id, name });
  }
  return out;
}
