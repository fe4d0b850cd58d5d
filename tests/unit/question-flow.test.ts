// The question-flow engine (src/lib/question-flow.ts) on a small flow of its own, and the two
// guides' flows on the real content: every step once, with the paths, summaries and links back
// the pages had before the engine.
import { describe, expect, it } from 'vitest';
import { navigatorFlow } from '../../src/lib/content/guides/navigator-flow.ts';
import { ageMatters } from '../../src/lib/content/guides/navigator-match.ts';
import { concernOptions, whoOptions, type Answers } from '../../src/lib/content/guides/navigator-questions.ts';
import { relativesFlow } from '../../src/lib/content/guides/relatives-flow.ts';
import { relationOptions, relativeAgeOptions, wantOptions } from '../../src/lib/content/guides/relatives-questions.ts';
import {
  answeredLabels,
  backPath,
  firstStep,
  flowPaths,
  flowSteps,
  nextPath,
  staticPaths,
  stepAt,
  stepPath,
  stepQuestion,
  stepTitle,
  type Flow,
} from '../../src/lib/question-flow.ts';
import { realNavigatorData, regionOf } from '../helpers/navigator-data.ts';

interface Order {
  drink: string;
  size?: string;
  milk: string;
}

// Tea comes in one size, so the size is not asked and the path says "one"; coffee asks it.
const cafe: Flow<Order> = {
  base: '/cafe/',
  title: 'Café',
  questions: [
    { key: 'drink', text: 'What?', options: [{ slug: 'tea', label: 'Tea' }, { slug: 'coffee', label: 'Coffee' }] },
    {
      key: 'size',
      text: 'How big?',
      options: [{ slug: 'small', label: 'Small' }, { slug: 'large', label: 'Large' }],
      askedWhen: (a) => a.drink === 'coffee',
      answerWhenSkipped: 'one',
    },
    { key: 'milk', text: (a) => (a.drink === 'tea' ? 'Milk in your tea?' : 'Milk?'), options: [{ slug: 'yes', label: 'With milk' }, { slug: 'no', label: 'Black' }] },
  ],
  resultTitle: (a) => `Your ${a.drink}`,
};

describe('a question flow', () => {
  const steps = flowSteps(cafe);
  const at = (path: string) => stepAt(cafe, path)!;

  it('has every step: the questions asked and every result', () => {
    expect(flowPaths(cafe)).toEqual([
      '/cafe/',
      '/cafe/tea/one/',
      '/cafe/tea/one/yes/',
      '/cafe/tea/one/no/',
      '/cafe/coffee/',
      '/cafe/coffee/small/',
      '/cafe/coffee/small/yes/',
      '/cafe/coffee/small/no/',
      '/cafe/coffee/large/',
      '/cafe/coffee/large/yes/',
      '/cafe/coffee/large/no/',
    ]);
    expect(steps.filter((s) => s.question === undefined)).toHaveLength(6);
  });

  it('skips a question that is not asked, keeping its answer in the path only', () => {
    expect(at('/cafe/tea/one/')).toEqual({ answers: { drink: 'tea', size: 'one' }, asked: ['drink'], question: 'milk' });
    expect(stepAt(cafe, '/cafe/tea/')).toBeUndefined();
    expect(stepAt(cafe, '/cafe/tea/small/')).toBeUndefined();
    expect(stepAt(cafe, '/cafe/coffee/one/')).toBeUndefined();
    expect(stepAt(cafe, '/cafe/coffee/small/yes/more/')).toBeUndefined();
    expect(stepAt(cafe, '/elsewhere/coffee/')).toBeUndefined();
    expect(at('/cafe/coffee/large/no/')).toEqual({ answers: { drink: 'coffee', size: 'large', milk: 'no' }, asked: ['drink', 'size', 'milk'] });
  });

  it('reads every step back from its own path', () => {
    for (const step of steps) expect(stepAt(cafe, stepPath(cafe, step.answers))).toEqual(step);
  });

  it('links each answer to the next step, past a skipped question', () => {
    expect(nextPath(cafe, firstStep(cafe), 'tea')).toBe('/cafe/tea/one/');
    expect(stepQuestion(cafe, firstStep(cafe))!.options).toEqual([
      { href: '/cafe/tea/one/', label: 'Tea' },
      { href: '/cafe/coffee/', label: 'Coffee' },
    ]);
    expect(stepQuestion(cafe, at('/cafe/coffee/small/'))!.options.map((o) => o.href)).toEqual(['/cafe/coffee/small/yes/', '/cafe/coffee/small/no/']);
  });

  it('sums up the answers given, not the skipped one', () => {
    expect(answeredLabels(cafe, at('/cafe/tea/one/no/'))).toEqual(['Tea', 'Black']);
    expect(answeredLabels(cafe, at('/cafe/coffee/large/no/'))).toEqual(['Coffee', 'Large', 'Black']);
    expect(answeredLabels(cafe, firstStep(cafe))).toEqual([]);
  });

  it('leads back to the question answered last, over a skipped one', () => {
    expect(backPath(cafe, firstStep(cafe))).toBeUndefined();
    expect(backPath(cafe, at('/cafe/coffee/'))).toBe('/cafe/');
    expect(backPath(cafe, at('/cafe/coffee/small/'))).toBe('/cafe/coffee/');
    expect(backPath(cafe, at('/cafe/tea/one/'))).toBe('/cafe/');
  });

  it('words a question by the earlier answers, and titles each page', () => {
    expect(stepQuestion(cafe, at('/cafe/tea/one/'))!.question).toBe('Milk in your tea?');
    expect(stepTitle(cafe, at('/cafe/coffee/small/'))).toBe('Café: Milk?');
    expect(stepTitle(cafe, at('/cafe/coffee/small/yes/'))).toBe('Your coffee');
    expect(stepQuestion(cafe, at('/cafe/coffee/small/yes/'))).toBeUndefined();
  });

  it('gives the pages below the base to a rest parameter, each once', () => {
    const params = staticPaths(cafe).map((p) => p.params.steps);
    expect(params).toHaveLength(steps.length - 1);
    expect(params).not.toContain('');
    expect(params).toContain('coffee/small/yes');
    expect(new Set(params).size).toBe(params.length);
  });

  it('can stop at a question without asking whether it is asked', () => {
    let asked = 0;
    const counted: Flow<Order> = { ...cafe, questions: cafe.questions.map((q) => (q.key === 'size' ? { ...q, askedWhen: (a) => (asked++, a.drink === 'coffee') } : q)) };
    expect(flowPaths(counted, { until: 'size' })).toEqual(['/cafe/', '/cafe/tea/', '/cafe/coffee/']);
    expect(asked).toBe(0);
  });
});

