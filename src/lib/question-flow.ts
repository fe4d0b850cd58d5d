// A guide of one-tap questions, written as data (a Flow): every step, each question and each result,
// is a static page, and its path is the guide's base with one segment per answer, in the order of
// the questions. Pages, the route table and the tests all read the steps from here, so a question
// is added in the guide's definition only (src/lib/content/guides/). No Astro: plain data in,
// paths, labels and links out.

export interface FlowOption {
  /** The answer's segment in the path. */
  slug: string;
  label: string;
}

export interface FlowQuestion<A> {
  key: keyof A & string;
  /** As asked; it may depend on the earlier answers ("you" or "the one you worry about"). */
  text: string | ((answers: Partial<A>) => string);
  options: readonly FlowOption[];
  /** Whether it is asked after these earlier answers; always, when left out. */
  askedWhen?: (answers: Partial<A>) => boolean;
  /**
   * The answer it takes when it is not asked, kept in the path so that every later step has one
   * shape (the relatives' age: "adult" for a partner); without one, the path leaves it out.
   */
  answerWhenSkipped?: string;
}

export interface Flow<A> {
  /** The first question's page, e.g. /hitta-hjalp/; its own page, not one of the steps below it. */
  base: string;
  /** What each question page's title begins with: "<title>: <question>". */
  title: string;
  questions: readonly FlowQuestion<A>[];
  resultTitle(answers: A): string;
}

export interface FlowStep<A> {
  answers: Partial<A>;
  /** The questions asked on the way here, in order; a skipped one's answer is in `answers` only. */
  asked: readonly (keyof A & string)[];
  /** The question this step asks; none on a result. */
  question?: keyof A & string;
}

/** What a question page shows (components/QuestionStep.astro's props). */
export interface StepQuestion {
  /** The question's text. */
  question: string;
  /** Its one-tap answers, each a link to the next step. */
  options: { href: string; label: string }[];
  /** The answers given so far. */
  answered: string[];
  back: string | undefined;
}

type Loose = Record<string, string | undefined>;
const loose = <A>(answers: Partial<A>) => answers as Loose;
const isAsked = <A>(question: FlowQuestion<A>, answers: Partial<A>) => !question.askedWhen || question.askedWhen(answers);

/** A step's path: the base and the answers' slugs in the order of the questions. */
export function stepPath<A>(flow: Flow<A>, answers: Partial<A>): string {
  const given = loose(answers);
  const parts = flow.questions.map((q) => given[q.key]).filter((slug): slug is string => slug !== undefined);
  return `${flow.base}${parts.map((slug) => `${slug}/`).join('')}`;
}

/** From question `index` on, pass the questions these answers do not ask, taking their answers; stop at `until` unasked. */
function settle<A>(flow: Flow<A>, index: number, answers: Partial<A>, until?: keyof A & string): { index: number; answers: Partial<A> } {
  let i = index;
  let settled = answers;
  while (i < flow.questions.length && flow.questions[i]!.key !== until && !isAsked(flow.questions[i]!, settled)) {
    const { key, answerWhenSkipped } = flow.questions[i]!;
    if (answerWhenSkipped !== undefined) settled = { ...settled, [key]: answerWhenSkipped };
    i += 1;
  }
  return { index: i, answers: settled };
}

/** The steps in the order of a walk through every answer; with `until`, the walk stops there. */
function walkSteps<A>(flow: Flow<A>, until?: keyof A & string): FlowStep<A>[] {
  const steps: FlowStep<A>[] = [];
  const walk = (index: number, answers: Partial<A>, asked: (keyof A & string)[]) => {
    const here = settle(flow, index, answers, until);
    const question = flow.questions[here.index];
    steps.push({ answers: here.answers, asked, ...(question && { question: question.key }) });
    if (!question || question.key === until) return;
    for (const option of question.options) walk(here.index + 1, { ...here.answers, [question.key]: option.slug }, [...asked, question.key]);
  };
  walk(0, {}, []);
  return steps;
}

/** Every step: the first question, each question asked after each answer, and every result. */
export const flowSteps = <A>(flow: Flow<A>): FlowStep<A>[] => walkSteps(flow);

/**
 * Every step's path. With `until`, the walk stops at that question without asking whether it is
 * asked (the navigator's age depends on every service): the path there is that question's page
 * or, where it is not asked, the result's, and the paths after it are left out.
 */
export const flowPaths = <A>(flow: Flow<A>, { until }: { until?: keyof A & string } = {}): string[] =>
  walkSteps(flow, until).map((step) => stepPath(flow, step.answers));

