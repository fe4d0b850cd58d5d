// Which support programmes fit a relative: read from the programmes' own data (for whom, age
// group, ages, what they help with, where). Nearest first; nothing for adults reaches a child.
import type { Entry } from '../entry.ts';
import { adultAges, agesOverlap, childAges, servesWholeRegion, type Region } from '../../region.ts';
import type { Programme } from '../../../schemas/programme.ts';
import { relationOptions, type GuideAnswers } from './relatives-questions.ts';

export interface SupportResult {
  /** Programmes that give what was asked for, nearest first. */
  matching: Entry<Programme>[];
  /** Other programmes for this relative, nearest first. */
  alsoAvailable: Entry<Programme>[];
}

// The guide is about alcohol, drugs, medicines and gambling; support for other things is elsewhere.
const substances = new Set(['alkohol', 'narkotika', 'lakemedel', 'spel']);

// Local (named municipalities) before the region's (with an organising service) before national.
const distance = (p: Programme) => (!servesWholeRegion(p.municipalities) ? 0 : p.organiserService ? 1 : 2);

export function findSupport(answers: GuideAnswers, programmes: Entry<Programme>[], region: Pick<Region, 'servesPlace'>): SupportResult {
  const forWhom = relationOptions.find((o) => o.slug === answers.relation)!.forWhom;
  const person = answers.age === 'under-18' ? childAges : adultAges;
  const fits = ({ data: p }: Entry<Programme>) =>
    p.topics.some((topic) => substances.has(topic)) &&
    (p.forWhom.includes(forWhom) || p.forWhom.includes('alla-anhoriga')) &&
    p.ageGroup.includes(answers.age === 'under-18' ? 'ung' : 'vuxen') &&
    agesOverlap(p.ages, person) &&
    // A national or region-wide offer serves a relative who lives elsewhere too.
    (servesWholeRegion(p.municipalities) || region.servesPlace(p.municipalities, answers.place));
  const sorted = programmes
    .filter(fits)
    .sort((a, b) => distance(a.data) - distance(b.data) || Number(b.data.verified) - Number(a.data.verified) || a.data.name.localeCompare(b.data.name, 'sv'));
  return {
    matching: sorted.filter((p) => p.data.helpsWith.includes(answers.want)),
    alsoAvailable: sorted.filter((p) => !p.data.helpsWith.includes(answers.want)),
  };
}
