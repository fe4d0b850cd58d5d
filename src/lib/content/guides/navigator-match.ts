// Who should a resident turn to first? One pure function over the content's own data:
// audience, topics, ages, municipalities served and kind. No result list is written by hand.
import type { Entry } from '../entry.ts';
import { adultAges as adult, agesOverlap as fits, childAges as child, servesWholeRegion, type AgeRange as Range, type Region } from '../../region.ts';
import type { Helpline } from '../../../schemas/helpline.ts';
import type { Programme } from '../../../schemas/programme.ts';
import type { Service } from '../../../schemas/service.ts';
import { ageOptions, concernOptions, type AgeBand, type Answers } from './navigator-questions.ts';

export type { Entry };

export interface NavigatorData {
  services: Entry<Service>[];
  programmes: Entry<Programme>[];
  helplines: Entry<Helpline>[];
  /** Lines every page already shows in its acute strip; they are not repeated as results. */
  acuteStripHelplines: string[];
  /** Which places the answers can name, their words, and which of them an offer serves. */
  region: Pick<Region, 'places' | 'servesPlace' | 'placeLabel' | 'inPlace'>;
}

export type Match =
  | { type: 'service'; id: string; entry: Entry<Service> }
  | { type: 'programme'; id: string; entry: Entry<Programme> }
  | { type: 'helpline'; id: string; entry: Entry<Helpline> };

export interface NavigatorResult {
  /** Entry points in or for the municipality, best first. */
  local: Match[];
  /** National lines and organisations, after the local ones. */
  national: Match[];
}

// Shown in the acute route on every step instead.
const acuteKinds = new Set<Service['kind']>(['akutmottagning', 'psykiatrisk-akut', 'socialjour', 'narakut']);

// Where the concern is several things or mental ill-health alongside, psychiatry's ways in come
// right after the usual first door: they are where co-occurring conditions are assessed, and the
// night advice line is one. The first door stays (the municipality's unit, relatives' own support).
const psychiatricKinds: Service['kind'][] = ['psykiatri', 'bup', 'vardcentral', 'psykiatrisk-akut'];
const withPsychiatry = (order: readonly Service['kind'][]): Service['kind'][] => {
  const [first, ...rest] = order;
  const psychiatric = ['psykiatri' as const, ...rest.filter((k) => psychiatricKinds.includes(k) && k !== 'psykiatri'), 'psykiatrisk-akut' as const];
  return [first!, ...new Set([...psychiatric, ...rest])];
};

const adultOrder: Service['kind'][] = ['socialtjanst-vuxen', 'beroendemottagning', 'vardcentral', 'laro', 'sprututbyte', 'personligt-ombud', 'psykiatri', 'beroendeavdelning', 'tillnyktring'];
const youthOrder: Service['kind'][] = ['ungdomsmottagning', 'maria', 'socialtjanst-barn-unga', 'bup', 'vardcentral'];
const relativeOrder: Service['kind'][] = ['anhorigstod', 'socialtjanst-vuxen', 'socialtjanst-barn-unga', 'ungdomsmottagning', 'maria', 'beroendemottagning', 'vardcentral', 'bup'];

const band = (age: AgeBand | undefined): Range => {
  const option = ageOptions.find((o) => o.slug === age);
  return option ? { min: option.min, max: option.max } : { min: child.min, max: adult.max };
};

const rank = (order: readonly string[], kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'sv');

