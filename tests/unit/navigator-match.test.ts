import { describe, expect, it } from 'vitest';
import { ageMatters, findHelp } from '../../src/lib/content/guides/navigator-match.ts';
import type { Answers } from '../../src/lib/content/guides/navigator-questions.ts';
import { realNavigatorData, regionOf } from '../helpers/navigator-data.ts';

const data = realNavigatorData();
const region = regionOf();
const outside = region.outside.id;
const ids = (answers: Answers) => {
  const result = findHelp(answers, data);
  return { local: result.local.map((m) => m.id), national: result.national.map((m) => m.id), all: [...result.local, ...result.national].map((m) => m.id) };
};

interface Case {
  name: string;
  answers: Answers;
  /** The local list starts with these, in this order. */
  localFirst?: string[];
  /** The national list starts with these, in this order. */
  nationalFirst?: string[];
  includes?: string[];
  excludes?: string[];
  /** Each pair [a, b]: a comes before b. */
  before?: [string, string][];
  /** No local entry point (outside the region). */
  noLocal?: true;
}

const adultUnit = (m: string) => `${m}-socialtjanst-vuxen`;
const relativesSupport = (m: string) => `${m}-anhorigstod`;
const municipalities = region.municipalities;

const cases: Case[] = [
  {
    name: 'a 15-year-old in Sölvesborg worried about a parent\'s gambling: youth routes and BRIS first, no adult unit',
    answers: { who: 'jag-ar-under-18', concern: 'spel', place: 'solvesborg' },
    localFirst: ['ungdomsmottagningar-blekinge'],
    nationalFirst: ['bris'],
    includes: ['maskrosbarn'],
    excludes: [adultUnit('solvesborg'), 'region-blekinge-beroendemottagning'],
  },
  {
    name: 'an adult in Olofström worried about their own cannabis use: the adult unit, the addiction clinic, Droghjälpen',
    answers: { who: 'for-mig', concern: 'narkotika', place: 'olofstrom', age: '26-och-aldre' },
    localFirst: [adultUnit('olofstrom'), 'region-blekinge-beroendemottagning'],
    nationalFirst: ['droghjalpen'],
    includes: ['region-blekinge-sprututbyte'],
    excludes: [adultUnit('karlskrona'), 'ungdomsmottagningar-blekinge'],
  },
  {
    name: 'an adult in Ronneby worried about drinking: the municipality first, then the region, then Alkoholhjälpen',
    answers: { who: 'for-mig', concern: 'alkohol', place: 'ronneby', age: '26-och-aldre' },
    localFirst: [adultUnit('ronneby'), 'region-blekinge-beroendemottagning', 'vardcentralerna-blekinge'],
    // Both alcohol lines; the one whose number is confirmed first.
    nationalFirst: ['anonyma-alkoholister', 'alkoholhjalpen'],
    excludes: ['region-blekinge-sprututbyte', 'droghjalpen', 'stodlinjen-spel'],
  },
  {
    name: 'a gambler in Karlshamn: the adult unit and the gambling line, not the drug services',
    answers: { who: 'for-mig', concern: 'spel', place: 'karlshamn', age: '26-och-aldre' },
    localFirst: [adultUnit('karlshamn')],
    nationalFirst: ['stodlinjen-spel'],
    excludes: ['region-blekinge-beroendemottagning', 'region-blekinge-laro', 'droghjalpen'],
  },
  {
    name: 'medicines in Karlskrona: the adult unit and the addiction clinic',
    answers: { who: 'for-mig', concern: 'lakemedel', place: 'karlskrona', age: '26-och-aldre' },
    localFirst: [adultUnit('karlskrona'), 'region-blekinge-beroendemottagning'],
    excludes: ['stodlinjen-spel'],
  },
  {
    name: 'a 16-year-old in Ronneby worried about their own drinking: youth clinic, no adults-only service',
    answers: { who: 'for-mig', concern: 'alkohol', place: 'ronneby', age: 'under-18' },
    localFirst: ['ungdomsmottagningar-blekinge'],
    nationalFirst: ['bris'],
    excludes: [adultUnit('ronneby'), 'region-blekinge-beroendemottagning', 'region-blekinge-beroendeavdelning'],
  },
  {
    name: 'a 20-year-old in Karlskrona, drugs: adult routes',
    answers: { who: 'for-mig', concern: 'narkotika', place: 'karlskrona', age: '18-25' },
    localFirst: [adultUnit('karlskrona')],
    nationalFirst: ['droghjalpen'],
    excludes: ['bris'],
  },
  {
    name: 'several things at once in Sölvesborg: personligt ombud is among the routes',
    answers: { who: 'for-mig', concern: 'flera', place: 'solvesborg', age: '26-och-aldre' },
    localFirst: [adultUnit('solvesborg')],
    includes: ['personligt-ombud-blekinge', 'region-blekinge-beroendemottagning', 'hjalplinjen'],
  },
  {
    name: '"vet inte" in Olofström still gives the general entry points',
    answers: { who: 'for-mig', concern: 'vet-inte', place: 'olofstrom', age: '26-och-aldre' },
    localFirst: [adultUnit('olofstrom')],
    includes: ['vardcentralerna-blekinge', 'alkoholhjalpen', 'droghjalpen', 'stodlinjen-spel'],
  },
  {
    name: 'a partner in Karlskrona worried about drinking: relatives\' support first',
    answers: { who: 'for-nagon-annan', concern: 'alkohol', place: 'karlskrona', age: '26-och-aldre' },
    localFirst: [relativesSupport('karlskrona'), adultUnit('karlskrona')],
    includes: ['anhoriglinjen', 'al-anon-och-alateen', 'alkoholhjalpen'],
    excludes: [relativesSupport('ronneby'), 'bris'],
  },
  {
    name: 'a parent in Karlshamn worried about a teenager\'s drug use: relatives\' support, then youth routes, not the adult unit',
    answers: { who: 'for-nagon-annan', concern: 'narkotika', place: 'karlshamn', age: 'under-18' },
    localFirst: [relativesSupport('karlshamn'), 'ungdomsmottagningar-blekinge'],
    includes: ['droghjalpen'],
    excludes: [adultUnit('karlshamn'), 'region-blekinge-beroendemottagning'],
  },
  {
    name: 'a friend in Ronneby worried about gambling: relatives\' support and the gambling line',
    answers: { who: 'for-nagon-annan', concern: 'spel', place: 'ronneby', age: '18-25' },
    localFirst: [relativesSupport('ronneby')],
    includes: ['stodlinjen-spel', adultUnit('ronneby')],
    excludes: ['droghjalpen'],
  },
  {
    name: 'a young person in Karlskrona worried about a parent\'s drinking',
    answers: { who: 'jag-ar-under-18', concern: 'alkohol', place: 'karlskrona' },
    localFirst: ['ungdomsmottagningar-blekinge'],
    nationalFirst: ['bris'],
    includes: ['al-anon-och-alateen', 'maskrosbarn'],
    excludes: [adultUnit('karlskrona'), relativesSupport('karlskrona')],
  },
  {
    name: 'a young person in Ronneby worried about a parent\'s drug use',
    answers: { who: 'jag-ar-under-18', concern: 'narkotika', place: 'ronneby' },
    nationalFirst: ['bris'],
    includes: ['maskrosbarn'],
    excludes: [adultUnit('ronneby')],
    before: [['bris', 'droghjalpen'], ['maskrosbarn', 'droghjalpen']],
  },
  {
    name: 'a young person outside Blekinge: BRIS, no local entry point',
    answers: { who: 'jag-ar-under-18', concern: 'vet-inte', place: outside },
    nationalFirst: ['bris'],
    noLocal: true,
  },
  {
    name: 'an adult outside Blekinge worried about drinking: national lines only',
    answers: { who: 'for-mig', concern: 'alkohol', place: outside, age: '26-och-aldre' },
    includes: ['alkoholhjalpen', 'anonyma-alkoholister'],
    noLocal: true,
  },
  {
    name: 'a relative outside Blekinge: Anhöriglinjen',
    answers: { who: 'for-nagon-annan', concern: 'vet-inte', place: outside, age: '26-och-aldre' },
    includes: ['anhoriglinjen'],
    noLocal: true,
  },
  {
    name: 'the acute strip\'s lines are never repeated as results',
    answers: { who: 'for-mig', concern: 'flera', place: 'karlskrona', age: '26-och-aldre' },
    excludes: ['larmnummer-112', 'vardguiden-1177', 'sjalvmordslinjen'],
  },
  {
    name: 'acute services stay in the acute route, not in the result list',
    answers: { who: 'for-mig', concern: 'alkohol', place: 'karlskrona', age: '26-och-aldre' },
    excludes: ['sydostjouren', 'blekingesjukhuset-akutmottagning', 'region-blekinge-psykiatrisk-radgivning-natt'],
  },
  {
    name: 'Trappan (for violence) is not offered for gambling',
    answers: { who: 'jag-ar-under-18', concern: 'spel', place: 'ronneby' },
    excludes: ['trappan-ronneby'],
  },
  ...municipalities.map(
    (m): Case => ({
      name: `an adult in ${m} worried about their own drinking reaches ${m}'s own adult unit first`,
      answers: { who: 'for-mig', concern: 'alkohol', place: m, age: '26-och-aldre' },
      localFirst: [adultUnit(m)],
      excludes: municipalities.filter((other) => other !== m).map(adultUnit),
    }),
  ),
  ...municipalities.map(
    (m): Case => ({
      name: `a relative in ${m} reaches ${m}'s relatives' support first`,
      answers: { who: 'for-nagon-annan', concern: 'vet-inte', place: m, age: '26-och-aldre' },
      localFirst: [relativesSupport(m)],
      excludes: municipalities.filter((other) => other !== m).map(relativesSupport),
    }),
  ),
];

