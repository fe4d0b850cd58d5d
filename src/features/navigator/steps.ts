// Every page of the navigator, generated at build time: each question and each result has its own URL.
import { ageMatters, type NavigatorData } from './match.ts';
import { ageOptions, concernOptions, navigatorPath, whoOptions, type Answers } from './questions.ts';

export type Step =
  | { type: 'concern'; answers: Pick<Answers, 'who'> }
  | { type: 'place'; answers: Pick<Answers, 'who' | 'concern'> }
  | { type: 'age'; answers: Pick<Answers, 'who' | 'concern' | 'place'> }
  | { type: 'result'; answers: Answers };

export function allSteps(data: NavigatorData): Step[] {
  const steps: Step[] = [];
  for (const { slug: who } of whoOptions) {
    steps.push({ type: 'concern', answers: { who } });
    for (const { slug: concern } of concernOptions) {
      steps.push({ type: 'place', answers: { who, concern } });
      for (const place of data.region.places) {
        const answers = { who, concern, place };
        if (ageMatters(answers, data)) {
          steps.push({ type: 'age', answers });
          for (const { slug: age } of ageOptions) steps.push({ type: 'result', answers: { ...answers, age } });
        } else {
          steps.push({ type: 'result', answers });
        }
      }
    }
  }
  return steps;
}

/** The step's path below /hitta-hjalp/, for getStaticPaths' rest parameter. */
export const stepParam = (step: Step) => navigatorPath(step.answers).replace(/^\/hitta-hjalp\/|\/$/g, '');