export function findHelp(answers: Answers, data: NavigatorData): NavigatorResult {
  const topics = new Set<string>(concernOptions.find((c) => c.slug === answers.concern)?.topics ?? []);
  const touches = (entryTopics: readonly string[]) => entryTopics.some((t) => topics.has(t));
  const servesPlace = (municipalities: 'alla' | string[]) => data.region.servesPlace(municipalities, answers.place);
  const concernAge = band(answers.age);
  const concernIsYoung = answers.who === 'jag-ar-under-18' ? false : concernAge.max < 18;
  const psychiatry = answers.concern === 'flera' && answers.who !== 'jag-ar-under-18';

  // Which services fit, for whom, and in which order.
  const serviceFits = ({ data: s }: Entry<Service>): boolean => {
    if ((acuteKinds.has(s.kind) && !(psychiatry && s.kind === 'psykiatrisk-akut')) || !servesPlace(s.municipalities)) return false;
    switch (answers.who) {
      case 'for-mig':
        return touches(s.topics) && fits(s.ages, concernAge) &&
          (s.audience.includes('egen-del') || (concernIsYoung && s.audience.includes('barn-och-unga')));
      case 'for-nagon-annan':
        // Support for the relative (the relative is an adult); a service for children that parents
        // may contact (BUP) is for the person you worry about, so it goes by that person's age.
        if (s.audience.includes('anhorig') && !s.audience.includes('egen-del') && !s.audience.includes('barn-och-unga')) return touches(s.topics) && fits(s.ages, adult);
        // A service for the person you worry about, which relatives may also contact.
        return touches(s.topics) && fits(s.ages, concernAge) &&
          (s.audience.includes('anhorig') || (concernIsYoung && s.audience.includes('barn-och-unga')));
      case 'jag-ar-under-18':
        // A child's own need is support, whatever the adult's problem is: no topic filter.
        return s.audience.includes('barn-och-unga') && fits(s.ages, child);
    }
  };
  const baseOrder = answers.who === 'for-nagon-annan' ? relativeOrder : answers.who === 'jag-ar-under-18' || concernIsYoung ? youthOrder : adultOrder;
  const order = psychiatry ? withPsychiatry(baseOrder) : baseOrder;
  const services = data.services
    .filter(serviceFits)
    .sort((a, b) => rank(order, a.data.kind) - rank(order, b.data.kind) || byName(a, b));

  const forRelatives = answers.who !== 'for-mig';
  const programmeFits = ({ data: p }: Entry<Programme>) =>
    forRelatives &&
    touches(p.topics) &&
    p.ageGroup.includes(answers.who === 'jag-ar-under-18' ? 'ung' : 'vuxen') &&
    fits(p.ages, answers.who === 'jag-ar-under-18' ? child : adult) &&
    // A programme for the whole region may be national ("alla" for both): it serves anyone.
    (servesWholeRegion(p.municipalities) || servesPlace(p.municipalities));
  const programmes = data.programmes.filter(programmeFits).sort(byName);
  // A programme run by one of the region's services is local; the rest are national organisations.
  // A programme run by a service already in the list would say the same thing twice.
  const shown = new Set(services.map((s) => s.id));
  const localProgrammes = programmes.filter((p) => p.data.organiserService !== undefined && !shown.has(p.data.organiserService));
  const nationalProgrammes = programmes.filter((p) => p.data.organiserService === undefined);

  const helplineFits = ({ id, data: h }: Entry<Helpline>) => {
    if (data.acuteStripHelplines.includes(id) || h.acuteOnly || !touches(h.topics)) return false;
    switch (answers.who) {
      case 'for-mig':
        return fits(h.ages, concernAge) && (h.audience.includes('egen-del') || (concernIsYoung && h.audience.includes('barn-och-unga')));
      case 'for-nagon-annan':
        return h.audience.includes('anhorig') && fits(h.ages, adult);
      case 'jag-ar-under-18':
        return (h.audience.includes('barn-och-unga') || h.audience.includes('anhorig')) && fits(h.ages, child);
    }
  };
  // Lines made for children first for a child; otherwise the lines closest to the concern.
  const forChildren = (h: Helpline) => (h.audience.includes('barn-och-unga') && (h.ages?.max ?? 120) < 18 ? 0 : 1);
  // A line with a number to call comes before one without; then the line closest to the concern.
  const reachable = (h: Helpline) => (h.phone ? 0 : 1);
  const helplines = data.helplines
    .filter(helplineFits)
    .sort((a, b) =>
      (answers.who === 'jag-ar-under-18' || concernIsYoung ? forChildren(a.data) - forChildren(b.data) : 0) ||
      reachable(a.data) - reachable(b.data) ||
      a.data.topics.length - b.data.topics.length ||
      Number(b.data.verified) - Number(a.data.verified) ||
      byName(a, b),
    );

  // An offer that is one of the lines shown is not repeated.
  const shownLines = new Set(helplines.map((h) => h.id));
  const otherNational = nationalProgrammes.filter((p) => !p.data.helpline || !shownLines.has(p.data.helpline));

  return {
    local: [
      ...(answers.who === 'for-nagon-annan' ? localProgrammes.map(asProgramme) : []),
      ...services.map((entry): Match => ({ type: 'service', id: entry.id, entry })),
      ...(answers.who !== 'for-nagon-annan' ? localProgrammes.map(asProgramme) : []),
    ],
    // For a child: lines made for children, then organisations for young relatives, then the rest.
    national: answers.who === 'jag-ar-under-18'
      ? [
          ...helplines.filter((h) => forChildren(h.data) === 0).map(asHelpline),
          ...otherNational.map(asProgramme),
          ...helplines.filter((h) => forChildren(h.data) === 1).map(asHelpline),
        ]
      : [...helplines.map(asHelpline), ...otherNational.map(asProgramme)],
  };
}

const asProgramme = (entry: Entry<Programme>): Match => ({ type: 'programme', id: entry.id, entry });
const asHelpline = (entry: Entry<Helpline>): Match => ({ type: 'helpline', id: entry.id, entry });

/** Whether the age question changes the result for these answers: only then is it asked. */
export function ageMatters(answers: Omit<Answers, 'age'>, data: NavigatorData): boolean {
  if (answers.who === 'jag-ar-under-18') return false;
  const ids = ageOptions.map(({ slug }) => {
    const result = findHelp({ ...answers, age: slug }, data);
    return [...result.local, ...result.national].map((m) => `${m.type}:${m.id}`).join(',');
  });
  return new Set(ids).size > 1;
}