describe('findHelp: who to turn to first', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)('$name', ({ answers, localFirst, nationalFirst, includes, excludes, before, noLocal }) => {
    const result = ids(answers);
    if (localFirst) expect(result.local.slice(0, localFirst.length)).toEqual(localFirst);
    if (nationalFirst) expect(result.national.slice(0, nationalFirst.length)).toEqual(nationalFirst);
    for (const id of includes ?? []) expect(result.all).toContain(id);
    for (const id of excludes ?? []) expect(result.all).not.toContain(id);
    for (const [first, second] of before ?? []) expect(result.all.indexOf(first)).toBeLessThan(result.all.indexOf(second));
    if (noLocal) expect(result.local).toEqual([]);
    expect(result.all.length).toBeGreaterThan(0);
    expect(new Set(result.all).size).toBe(result.all.length);
  });
});

describe('the age question', () => {
  it('is asked when it changes the result (an adult unit is for 18 and over)', () => {
    expect(ageMatters({ who: 'for-mig', concern: 'alkohol', place: 'ronneby' }, data)).toBe(true);
  });
  it('is not asked of a child worried about someone', () => {
    expect(ageMatters({ who: 'jag-ar-under-18', concern: 'alkohol', place: 'ronneby' }, data)).toBe(false);
  });
});