describe('the relatives\' guide as a flow', () => {
  const region = regionOf();
  const flow = relativesFlow(region);
  const steps = flowSteps(flow);
  const adults = relationOptions.filter((r) => r.alwaysAdult).length;
  const others = relationOptions.length - adults;
  const at = (path: string) => stepAt(flow, `${flow.base}${path}`)!;

  it('has as many steps as the guide always had, each at its own path', () => {
    const ageGroups = adults + others * relativeAgeOptions.length;
    const places = region.places.length;
    // The first question, the age for those asked, the places, the wants and the results.
    expect(steps).toHaveLength(1 + others + ageGroups + ageGroups * places + ageGroups * places * wantOptions.length);
    const paths = flowPaths(flow);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('does not ask a partner or a parent their age, and says so nowhere', () => {
    const [first] = region.municipalities;
    const step = at(`partner/vuxen/${first}/`);
    expect(step.question).toBe('want');
    expect(answeredLabels(flow, step)).toEqual(['Partner', region.placeLabel(first!)]);
    expect(backPath(flow, step)).toBe('/for-anhoriga/guide/partner/vuxen/');
    expect(backPath(flow, at('partner/vuxen/'))).toBe('/for-anhoriga/guide/');
    expect(nextPath(flow, firstStep(flow), 'partner')).toBe('/for-anhoriga/guide/partner/vuxen/');
    expect(stepAt(flow, '/for-anhoriga/guide/partner/')).toBeUndefined();
  });

  it('asks a sibling their age, and leads back to it', () => {
    expect(at('syskon/').question).toBe('age');
    expect(backPath(flow, at('syskon/under-18/'))).toBe('/for-anhoriga/guide/syskon/');
    expect(answeredLabels(flow, at('syskon/under-18/'))).toEqual(['Syskon', 'Under 18 år']);
  });

  it('titles a result with the place in running text', () => {
    expect(stepTitle(flow, at(`van/vuxen/${region.outside.id}/lara-mer/`))).toBe(`Stöd för anhöriga ${region.inPlace(region.outside.id)}`);
  });
});

describe('the navigator as a flow', () => {
  const data = realNavigatorData();
  const flow = navigatorFlow(data, 'Hitta hjälp');
  const steps = flowSteps(flow);
  const triples = whoOptions.flatMap(({ slug: who }) => concernOptions.flatMap(({ slug: concern }) => data.region.places.map((place) => ({ who, concern, place }))));
  const withAge = triples.filter((answers) => ageMatters(answers, data));

  it('has as many steps as the navigator always had, each at its own path', () => {
    // Concern and place questions, then per place the result, or the age question and a result per age.
    const questions = whoOptions.length + whoOptions.length * concernOptions.length;
    expect(steps).toHaveLength(1 + questions + triples.length + withAge.length * 3);
    expect(withAge.length).toBeGreaterThan(0);
    const paths = flowPaths(flow);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('asks the age only where it changes the result, and leads back to the place', () => {
    const asked = withAge[0]!;
    const step = stepAt(flow, stepPath<Answers>(flow, asked))!;
    expect(step.question).toBe('age');
    expect(backPath(flow, step)).toBe(`/hitta-hjalp/${asked.who}/${asked.concern}/`);
    const notAsked = triples.find((answers) => !withAge.includes(answers))!;
    expect(stepAt(flow, stepPath<Answers>(flow, notAsked))!.question).toBeUndefined();
  });

  it('asks about the one you worry about in their words', () => {
    const [place] = data.region.places;
    const step = stepAt(flow, `/hitta-hjalp/for-nagon-annan/alkohol/`)!;
    expect(stepQuestion(flow, step)!.question).toBe('Var bor den du är orolig för?');
    expect(stepTitle(flow, stepAt(flow, '/hitta-hjalp/for-mig/alkohol/')!)).toBe('Hitta hjälp: Var bor du?');
    expect(answeredLabels(flow, stepAt(flow, `/hitta-hjalp/for-mig/alkohol/${place}/`)!)).toEqual(['Mig själv', 'Alkohol', data.region.placeLabel(place!)]);
  });
});
