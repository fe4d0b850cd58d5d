import { describe, expect, it } from 'vitest';
import { findSupport } from '../../src/lib/content/guides/relatives-match.ts';
import type { GuideAnswers } from '../../src/lib/content/guides/relatives-questions.ts';
import { relativesFlow } from '../../src/lib/content/guides/relatives-flow.ts';
import { flowSteps } from '../../src/lib/question-flow.ts';
import type { Programme } from '../../src/schemas/programme.ts';
import { realContent, regionOf } from '../helpers/navigator-data.ts';

const programmes = realContent()
  .filter((e) => e.collection === 'programmes')
  .map((e) => ({ id: e.id, data: e.data as Programme }));
const region = regionOf();
const municipalities = region.municipalities;
const support = (answers: GuideAnswers) => {
  const result = findSupport(answers, programmes, region);
  return { matching: result.matching.map((p) => p.id), all: [...result.matching, ...result.alsoAvailable], ids: [...result.matching, ...result.alsoAvailable].map((p) => p.id) };
};
const local = (m: string) => `${m}-anhorigstod-samtal`;

interface Case {
  name: string;
  answers: GuideAnswers;
  matchingFirst?: string[];
  includes?: string[];
  excludes?: string[];
}

const cases: Case[] = [
  ...municipalities.map((m): Case => ({
    name: `a parent in ${m} who wants to talk now: the municipality's own support first`,
    answers: { relation: 'foralder', age: 'vuxen', place: m, want: 'prata-nu' },
    matchingFirst: [local(m)],
    excludes: municipalities.filter((o) => o !== m).map(local),
  })),
  ...municipalities.map((m): Case => ({
    name: `a partner in ${m} who wants help to get the person into care: local support first`,
    answers: { relation: 'partner', age: 'vuxen', place: m, want: 'hjalpa-personen' },
    matchingFirst: [local(m)],
  })),
  {
    name: 'a partner who wants to meet others: Al-Anon among the groups',
    answers: { relation: 'partner', age: 'vuxen', place: 'karlskrona', want: 'traffa-andra' },
    includes: ['al-anon-och-alateen'],
  },
  {
    name: 'a friend in Olofström: support for all relatives, nothing only for children',
    answers: { relation: 'van', age: 'vuxen', place: 'olofstrom', want: 'prata-nu' },
    includes: [local('olofstrom')],
    excludes: ['bris-for-unga-anhoriga'],
  },
  {
    name: 'an adult child in Sölvesborg who wants to learn: local support is still offered',
    answers: { relation: 'barn', age: 'vuxen', place: 'solvesborg', want: 'lara-mer' },
    includes: [local('solvesborg')],
    excludes: ['bris-for-unga-anhoriga'],
  },
  {
    name: 'someone outside Blekinge: national offers only',
    answers: { relation: 'partner', age: 'vuxen', place: region.outside.id, want: 'prata-nu' },
    includes: ['anhoriglinjen-samtal'],
    excludes: municipalities.map(local),
  },
  {
    name: 'a gambler\'s partner: the gambling line for relatives',
    answers: { relation: 'partner', age: 'vuxen', place: 'ronneby', want: 'prata-nu' },
    includes: ['stodlinjen-spel-anhoriga'],
  },
  {
    name: 'a parent who wants to learn: information about CRAFT',
    answers: { relation: 'foralder', age: 'vuxen', place: 'karlskrona', want: 'lara-mer' },
    matchingFirst: ['craft-information'],
  },
  {
    name: 'a 14-year-old in Karlshamn whose parent drinks, who wants to meet others: groups for children and Maskrosbarn',
    answers: { relation: 'barn', age: 'under-18', place: 'karlshamn', want: 'traffa-andra' },
    includes: ['maskrosbarn', 'stodgrupper-for-barn'],
    excludes: [local('karlshamn'), 'anhoriglinjen-samtal'],
  },
  {
    name: 'a child in Karlskrona who wants to talk now: BRIS',
    answers: { relation: 'barn', age: 'under-18', place: 'karlskrona', want: 'prata-nu' },
    matchingFirst: ['bris-for-unga-anhoriga'],
  },
  {
    name: 'an adult sibling in Ronneby: the municipality\'s support',
    answers: { relation: 'syskon', age: 'vuxen', place: 'ronneby', want: 'prata-nu' },
    matchingFirst: [local('ronneby')],
  },
  {
    name: 'a friend outside Blekinge: Anhöriglinjen',
    answers: { relation: 'van', age: 'vuxen', place: region.outside.id, want: 'prata-nu' },
    includes: ['anhoriglinjen-samtal'],
  },
  {
    name: 'Trappan (for violence) is never offered by this guide',
    answers: { relation: 'barn', age: 'under-18', place: 'ronneby', want: 'prata-nu' },
    excludes: ['trappan-ronneby'],
  },
];

describe('the relatives\' guide: which support fits', () => {
  it('has at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases)('$name', ({ answers, matchingFirst, includes, excludes }) => {
    const result = support(answers);
    if (matchingFirst) expect(result.matching.slice(0, matchingFirst.length)).toEqual(matchingFirst);
    for (const id of includes ?? []) expect(result.ids).toContain(id);
    for (const id of excludes ?? []) expect(result.ids).not.toContain(id);
    expect(result.all.length).toBeGreaterThan(0);
  });

  it.each(municipalities.flatMap((m) => (['barn', 'syskon', 'van'] as const).map((relation) => [m, relation] as const)))(
    'a child (%s, %s) gets child-appropriate help only, BRIS among it',
    (place, relation) => {
      for (const want of ['prata-nu', 'traffa-andra', 'lara-mer', 'hjalpa-personen'] as const) {
        const { all, ids } = support({ relation, age: 'under-18', place, want });
        expect(all.length).toBeGreaterThan(0);
        for (const p of all) {
          expect(p.data.ageGroup).toContain('ung');
          expect(p.data.ages?.min ?? 0).toBeLessThan(18);
        }
        if (relation !== 'van') expect(ids).toContain('bris-for-unga-anhoriga');
      }
    },
  );

  it('every step the guide generates has a result that is not empty', () => {
    for (const step of flowSteps(relativesFlow(region))) {
      if (step.question === undefined) expect(support(step.answers as GuideAnswers).all.length, JSON.stringify(step.answers)).toBeGreaterThan(0);
    }
  });

  it('every municipality has at least one local relatives\' offer', () => {
    for (const m of municipalities) expect(programmes.some((p) => p.data.municipalities !== 'alla' && p.data.municipalities.includes(m))).toBe(true);
  });
});
