// Synthetic content for the scale benchmark (scripts/bench-scale.ts): the real content with as
// many municipalities as a national site would have. The region's five real municipalities stay
// first, with their real files (pages refer to them); municipalities 6..N are plainly fake
// ("Syntetisk kommun 17", kommun-017). Every municipality gets about 20 services of its own and
// 2–4 relatives' programmes, varied in kind, audience, topics, ages and opening hours so that the
// navigator's matching (and so its number of pages) behaves as it would with real data. Each
// municipality's files depend only on its number, so sizes can be compared with each other.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse as parseYaml, parseDocument, stringify } from 'yaml';
import type { municipalitySchema } from '../../src/schemas/municipality.ts';
import type { programmeSchema } from '../../src/schemas/programme.ts';
import type { serviceSchema } from '../../src/schemas/service.ts';

type MunicipalityFile = z.input<typeof municipalitySchema>;
type ServiceFile = z.input<typeof serviceSchema>;
type ProgrammeFile = z.input<typeof programmeSchema>;
type Kind = ServiceFile['kind'];
type Topic = ServiceFile['topics'][number];
type Ages = NonNullable<ServiceFile['ages']>;

export const servicesPerMunicipality = 20;

export interface SyntheticSummary {
  /** Every municipality id, in the order site.yaml lists them. */
  municipalities: string[];
  /** The real ones, kept with their own files. */
  realMunicipalities: string[];
  services: number;
  programmes: number;
}

