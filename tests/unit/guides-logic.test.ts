// The navigator's and the relatives' guide's rules on the fixture region (tests/fixtures/
// content-valid) with offers made up here for each of its municipalities: whatever region forks
// the site, these hold. The real content's cases are in navigator-match and relatives-guide.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ageMatters, findHelp, type NavigatorData } from '../../src/lib/content/guides/navigator-match.ts';
import type { Answers } from '../../src/lib/content/guides/navigator-questions.ts';
import { findSupport } from '../../src/lib/content/guides/relatives-match.ts';
import type { Helpline } from '../../src/schemas/helpline.ts';
import type { Programme } from '../../src/schemas/programme.ts';
import type { Service } from '../../src/schemas/service.ts';
import { navigatorDataOf, regionOf } from '../helpers/navigator-data.ts';

const fixtureRoot = join(import.meta.dirname, '../fixtures/content-valid');
const fixture = navigatorDataOf(fixtureRoot);
const region = regionOf(fixtureRoot);
const { municipalities } = region;
const outside = region.outside.id;
const [first, second] = municipalities as [string, string];

const substances = ['alkohol', 'narkotika', 'lakemedel', 'spel'];
const service = (id: string, data: Partial<Service>) => ({
  id,
  data: { name: id, topics: substances, audience: ['egen-del'], municipalities: 'alla', verified: true, ...data } as unknown as Service,
});
const programme = (id: string, data: Partial<Programme>) => ({
  id,
  data: { name: id, topics: substances, ageGroup: ['vuxen'], forWhom: ['alla-anhoriga'], helpsWith: ['prata-nu'], municipalities: 'alla', verified: true, ...data } as unknown as Programme,
});
const helpline = (id: string, data: Partial<Helpline>) => ({
  id,
  data: { name: id, topics: substances, audience: ['egen-del'], phone: { display: '1', tel: '1' }, verified: true, ...data } as unknown as Helpline,
});

const adultUnit = (m: string) => `${m}-vuxenenhet`;
const relativesSupport = (m: string) => `${m}-anhorigstod`;
const data: NavigatorData = {
  ...fixture,
  services: [
    ...municipalities.flatMap((m) => [
      service(adultUnit(m), { kind: 'socialtjanst-vuxen', municipalities: [m], audience: ['egen-del', 'anhorig'], ages: { min: 18 } }),
      service(relativesSupport(m), { kind: 'anhorigstod', municipalities: [m], audience: ['anhorig'], ages: { min: 18 } }),
    ]),
    service('regionens-beroendemottagning', { kind: 'beroendemottagning', ages: { min: 18 } }),
    service('ungdomsmottagningen', { kind: 'ungdomsmottagning', audience: ['barn-och-unga'], ages: { min: 13, max: 25 } }),
    service('akuten', { kind: 'akutmottagning', audience: ['egen-del', 'anhorig', 'barn-och-unga'] }),
  ],
  programmes: [
    ...municipalities.map((m) => programme(`${m}-samtal`, { municipalities: [m], organiserService: relativesSupport(m) })),
    programme('nationell-grupp', { ageGroup: ['vuxen', 'ung'] }),
    programme('for-unga', { ageGroup: ['ung'], forWhom: ['barn'], ages: { max: 17 } }),
  ],
  helplines: [
    ...fixture.helplines,
    helpline('linje-for-barn', { audience: ['barn-och-unga', 'anhorig'], ages: { max: 17 } }),
    helpline('linje-for-vuxna', { audience: ['egen-del'] }),
    helpline('linje-for-anhoriga', { audience: ['anhorig'], ages: { min: 18 } }),
  ],
};
const ids = (answers: Answers) => {
  const result = findHelp(answers, data);
  return { local: result.local.map((m) => m.id), national: result.national.map((m) => m.id), all: [...result.local, ...result.national].map((m) => m.id) };
};
const adultOnly = new Set([...municipalities.flatMap((m) => [adultUnit(m), relativesSupport(m), `${m}-samtal`]), 'regionens-beroendemottagning', 'linje-for-vuxna', 'linje-for-anhoriga']);

describe('the navigator on any region', () => {
  it.each(municipalities)('an adult in %s reaches their own municipality first, then the region, and no other municipality', (m) => {
    const { local } = ids({ who: 'for-mig', concern: 'alkohol', place: m, age: '26-och-aldre' });
    expect(local.slice(0, 2)).toEqual([adultUnit(m), 'regionens-beroendemottagning']);
    expect(local.filter((id) => municipalities.some((other) => other !== m && id.startsWith(other)))).toEqual([]);
  });

  it.each(municipalities)('a relative in %s reaches the municipality\'s relatives\' support first, its programme not said twice', (m) => {
    const { local } = ids({ who: 'for-nagon-annan', concern: 'vet-inte', place: m, age: '26-och-aldre' });
    expect(local[0]).toBe(relativesSupport(m));
    expect(local).not.toContain(`${m}-samtal`);
  });

  it('a child worried about someone gets the youth routes and the line for children first, nothing for adults only', () => {
    const result = ids({ who: 'jag-ar-under-18', concern: 'alkohol', place: first });
    expect(result.local[0]).toBe('ungdomsmottagningen');
    expect(result.national[0]).toBe('linje-for-barn');
    expect(result.all.filter((id) => adultOnly.has(id))).toEqual([]);
  });

  it('someone from elsewhere gets no entry point of the region, only what serves anyone', () => {
    for (const who of ['for-mig', 'for-nagon-annan', 'jag-ar-under-18'] as const) {
      const result = ids({ who, concern: 'vet-inte', place: outside, ...(who === 'jag-ar-under-18' ? {} : { age: '26-och-aldre' }) });
      expect(result.local, who).toEqual([]);
      expect(result.all.length, who).toBeGreaterThan(0);
    }
  });

  it('never lists the acute route\'s services or the acute strip\'s lines as results', () => {
    const result = ids({ who: 'for-mig', concern: 'flera', place: second, age: '26-och-aldre' });
    expect(result.all).not.toContain('akuten');
    for (const id of fixture.acuteStripHelplines) expect(result.all).not.toContain(id);
  });

  it('asks the age where it changes the result, and never of a child worried about someone', () => {
    expect(ageMatters({ who: 'for-mig', concern: 'alkohol', place: first }, data)).toBe(true);
    expect(ageMatters({ who: 'jag-ar-under-18', concern: 'alkohol', place: first }, data)).toBe(false);
  });
});

describe('the relatives\' guide on any region', () => {
  const support = (place: string, age: 'vuxen' | 'under-18' = 'vuxen') => {
    const result = findSupport({ relation: age === 'vuxen' ? 'foralder' : 'barn', age, place, want: 'prata-nu' }, data.programmes, region);
    return [...result.matching, ...result.alsoAvailable].map((p) => p.id);
  };

  it.each(municipalities)('a parent in %s gets the municipality\'s own support first and no other municipality\'s', (m) => {
    expect(support(m)).toEqual([`${m}-samtal`, 'nationell-grupp']);
  });

  it('a relative from elsewhere gets what serves anyone', () => {
    expect(support(outside)).toEqual(['nationell-grupp']);
  });

  it('a child gets only what takes in children', () => {
    expect(support(first, 'under-18')).toEqual(['for-unga', 'nationell-grupp']);
  });
});
