// Relevant, not everything (issue 16, point 5): for each answer to "Vad gäller det?", which kinds of
// entry point must come first and which must never, over every combination of who × concern ×
// place × age on the real content. Each broken rule is named with the combination that breaks it.
import { describe, expect, it } from 'vitest';
import { findHelp, type Match } from '../../src/lib/content/guides/navigator-match.ts';
import { ageOptions, concernOptions, whoOptions, type Answers, type Concern } from '../../src/lib/content/guides/navigator-questions.ts';
import type { Service } from '../../src/schemas/service.ts';
import { realNavigatorData } from '../helpers/navigator-data.ts';

type Kind = Service['kind'];
const data = realNavigatorData();

/** Never a first step, whatever the concern: emergencies live in the acute strip and on /akut/, and a ward or a needle exchange is not where one starts. */
const neverFirst: Kind[] = ['akutmottagning', 'narakut', 'socialjour', 'psykiatrisk-akut', 'beroendeavdelning', 'tillnyktring', 'sprututbyte'];
/** Emergencies are never results at all; the psychiatric emergency unit only for co-occurring conditions. */
const neverListed = (concern: Concern): Kind[] => ['akutmottagning', 'narakut', 'socialjour', ...(concern === 'flera' ? [] : ['psykiatrisk-akut' as const])];
/** Psychiatry's ways in: a referral from the health centre, psychiatry, child psychiatry, the night line. */
const psychiatric: Kind[] = ['psykiatri', 'bup', 'vardcentral', 'psykiatrisk-akut'];
const youthOnly: Kind[] = ['ungdomsmottagning', 'maria', 'bup', 'socialtjanst-barn-unga'];

interface Rule {
  /** Among the first `within` local entries, one of these kinds (where the region has one that fits). */
  mustBeAmongFirst?: { within: number; kinds: Kind[] };
  /** The first local entry's topics include one of the concern's. */
  firstTouchesConcern: boolean;
}

const table: Record<Concern, Rule> = {
  alkohol: { firstTouchesConcern: true },
  narkotika: { firstTouchesConcern: true },
  lakemedel: { firstTouchesConcern: true },
  spel: { firstTouchesConcern: true },
  flera: { firstTouchesConcern: true, mustBeAmongFirst: { within: 3, kinds: psychiatric } },
  'vet-inte': { firstTouchesConcern: true },
};

const kindOf = (m: Match) => (m.type === 'service' ? m.entry.data.kind : undefined);
const label = (a: Answers) => `${a.who}/${a.concern}/${a.place}${a.age ? `/${a.age}` : ''}`;

function problems(answers: Answers): string[] {
  const result = findHelp(answers, data);
  const found: string[] = [];
  const at = label(answers);
  const rule = table[answers.concern];
  const topics = new Set<string>(concernOptions.find((c) => c.slug === answers.concern)!.topics);
  const first = result.local[0];

  for (const m of [...result.local, ...result.national]) {
    if (m.type === 'helpline' && m.entry.data.acuteOnly) found.push(`${at}: ${m.id} är en linje bara för akuta lägen`);
    const kind = kindOf(m);
    if (kind && neverListed(answers.concern).includes(kind)) found.push(`${at}: ${m.id} (${kind}) ska inte visas`);
  }
  if (first) {
    const kind = kindOf(first);
    if (kind && neverFirst.includes(kind)) found.push(`${at}: ${first.id} (${kind}) står först`);
    if (kind && answers.who === 'for-mig' && answers.age !== 'under-18' && youthOnly.includes(kind)) found.push(`${at}: ${first.id} (${kind}) är för unga men står först för en vuxen`);
    if (answers.who === 'jag-ar-under-18' && first.type === 'service' && !first.entry.data.audience.includes('barn-och-unga')) found.push(`${at}: ${first.id} står först men är inte för barn och unga`);
    if (rule.firstTouchesConcern && answers.who !== 'jag-ar-under-18' && !first.entry.data.topics.some((t) => topics.has(t))) found.push(`${at}: ${first.id} står först men gäller inte ${answers.concern}`);
  }
  if (rule.mustBeAmongFirst && answers.who !== 'jag-ar-under-18' && result.local.length > 0) {
    const { within, kinds } = rule.mustBeAmongFirst;
    const fitting = result.local.filter((m) => kinds.includes(kindOf(m)!));
    if (fitting.length > 0 && !result.local.slice(0, within).some((m) => kinds.includes(kindOf(m)!))) {
      found.push(`${at}: ingen av ${kinds.join(', ')} bland de ${within} första (${result.local.slice(0, within).map((m) => m.id).join(', ')})`);
    }
    if (fitting.length === 0) found.push(`${at}: ingen väg in till psykiatrin bland svaren`);
  }
  return found;
}

const combinations: Answers[] = whoOptions.flatMap(({ slug: who }) =>
  concernOptions.flatMap(({ slug: concern }) =>
    data.region.places.flatMap((place) => [undefined, ...ageOptions.map((o) => o.slug)].map((age) => ({ who, concern, place, ...(age ? { age } : {}) }) as Answers)),
  ),
);

describe('the navigator lists what fits the answers, and nothing else', () => {
  it('checks every combination of who, concern, place and age', () => {
    expect(combinations.length).toBe(whoOptions.length * concernOptions.length * data.region.places.length * (ageOptions.length + 1));
  });

  for (const { slug: concern } of concernOptions) {
    it(`puts the right kinds first, and leaves the wrong ones out, for "${concern}"`, () => {
      expect(combinations.filter((a) => a.concern === concern).flatMap(problems)).toEqual([]);
    });
  }

  it('never lists a line made only for emergencies (a poisoning line) for a worry about habits', () => {
    const acuteOnly = data.helplines.filter((h) => h.data.acuteOnly).map((h) => h.id);
    expect(acuteOnly.length).toBeGreaterThan(0);
    const listed = combinations.flatMap((a) => findHelp(a, data).national.filter((m) => acuteOnly.includes(m.id)).map((m) => `${label(a)}: ${m.id}`));
    expect(listed).toEqual([]);
  });

  it('where the concern is several things, the addiction clinic\'s card says that it treats co-occurring conditions', () => {
    const clinics = combinations
      .filter((a) => a.concern === 'flera')
      .flatMap((a) => findHelp(a, data).local)
      .filter((m): m is Extract<Match, { type: 'service' }> => m.type === 'service' && m.entry.data.kind === 'beroendemottagning');
    expect(clinics.length).toBeGreaterThan(0);
    for (const clinic of clinics) expect(clinic.entry.data.summary, clinic.id).toMatch(/samsjuklighet/);
  });
});