/** A small seeded generator (mulberry32): the same municipality number gives the same files. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** The items, each kept with the given chance, never fewer than one. */
  const some = <T>(items: readonly T[], keep = 0.7): T[] => {
    const kept = items.filter(() => next() < keep);
    return kept.length > 0 ? kept : [pick(items)];
  };
  return { next, pick, some, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const syntheticId = (n: number) => `kommun-${pad(n, 3)}`;

// 070-174 06 05 … 99 is the range Post- och telestyrelsen is reported to keep for fiction (not
// confirmed from PTS here): the numbers pass the content check's validation and exist only in a
// temporary folder that is deleted after the run, never on a page anyone reads.
const fictionPhone = (r: Random) => `070-174 06 ${pad(5 + Math.floor(r.next() * 95), 2)}`;

const source = 'Syntetiskt innehåll för npm run bench:scale (scripts/bench/synthetic-content.ts): inga riktiga uppgifter';
const verificationNote = 'Påhittad uppgift för att mäta hur bygget växer. Ingen del är kontrollerad.';

function officeHours(r: Random): string {
  const open = r.pick(['07:30', '08:00', '08:00', '08:30']);
  const close = r.pick(['16:00', '16:30', '17:00']);
  return r.pick([
    `Mo-Fr ${open}-${close}; PH off`,
    `Mo-Th ${open}-${close}; Fr ${open}-15:00; PH off`,
    `Mo-Fr ${open}-12:00,13:00-${close}; PH off`,
    `Mo,Tu,Th,Fr ${open}-${close}; We ${open}-18:00; PH off`,
  ]);
}
const youthHours = (r: Random) =>
  r.pick(['Mo,We 13:00-17:00; Tu,Th 10:00-16:00; PH off', 'Mo-Th 12:00-16:00; Fr 10:00-13:00; PH off', 'Tu,Th 15:00-18:00; PH off', 'Mo-Fr 09:00-16:00; PH off']);
const onCallHours = (r: Random) => r.pick(['Mo-Fr 00:00-08:00,16:30-24:00; Sa,Su,PH 00:00-24:00', '24/7', 'Mo-Fr 17:00-22:00; Sa,Su 10:00-22:00']);
const eveningHours = (r: Random) => r.pick(['We 18:00-20:00; PH off', 'Tu 17:30-19:30; PH off', 'Mo,Th 18:00-20:30; PH off']);
const emergencyHours = (r: Random) => r.pick(['24/7', 'Mo-Fr 16:00-22:00; Sa,Su,PH 10:00-22:00', 'Mo-Su 21:00-06:00']);

const addictionTopics: Topic[] = ['alkohol', 'narkotika', 'lakemedel', 'spel'];
const allTopics: Topic[] = [...addictionTopics, 'psykisk-ohalsa', 'vald'];
const topicWords: Record<Topic, string> = {
  alkohol: 'alkohol',
  narkotika: 'narkotika',
  lakemedel: 'läkemedel',
  spel: 'spel om pengar',
  'psykisk-ohalsa': 'psykisk ohälsa',
  vald: 'våld i nära relationer',
};
const listWords = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} och ${words.at(-1)}`);

interface Slot {
  slug: string;
  kind: Kind;
  principal: ServiceFile['principal'];
  title: string;
  audience: ServiceFile['audience'];
  topics: Topic[];
  ages?: Ages;
  hours?: string;
  referral?: NonNullable<ServiceFile['referral']>;
  dropIn?: boolean;
  /** Other municipalities it serves too (a shared on-call service, like Sydostjouren). */
  alsoServes?: string[];
}

/** About twenty services a municipality could have, most important first. */
function serviceSlots(r: Random, neighbour: string | undefined): Slot[] {
  const slots: Slot[] = [
    { slug: 'vuxenenheten', kind: 'socialtjanst-vuxen', principal: 'kommun', title: 'Vuxenenheten', audience: ['egen-del', 'anhorig'], topics: r.chance(0.8) ? addictionTopics : ['alkohol', 'narkotika', 'lakemedel'], ages: { min: r.pick([18, 18, 18, 21]) }, hours: officeHours(r), referral: 'nej' },
    { slug: 'barn-och-unga', kind: 'socialtjanst-barn-unga', principal: 'kommun', title: 'Barn och unga, öppenvården', audience: ['barn-och-unga', 'anhorig'], topics: r.some(['alkohol', 'narkotika', 'psykisk-ohalsa', 'vald']), ages: { max: r.pick([17, 20, 21]) }, hours: officeHours(r), referral: 'nej' },
    { slug: 'anhorigstod', kind: 'anhorigstod', principal: 'kommun', title: 'Anhörigstödet', audience: ['anhorig'], topics: [...addictionTopics, 'psykisk-ohalsa'], hours: officeHours(r) },
    { slug: 'ungdomsmottagning', kind: 'ungdomsmottagning', principal: r.pick(['region', 'kommun']), title: 'Ungdomsmottagningen', audience: ['egen-del', 'barn-och-unga'], topics: r.some(['alkohol', 'narkotika', 'psykisk-ohalsa']), ages: r.pick<Ages>([{ min: 13, max: 25 }, { min: 12, max: 23 }, { min: 15, max: 24 }, { max: 25 }]), hours: youthHours(r), dropIn: r.chance(0.5) },
    { slug: 'socialjour', kind: 'socialjour', principal: 'kommun', title: 'Socialjouren', audience: ['egen-del', 'anhorig', 'barn-och-unga'], topics: allTopics, ...(r.chance(0.8) ? { hours: onCallHours(r) } : {}), ...(neighbour && r.chance(0.5) ? { alsoServes: [neighbour] } : {}) },
  ];
  for (const n of [1, 2, 3, 4]) {
    slots.push({ slug: `vardcentral-${n}`, kind: 'vardcentral', principal: r.pick(['region', 'region', 'privat']), title: `Vårdcentralen ${['Norr', 'Söder', 'Centrum', 'Väster'][n - 1]}`, audience: r.chance(0.6) ? ['egen-del', 'anhorig'] : ['egen-del'], topics: r.some(['alkohol', 'lakemedel', 'psykisk-ohalsa', 'narkotika', 'spel'], 0.6), ...(r.chance(0.2) ? { ages: { min: 16 } } : {}), hours: officeHours(r), referral: 'nej' });
  }
  const maria = r.chance(0.4);
  slots.push(
    { slug: 'beroendemottagning', kind: 'beroendemottagning', principal: 'region', title: 'Beroendemottagningen', audience: ['egen-del', 'anhorig'], topics: ['alkohol', 'narkotika', 'lakemedel'], ages: { min: 18 }, hours: officeHours(r), referral: r.pick(['nej', 'ibland']) },
    { slug: 'psykiatri', kind: 'psykiatri', principal: 'region', title: 'Allmänpsykiatriska mottagningen', audience: ['egen-del'], topics: r.some(['psykisk-ohalsa', 'alkohol', 'narkotika']), ages: { min: 18 }, hours: officeHours(r), referral: 'ja' },
    { slug: 'bup', kind: 'bup', principal: 'region', title: 'Barn- och ungdomspsykiatrin', audience: ['barn-och-unga', 'anhorig'], topics: r.some(['psykisk-ohalsa', 'narkotika', 'alkohol']), ages: { max: 17 }, hours: officeHours(r), referral: 'ibland' },
    maria
      ? { slug: 'maria', kind: 'maria', principal: 'region', title: 'Mariamottagningen', audience: ['egen-del', 'barn-och-unga', 'anhorig'], topics: ['alkohol', 'narkotika'], ages: r.pick<Ages>([{ min: 13, max: 25 }, { max: 21 }]), hours: youthHours(r), dropIn: true }
      : { slug: 'unga-vuxna', kind: 'socialtjanst-vuxen', principal: 'kommun', title: 'Unga vuxna-teamet', audience: ['egen-del', 'anhorig'], topics: ['alkohol', 'narkotika', 'spel'], ages: { min: 18, max: r.pick([25, 29]) }, hours: officeHours(r), referral: 'nej' },
    { slug: 'spelmottagning', kind: 'socialtjanst-vuxen', principal: r.pick(['kommun', 'privat']), title: 'Spelmottagningen', audience: ['egen-del', 'anhorig'], topics: ['spel'], ages: { min: r.pick([16, 18, 18]) }, hours: eveningHours(r) },
    { slug: 'personligt-ombud', kind: 'personligt-ombud', principal: 'kommun', title: 'Personligt ombud', audience: ['egen-del'], topics: ['psykisk-ohalsa', ...r.some(addictionTopics, 0.3)], ages: { min: 18 }, hours: officeHours(r) },
    r.chance(0.5)
      ? { slug: 'laro', kind: 'laro', principal: 'region', title: 'LARO-mottagningen', audience: ['egen-del'], topics: ['narkotika', 'lakemedel'], ages: { min: 18 }, hours: officeHours(r), referral: 'ibland' }
      : { slug: 'sprututbyte', kind: 'sprututbyte', principal: 'region', title: 'Sprututbytet', audience: ['egen-del'], topics: ['narkotika'], ages: { min: 18 }, hours: youthHours(r), dropIn: true },
    { slug: 'anhorigforeningen', kind: 'anhorigstod', principal: 'civilsamhalle', title: 'Anhörigföreningen', audience: ['anhorig'], topics: r.some([...addictionTopics, 'psykisk-ohalsa'], 0.5), hours: eveningHours(r) },
    r.chance(0.5)
      ? { slug: 'tillnyktring', kind: 'tillnyktring', principal: 'region', title: 'Tillnyktringsenheten', audience: ['egen-del'], topics: ['alkohol', 'narkotika', 'lakemedel'], ages: { min: 18 }, hours: '24/7' }
      : { slug: 'beroendeavdelning', kind: 'beroendeavdelning', principal: 'region', title: 'Beroendeavdelningen', audience: ['egen-del'], topics: ['alkohol', 'narkotika', 'lakemedel'], ages: { min: 18 }, hours: '24/7', referral: 'ja' },
    { slug: 'akut', kind: r.pick(['akutmottagning', 'narakut', 'psykiatrisk-akut'] as const), principal: 'region', title: 'Akuten', audience: ['egen-del', 'anhorig', 'barn-och-unga'], topics: allTopics, hours: emergencyHours(r) },
    { slug: 'familjebehandling', kind: 'socialtjanst-barn-unga', principal: 'kommun', title: 'Familjebehandlingen', audience: ['anhorig', 'barn-och-unga'], topics: r.some(['alkohol', 'narkotika', 'vald', 'psykisk-ohalsa']), ages: { max: 17 }, hours: officeHours(r) },
  );
  return slots;
}

function serviceFile(slot: Slot, id: string, municipality: { id: string; name: string; organisation: string }, r: Random, reviewed: string): ServiceFile {
  const words = listWords(slot.topics.map((t) => topicWords[t]));
  const forWhom = slot.audience.includes('egen-del') ? 'dig som själv vill ändra något' : slot.audience.includes('anhorig') ? 'dig som är anhörig' : 'barn och unga';
  const ages = slot.ages ? ` Åldrar: ${slot.ages.min ?? 0}–${slot.ages.max ?? 'uppåt'} år.` : '';
  return {
    name: `${slot.title} i ${municipality.name} (syntetisk)`,
    organisation: slot.principal === 'region' ? `Syntetisk region för ${municipality.name}` : slot.principal === 'kommun' ? municipality.organisation : `Syntetisk aktör i ${municipality.name}`,
    principal: slot.principal,
    kind: slot.kind,
    summary: `Påhittad mottagning för ${forWhom}, vid ${words}.${ages}`,
    about: `Den här mottagningen finns inte: den är skapad för att mäta hur webbplatsen växer med många kommuner. Hit kan ${forWhom} vända sig för samtal och stöd vid ${words}. Du kan ringa, skriva eller komma på ett första besök, och vi berättar vad som händer sedan.`,
    municipalities: [municipality.id, ...(slot.alsoServes ?? [])],
    topics: slot.topics,
    audience: slot.audience,
    ...(slot.ages ? { ages: slot.ages } : {}),
    ...(slot.referral ? { referral: slot.referral } : {}),
    ...(slot.dropIn !== undefined ? { dropIn: slot.dropIn } : {}),
    cost: r.pick(['Gratis.', 'Som ett vanligt vårdbesök.', 'Gratis för dig under 20 år.']),
    contact: {
      phone: fictionPhone(r),
      ...(r.chance(0.3) ? { morePhones: [{ label: 'Växeln', phone: fictionPhone(r) }] } : {}),
      email: `${id}@example.org`,
      web: `https://example.org/syntetisk/${id}/`,
      address: { street: `Påhittade gatan ${1 + Math.floor(r.next() * 60)}`, postalCode: `999 ${pad(Math.floor(r.next() * 100), 2)}`, city: municipality.name },
    },
    ...(slot.hours ? { openingHours: slot.hours } : { hoursNote: 'Öppettiderna är inte kända (syntetisk uppgift).' }),
    whatToSay: `Hej, jag bor i ${municipality.name} och vill prata med någon om ${slot.topics.map((t) => topicWords[t])[0]}.`,
    source: [source],
    reviewed,
    verified: false,
    verificationNote,
  };
}

