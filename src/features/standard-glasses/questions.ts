// Which of a self-test's questions are about quantity: the content says so, on the question.
import type { Instrument } from '../../schemas/instrument.ts';

type Question = Instrument['items'][number];

/** Its answers stand for numbers of standard glasses, or it names a number of glasses. */
export function isAboutQuantity(question: Question): boolean {
  return question.glassesAtLeast !== undefined || question.options.some((option) => option.glasses !== undefined);
}
