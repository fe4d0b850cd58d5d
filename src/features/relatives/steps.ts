// Every page of the relatives' guide, generated at build time.
import { relationOptions, relativeAgeOptions, wantOptions, type GuideAnswers } from './questions.ts';

export type GuideStep =
  | { type: 'age'; answers: Pick<GuideAnswers, 'relation'> }
  | { type: 'place'; answers: Pick<GuideAnswers, 'relation' | 'age'> }
  | { type: 'want'; answers: Pick<GuideAnswers, 'relation' | 'age' | 'place'> }
  | { type: 'result'; answers: GuideAnswers };

/** `places`: every answer to "Var bor du?" (Region.places). */
export function allGuideSteps(places: readonly string[]): GuideStep[] {
  const steps: GuideStep[] = [];
  for (const relation of relationOptions) {
    if (!relation.alwaysAdult) steps.push({ type: 'age', answers: { relation: relation.slug } });
    const ages = relation.alwaysAdult ? (['vuxen'] as const) : relativeAgeOptions.map((a) => a.slug);
    for (const age of ages) {
      steps.push({ type: 'place', answers: { relation: relation.slug, age } });
      for (const place of places) {
        steps.push({ type: 'want', answers: { relation: relation.slug, age, place } });
        for (const want of wantOptions) steps.push({ type: 'result', answers: { relation: relation.slug, age, place, want: want.slug } });
      }
    }
  }
  return steps;
}