interface ProgrammeSlot {
  slug: string;
  file: Omit<ProgrammeFile, 'organiser' | 'municipalities' | 'source' | 'reviewed' | 'verified' | 'organiserService'>;
  /** The slug of the municipality's service that runs it. */
  runBy: 'anhorigstod' | 'barn-och-unga' | undefined;
}

function programmeSlots(r: Random, placeName: string): ProgrammeSlot[] {
  return [
    { slug: 'anhoriggrupp', runBy: 'anhorigstod', file: { name: `Anhöriggrupp i ${placeName} (syntetisk)`, forWhom: ['partner', 'foralder', 'syskon', 'van'], ageGroup: ['vuxen'], format: ['grupp'], helpsWith: ['traffa-andra', 'lara-mer'], summary: 'Påhittad grupp för vuxna anhöriga som vill träffa andra i samma situation.', topics: r.some([...addictionTopics, 'psykisk-ohalsa']) } },
    { slug: 'barngrupp', runBy: 'barn-och-unga', file: { name: `Barngrupp i ${placeName} (syntetisk)`, forWhom: ['barn', 'syskon'], ageGroup: ['ung'], ages: { min: r.pick([6, 7, 10]), max: r.pick([12, 15, 17]) }, format: ['grupp'], helpsWith: ['traffa-andra', 'prata-nu'], summary: 'Påhittad grupp för barn som har en förälder eller ett syskon med missbruk.', topics: ['alkohol', 'narkotika', 'spel', 'psykisk-ohalsa'] } },
    { slug: 'craft', runBy: undefined, file: { name: `CRAFT-samtal i ${placeName} (syntetisk)`, forWhom: ['partner', 'foralder'], ageGroup: ['vuxen'], format: ['individuellt'], helpsWith: ['hjalpa-personen', 'lara-mer'], method: 'CRAFT', summary: 'Påhittade samtal för dig som vill hjälpa någon att söka vård.', topics: ['alkohol', 'narkotika'] } },
    { slug: 'unga-anhoriga', runBy: 'anhorigstod', file: { name: `Samtal för unga anhöriga i ${placeName} (syntetisk)`, forWhom: ['barn', 'syskon', 'van'], ageGroup: ['ung'], ages: { min: 13, max: r.pick([17, 20]) }, format: ['individuellt', 'chatt'], helpsWith: ['prata-nu'], summary: 'Påhittade samtal för unga som oroar sig för någon.', topics: r.some([...addictionTopics, 'psykisk-ohalsa']) } },
  ];
}

