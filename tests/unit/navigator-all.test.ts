// Every combination of answers the navigator can be given, as the build generates its pages.
import { describe, expect, it } from 'vitest';
import { findHelp, type Match } from '../../src/lib/content/guides/navigator-match.ts';
import { navigatorFlow } from '../../src/lib/content/guides/navigator-flow.ts';
import type { Answers } from '../../src/lib/content/guides/navigator-questions.ts';
import { flowSteps } from '../../src/lib/question-flow.ts';
import { realNavigatorData, regionOf } from '../helpers/navigator-data.ts';

const data = realNavigatorData();
const region = regionOf();
const results = flowSteps(navigatorFlow(data)).filter((s) => s.question === undefined).map((s) => ({ answers: s.answers as Answers }));

const adultOnly = (match: Match) => (match.entry.data.ages?.min ?? 0) >= 18;

describe('every navigator result', () => {
  it('covers every answer: 3 × 6 × every place, with ages where they matter', () => {
    expect(results.length).toBeGreaterThanOrEqual(3 * 6 * region.places.length);
  });

  it.each(results.map((s) => [Object.values(s.answers).join(' / '), s.answers] as const))('%s gives a sensible result', (_, answers) => {
    const result = findHelp(answers, data);
    const all = [...result.local, ...result.national];
    expect(all.length).toBeGreaterThan(0);
    if (answers.place !== region.outside.id) expect(result.local.length + result.national.length).toBeGreaterThan(1);
    const child = answers.who === 'jag-ar-under-18' || (answers.who === 'for-mig' && answers.age === 'under-18');
    if (child) {
      // A child never gets only adult services, and never one first.
      expect(all.some((m) => !adultOnly(m))).toBe(true);
      expect(adultOnly(all[0]!)).toBe(false);
      expect(all.filter(adultOnly)).toEqual([]);
    }
  });
});