/** The steps below the base, for a rest parameter's getStaticPaths: /base/a/b/ gives `a/b`. */
export function staticPaths<A>(flow: Flow<A>): { params: { steps: string }; props: { step: FlowStep<A> } }[] {
  return flowSteps(flow)
    .map((step) => ({ step, path: stepPath(flow, step.answers) }))
    .filter(({ path }) => path !== flow.base)
    .map(({ step, path }) => ({ params: { steps: path.slice(flow.base.length, -1) }, props: { step } }));
}

/** The step at a path, or nothing where the flow has no such page. */
export function stepAt<A>(flow: Flow<A>, path: string): FlowStep<A> | undefined {
  if (!path.startsWith(flow.base) || !path.endsWith('/')) return undefined;
  const segments = path.slice(flow.base.length).split('/').slice(0, -1);
  let answers: Partial<A> = {};
  const asked: (keyof A & string)[] = [];
  for (const question of flow.questions) {
    if (isAsked(question, answers)) {
      if (segments.length === 0) return { answers, asked, question: question.key };
      const slug = segments.shift()!;
      if (!question.options.some((o) => o.slug === slug)) return undefined;
      answers = { ...answers, [question.key]: slug };
      asked.push(question.key);
    } else if (question.answerWhenSkipped !== undefined) {
      if (segments.shift() !== question.answerWhenSkipped) return undefined;
      answers = { ...answers, [question.key]: question.answerWhenSkipped };
    }
  }
  return segments.length === 0 ? { answers, asked } : undefined;
}

const questionOf = <A>(flow: Flow<A>, key: keyof A & string) => flow.questions.find((q) => q.key === key)!;
const labelOf = <A>(question: FlowQuestion<A>, answers: Partial<A>) => question.options.find((o) => o.slug === loose(answers)[question.key])?.label;

/** The labels of the answers given so far, in order: "Du har svarat: …". Skipped questions are left out. */
export function answeredLabels<A>(flow: Flow<A>, step: FlowStep<A>): string[] {
  return step.asked.map((key) => labelOf(questionOf(flow, key), step.answers)).filter((label): label is string => label !== undefined);
}

/** The label of one answer, e.g. the result's heading for what was asked for. */
export const answerLabel = <A>(flow: Flow<A>, answers: Partial<A>, key: keyof A & string) => labelOf(questionOf(flow, key), answers);

/** The step that asked the last question answered; none on the first question. */
export function backPath<A>(flow: Flow<A>, step: FlowStep<A>): string | undefined {
  const last = step.asked.at(-1);
  if (last === undefined) return undefined;
  const before = flow.questions.slice(0, flow.questions.findIndex((q) => q.key === last));
  const given = loose(step.answers);
  return stepPath(flow, Object.fromEntries(before.map((q) => [q.key, given[q.key]])) as Partial<A>);
}

/**
 * The path after answering this step's question with `slug`. A later question that is skipped
 * with an answer puts it in the path; whether one without is asked does not change the path, so
 * it is not asked here (the navigator's age would cost a match per link).
 */
export function nextPath<A>(flow: Flow<A>, step: FlowStep<A>, slug: string): string {
  const index = flow.questions.findIndex((q) => q.key === step.question);
  const answers = { ...step.answers, [step.question!]: slug };
  const later = flow.questions.slice(index + 1);
  if (!later.some((q) => q.answerWhenSkipped !== undefined)) return stepPath(flow, answers);
  return stepPath(flow, settle(flow, index + 1, answers).answers);
}

/** The first question's step, on the base's own page. */
export function firstStep<A>(flow: Flow<A>): FlowStep<A> {
  const { index, answers } = settle(flow, 0, {});
  const question = flow.questions[index];
  return { answers, asked: [], ...(question && { question: question.key }) };
}

/** What a question step shows; nothing on a result. */
export function stepQuestion<A>(flow: Flow<A>, step: FlowStep<A>): StepQuestion | undefined {
  if (step.question === undefined) return undefined;
  const question = questionOf(flow, step.question);
  return {
    question: typeof question.text === 'string' ? question.text : question.text(step.answers),
    options: question.options.map((o) => ({ href: nextPath(flow, step, o.slug), label: o.label })),
    answered: answeredLabels(flow, step),
    back: backPath(flow, step),
  };
}

/** The page's title: "<flow title>: <question>", or the result's own title. */
export function stepTitle<A>(flow: Flow<A>, step: FlowStep<A>): string {
  const question = stepQuestion(flow, step);
  return question ? `${flow.title}: ${question.question}` : flow.resultTitle(step.answers as A);
}