interface RealFile {
  id: string;
  kind?: Kind;
  municipalities: 'alla' | string[];
}

function readFolder(folder: string): RealFile[] {
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
    .map((name) => {
      const data = parseYaml(readFileSync(join(folder, name), 'utf8')) as { kind?: Kind; municipalities: 'alla' | string[] };
      return { id: name.replace(/\.ya?ml$/, ''), municipalities: data.municipalities, ...(data.kind ? { kind: data.kind } : {}) };
    });
}

const ownedBy = (files: RealFile[], municipality: string) => files.filter((f) => Array.isArray(f.municipalities) && f.municipalities.includes(municipality));

/**
 * Adds municipalities up to `count` (the real ones first) with their services and programmes to
 * the content folder of a copy of the project, and lists them all in its site.yaml.
 */
export function writeSyntheticContent(contentDir: string, count: number, reviewed: string): SyntheticSummary {
  const sitePath = join(contentDir, 'site.yaml');
  const site = parseDocument(readFileSync(sitePath, 'utf8'));
  const realMunicipalities = (site.toJS() as { municipalities: string[] }).municipalities;
  if (count < realMunicipalities.length) {
    throw new Error(`Minst ${realMunicipalities.length} kommuner: de riktiga (${realMunicipalities.join(', ')}) behövs, eftersom sidorna hänvisar till dem.`);
  }
  const realServices = readFolder(join(contentDir, 'services'));
  const realProgrammes = readFolder(join(contentDir, 'programmes'));
  const write = (folder: string, id: string, data: unknown) => {
    const path = join(contentDir, folder, `${id}.yaml`);
    if (existsSync(path)) throw new Error(`${path} finns redan.`);
    writeFileSync(path, stringify(data, { lineWidth: 0 }));
  };
  mkdirSync(join(contentDir, 'municipalities'), { recursive: true });

  const ids: string[] = [];
  let services = 0;
  let programmes = 0;
  for (let n = 1; n <= count; n += 1) {
    const real = realMunicipalities[n - 1];
    const id = real ?? syntheticId(n);
    const r = random(n * 7919 + 17);
    let name: string;
    if (real) {
      name = (parseYaml(readFileSync(join(contentDir, 'municipalities', `${real}.yaml`), 'utf8')) as { name: string }).name;
    } else {
      name = `Syntetisk kommun ${n}`;
      const file: MunicipalityFile = { name, web: `https://${id}.example.org/`, source: [source], reviewed, verified: false, verificationNote };
      write('municipalities', id, file);
    }
    const municipality = { id, name, organisation: real ? `${name} kommun` : name };
    ids.push(id);

    // A real municipality keeps its own services and gets synthetic ones of the other kinds.
    const own = real ? ownedBy(realServices, real) : [];
    const hasKind = new Set(own.map((s) => s.kind));
    const slots = serviceSlots(r, n > 1 ? (realMunicipalities[n - 2] ?? syntheticId(n - 1)) : undefined).filter((slot) => !hasKind.delete(slot.kind));
    const serviceIds = new Map<string, string>();
    for (const slot of slots.slice(0, Math.max(0, servicesPerMunicipality - own.length))) {
      const serviceId = `${id}-syn-${slot.slug}`;
      write('services', serviceId, serviceFile(slot, serviceId, municipality, r, reviewed));
      serviceIds.set(slot.slug, serviceId);
      services += 1;
    }
    const realAnhorigstod = own.find((s) => s.kind === 'anhorigstod')?.id;
    if (realAnhorigstod) serviceIds.set('anhorigstod', realAnhorigstod);

    const wanted = 2 + Math.floor(r.next() * 3);
    const ownProgrammes = real ? ownedBy(realProgrammes, real).length : 0;
    for (const slot of programmeSlots(r, name).slice(0, Math.max(0, wanted - ownProgrammes))) {
      const organiserService = slot.runBy && serviceIds.get(slot.runBy);
      const file: ProgrammeFile = {
        ...slot.file,
        organiser: municipality.organisation,
        ...(organiserService ? { organiserService } : {}),
        about: 'Det här stödet finns inte: det är skapat för att mäta hur webbplatsen växer med många kommuner.',
        howToJoin: 'Ring kommunens anhörigstöd och fråga efter gruppen.',
        municipalities: [id],
        contact: { phone: fictionPhone(r) },
        source: [source],
        reviewed,
        verified: false,
        verificationNote,
      };
      write('programmes', `${id}-syn-${slot.slug}`, file);
      programmes += 1;
    }
  }
  site.set('municipalities', ids);
  writeFileSync(sitePath, site.toString({ lineWidth: 0 }));
  return { municipalities: ids, realMunicipalities, services, programmes };
}
